/*
 * aggsortpos=1: the rows of a several-aggregation printa() are ordered by
 * the second aggregation's value first, then the first's (wrapping
 * around), then by key; aggsortrev reverses all of it.
 */
#pragma D option quiet
#pragma D option aggsortpos=1
#pragma D option aggsortrev

BEGIN
{
	@a["x"] = sum(3);
	@a["y"] = sum(1);
	@a["v"] = sum(1);
	@b["y"] = sum(5);
	@b["z"] = sum(2);
	@b["v"] = sum(1);
	@b["u"] = sum(2);
	printa("%s %@d %@d\n", @a, @b);
	exit(0);
}
