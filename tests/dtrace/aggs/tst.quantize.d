/* quantize(): power-of-two buckets, one empty row on either side of the
 * used ones, bars rounded from each row's share of the total. */
#pragma D option quiet

BEGIN
{
	@ = quantize(0);
	@ = quantize(1);
	@ = quantize(2);
	@ = quantize(3);
	@ = quantize(7);
	@ = quantize(1000);
	@ = quantize(1023);
	@ = quantize(1024);
	exit(0);
}
