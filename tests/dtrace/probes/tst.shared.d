/*
 * Several probe descriptions share one clause; probename tells them apart.
 * Each timer is counted once, so the output does not depend on how late a
 * loaded lab fires them.
 */
#pragma D option quiet

profile:::tick-100ms, tick-200ms, interval:ms:500
/seen[probename] == 0/
{
	seen[probename] = 1;
	@[probename] = count();
	n++;
}

tick-100ms
/n == 3/
{
	exit(0);
}
