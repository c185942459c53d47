/* The profile provider's probes name no module and no function. */
#pragma D option quiet

tick-10ms
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
	exit(0);
}
