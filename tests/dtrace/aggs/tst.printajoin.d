/*
 * printa() of several aggregations: one row per key of any of them, a
 * missing one printing 0, rows ordered as dtrace_aggregate_walk_joined()
 * orders them: by the first aggregation's value (0 where it has no
 * entry), ties by the next one's, then by key.
 */
#pragma D option quiet

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
