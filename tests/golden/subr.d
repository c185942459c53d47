/* Subroutines: one CALL each, a string result in its own scratch buffer. */
BEGIN
{
	printf("%s %d %d\n", strjoin(execname, "!"), strlen("abc"),
	    index("hello", "l"));
	printf("%s %s %d\n", substr("abcdef", 2), lltostr(42), rand());
}
