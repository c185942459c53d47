/* After clear(), printa() shows the keys with their initial values. */
#pragma D option quiet

BEGIN
{
	@a["k"] = count();
	@a["j"] = count();
	@a["j"] = count();
	clear(@a);
	printa("%s %@d\n", @a);
	exit(0);
}
