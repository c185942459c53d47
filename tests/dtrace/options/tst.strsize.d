/* strsize bounds computed strings: strsize - 1 bytes and the NUL. */
#pragma D option quiet
#pragma D option strsize=8

BEGIN
{
	printf("%s|%s\n", strjoin("abcdef", "ghij"), toupper("abcdefghij"));
	exit(0);
}
