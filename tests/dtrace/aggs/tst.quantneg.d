/* quantize() of negative values and an increment: bars on both sides of
 * the centre line when counts of both signs are printed. */
#pragma D option quiet

BEGIN
{
	@pos = quantize(-5);
	@pos = quantize(-1);
	@pos = quantize(3, 4);
	@mixed = quantize(8, 3);
	@mixed = quantize(16, -1);
	exit(0);
}
