/* sizeof of types and of expressions. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", sizeof(char), sizeof(short), sizeof(int),
	    sizeof(long));
	printf("%d %d %d\n", sizeof(long long), sizeof(uint16_t),
	    sizeof(int64_t));
	x = 1;
	s = "abc";
	printf("%d %d %d\n", sizeof(x), sizeof (x + 1L), sizeof(timestamp));
	printf("%d %d %d\n", sizeof(string), sizeof(s), sizeof(execname));
	exit(0);
}
