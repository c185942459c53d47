/* printa() with a format: the conversions print the keys in order, %@
 * the value of each aggregation in turn; a key missing from one of them
 * prints that one's value as 0. */
#pragma D option quiet

BEGIN
{
	@n["read", 3] = count();
	@n["read", 3] = count();
	@n["write", 1] = count();
	@b["read", 3] = sum(300);
	@b["open", 9] = sum(5);
	@m["read", 3] = max(12);
	printa("%-8s fd %d: %@d calls\n", @n);
	printa("%s/%d %@u %@u %@d|\n", @n, @b, @m);
	exit(0);
}
