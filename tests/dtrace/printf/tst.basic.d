/* printf's integer and string conversions, flags and widths. */
#pragma D option quiet

BEGIN
{
	printf("%d %i %u %x %X %o\n", -5, 42, 7, 255, 255, 8);
	printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
	printf("[%s] [%10s] [%-10s] [%.2s]\n", "abc", "abc", "abc", "abc");
	printf("%c%c%% done\n", 'o', 'k');
	exit(0);
}
