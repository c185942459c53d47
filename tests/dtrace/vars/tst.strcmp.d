/* Strings in variables compare with every relational operator. */
#pragma D option quiet

BEGIN
{
	a = "abc";
	b = "abd";
	printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b,
	    a != b);
	c[1] = "abc";
	printf("%d %d %d\n", a == c[1], c[2] == "", c[1] > "ab");
	exit(0);
}
