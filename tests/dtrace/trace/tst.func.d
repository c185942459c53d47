/* func() and sym() print "  %-50s" of the symbol, or the address. */
#pragma D option quiet

BEGIN
{
	func(0);
	printf("|\n");
	sym(16);
	printf("|\n");
	exit(0);
}
