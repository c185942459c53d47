/* Casts truncate and sign-extend like C's conversions, folded or not. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", (char)127, (char)128, (char)255, (char)256);
	printf("%d %d\n", (unsigned char)-1, (unsigned short)-1);
	printf("%d %d\n", (short)32768, (int)2147483648);
	printf("%d %d\n", (uint32_t)-1, (int64_t)(uint8_t)300);
	c = 200;
	big = 70000;
	neg = -1;
	printf("%d %d %d\n", (char)c, (int8_t)c, (uint8_t)c);
	printf("%d %d\n", (short)big, (uint16_t)big);
	printf("%d %d\n", (unsigned int)neg, (long long)neg);
	d = (char)c;
	d += 100;
	printf("%d\n", d);
	exit(0);
}
