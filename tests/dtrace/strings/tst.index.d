/* index() and rindex(), with and without a start position (Perl's rules). */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", index("hello", "l"), rindex("hello", "l"),
	    index("hello", "x"));
	printf("%d %d %d\n", index("hello", "l", 3), rindex("hello", "l", 2),
	    rindex("hello", "l", -1));
	printf("%d %d %d %d %d\n", index("hello", ""), rindex("hello", ""),
	    index("", ""), index("hello", "", 10), rindex("hello", "", -1));
	exit(0);
}
