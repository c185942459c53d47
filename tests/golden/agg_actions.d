/* The actions on aggregations are records naming them. */
BEGIN
{
	@a[pid, execname] = count();
	@b[pid, execname] = sum(arg0);
	printa(@a);
	printa("%d %s %@d %@d\n", @a, @b);
	clear(@a);
	trunc(@a, 5);
	trunc(@b);
	normalize(@b, 1000);
	denormalize(@b);
}
