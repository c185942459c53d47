/* sum() without keys and with an integer key. */
#pragma D option quiet

BEGIN
{
	@total = sum(10);
	@total = sum(-3);
	@by[1] = sum(5);
	@by[2] = sum(100);
	@by[1] = sum(5);
	exit(0);
}
