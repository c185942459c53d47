/* normalize(@a, n) divides what is printed by n; denormalize() undoes
 * it. */
#pragma D option quiet

BEGIN
{
	@a["x"] = sum(1000);
	@a["y"] = sum(25);
	@v = avg(100);
	@v = avg(300);
	@q = quantize(4);
	@q = quantize(4);
	@d = count();
	normalize(@a, 10);
	normalize(@v, 100);
	normalize(@q, 2);
	normalize(@d, 5);
	denormalize(@d);
	exit(0);
}
