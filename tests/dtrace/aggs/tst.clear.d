/* clear() resets the values in the kernel (TR_IOC_AGG_CLEAR) when its
 * record is read: the keys stay, and updates after it count from zero. */
#pragma D option quiet

BEGIN
{
	@a["k"] = count();
	@a["k"] = count();
	@a["k"] = count();
	@m["k"] = max(50);
	@b = sum(5);
	clear(@a);
	clear(@m);
	exit(0);
}

END
{
	@a["k"] = count();
	@a["new"] = count();
	@m["k"] = max(-4);
}
