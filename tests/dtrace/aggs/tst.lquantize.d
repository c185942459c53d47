/* lquantize(): "< lo" and ">= hi" rows, the step's rows between, values
 * truncated to 32 bits; the step defaults to 1. */
#pragma D option quiet

BEGIN
{
	@a = lquantize(-1, 0, 100, 10);
	@a = lquantize(0, 0, 100, 10);
	@a = lquantize(19, 0, 100, 10);
	@a = lquantize(20, 0, 100, 10);
	@a = lquantize(55, 0, 100, 10);
	@a = lquantize(55, 0, 100, 10);
	@a = lquantize(1000, 0, 100, 10);
	@b = lquantize(3, 0, 5);
	@c = lquantize(50, 0, 100, 10, 7);
	exit(0);
}
