/* %e %f %g take the integer as a double; %a names a kernel address. */
#pragma D option quiet

BEGIN
{
	printf("%f|%e|%g|%.2f|%E\n", 1, -100, 3, 7, 1000000);
	printf("[%a] [%8a]\n", 0, 16);
	exit(0);
}
