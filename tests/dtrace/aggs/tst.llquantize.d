/* llquantize(): linear steps within each power of the factor. */
#pragma D option quiet

BEGIN
{
	@ = llquantize(0, 10, 0, 3, 10);
	@ = llquantize(5, 10, 0, 3, 10);
	@ = llquantize(15, 10, 0, 3, 10);
	@ = llquantize(150, 10, 0, 3, 10);
	@ = llquantize(999, 10, 0, 3, 10);
	@ = llquantize(123456, 10, 0, 3, 10);
	@s = llquantize(40, 4, 1, 3, 8, 2);
	exit(0);
}
