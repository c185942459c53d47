/* Every aggregating function; the quantizations' increment uses AGGN. */
fbt::vfs_read:entry
{
	@c[execname] = count();
	@s = sum(arg2);
	@mn = min(arg2);
	@mx = max(arg2);
	@a = avg(arg2);
	@sd = stddev(arg2);
	@q = quantize(arg2);
	@qi = quantize(arg2, 3);
	@l = lquantize(arg2, -10, 10 * 10, 1 + 4);
	@ll = llquantize(arg2, 10, 0, 6, 20, arg1);
}
