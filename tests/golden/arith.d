BEGIN
{
	printf("%d %d %d %d\n", arg0 + arg1 * arg2, arg0 << 2 >> 1,
	    -arg0 / 3 % 2, ~arg1 & 0xff | arg2 ^ 7);
	printf("%d %d %d\n", arg0 - 5, 10 - arg0, arg0 * 0x123456789);
}
