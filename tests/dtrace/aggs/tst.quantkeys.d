/* quantize() with keys: each key on its own line, then its table; keys
 * sorted by the sum of their buckets' values. */
#pragma D option quiet

BEGIN
{
	@["big"] = quantize(100);
	@["small"] = quantize(1);
	@["small"] = quantize(2);
	exit(0);
}
