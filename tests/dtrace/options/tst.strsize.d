/*
 * strsize bounds computed strings: strsize - 1 bytes and the NUL
 * (a longer strjoin() runs out of scratch space: strings/tst.strjoinlong.d).
 */
#pragma D option quiet
#pragma D option strsize=8

BEGIN
{
	printf("%s|%s\n", strjoin("abcd", "efg"), toupper("abcdefghij"));
	exit(0);
}
