/* ++ and -- before and after, compound assignment, assignment's value. */
#pragma D option quiet

BEGIN
{
	i = 5;
	j = i++;
	k = ++i;
	l = i--;
	m = --i;
	printf("%d %d %d %d %d\n", i, j, k, l, m);
	x = 100;
	x += 5;
	x -= 10;
	x *= 3;
	x /= 7;
	x %= 11;
	printf("%d\n", x);
	y = 0xf0;
	y &= 0x3c;
	y |= 0x101;
	y ^= 0xff;
	y <<= 4;
	y >>= 2;
	printf("%d\n", y);
	z = (w = 3) + 1;
	printf("%d %d\n", w, z);
	n = -7;
	n /= 2;
	u = 0;
	u--;
	printf("%d %d\n", n, u);
	self->c++;
	self->c += 2;
	printf("%d\n", self->c);
	exit(0);
}
