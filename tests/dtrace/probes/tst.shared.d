/* Several probe descriptions share one clause; probename tells them apart. */
#pragma D option quiet

profile:::tick-100ms, tick-200ms, interval:ms:500
{
	@[probename] = count();
}

tick-1s
{
	exit(0);
}
