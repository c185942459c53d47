/* printa(@a) prints a newline and the aggregation in the default layout
 * when its record is read; an aggregation printa() printed is not printed
 * again when tracing ends, the others are. */
#pragma D option quiet

BEGIN
{
	@c["x"] = count();
	@c["y"] = count();
	@c["y"] = count();
	@s = sum(7);
	printf("before\n");
	printa(@c);
	printf("after\n");
	exit(0);
}
