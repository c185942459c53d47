/* aggsortrev reverses the order: largest value first, and the last
 * aggregation first (dt_aggregate_varvalrevcmp). */
#pragma D option quiet
#pragma D option aggsortrev

BEGIN
{
	@[1] = sum(10);
	@[2] = sum(30);
	@[3] = sum(20);
	@b["x"] = count();
	@b["y"] = count();
	@b["y"] = count();
	exit(0);
}
