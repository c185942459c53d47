/* trunc(@a, n) keeps the n largest entries (n < 0: the smallest); a
 * removed entry comes back when it is updated again, with what was added
 * since; trunc(@a) removes all. */
#pragma D option quiet

BEGIN
{
	@a[1] = sum(1);
	@a[2] = sum(2);
	@a[3] = sum(3);
	@a[4] = sum(4);
	@b[1] = sum(1);
	@b[2] = sum(2);
	@b[3] = sum(3);
	@c[1] = count();
	trunc(@a, 2);
	trunc(@b, -1);
	trunc(@c);
	exit(0);
}

END
{
	@a[1] = sum(10);
}
