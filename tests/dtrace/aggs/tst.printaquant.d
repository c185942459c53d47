/* printa() with a format: %@ of a quantization prints its whole table,
 * of avg() the average. */
#pragma D option quiet

BEGIN
{
	@q["a"] = quantize(3);
	@q["a"] = quantize(5);
	@q["b"] = quantize(100);
	@av["a"] = avg(10);
	@av["a"] = avg(21);
	@av["b"] = avg(7);
	printa("key %s:%@d\n", @q);
	printa("%s avg %@d\n", @av);
	exit(0);
}
