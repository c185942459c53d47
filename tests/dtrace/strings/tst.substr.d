/* substr(): positive and negative index and count, as in the DTrace Guide. */
#pragma D option quiet

BEGIN
{
	printf("[%s]", substr("abcdefghijklmnop", 2, 0));
	printf("[%s]", substr("abcdefghijklmnop", 2, 1));
	printf("[%s]\n", substr("abcdefghijklmnop", 2, 3));
	printf("[%s]", substr("abcdef", 2));
	printf("[%s]", substr("abcdef", -2));
	printf("[%s]", substr("abcdef", -10, 6));
	printf("[%s]", substr("abcdef", 1, -2));
	printf("[%s]", substr("abcdef", 10));
	printf("[%s]\n", substr("abcdefgh", 12345678));
	exit(0);
}
