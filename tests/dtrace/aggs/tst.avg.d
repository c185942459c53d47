/* avg() prints the integer quotient of sum and count, truncated toward
 * zero, as DTrace's dt_print_average() does. */
#pragma D option quiet

BEGIN
{
	@[1] = avg(1);
	@[1] = avg(2);
	@[1] = avg(4);
	@[2] = avg(-7);
	@[2] = avg(-8);
	@[3] = avg(100);
	exit(0);
}
