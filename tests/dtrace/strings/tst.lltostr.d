/* lltostr() in base 10 and, with illumos' second argument, other bases. */
#pragma D option quiet

BEGIN
{
	printf("%s %s %s\n", lltostr(0), lltostr(123), lltostr(-45));
	printf("%s %s %s %s\n", lltostr(255, 16), lltostr(8, 8), lltostr(5, 2),
	    lltostr(0, 16));
	printf("%s\n", lltostr(-1, 16));
	printf("%s\n", lltostr(-9223372036854775807 - 1));
	exit(0);
}
