/*
 * ERROR fires when a fault ends a clause: arg1 is the faulting enabled
 * probe's EPID, arg2 its action, arg4 the fault (DTRACEFLT_DIVZERO, 4).
 * The fault is also reported on stderr, after ERROR's output.
 */
#pragma D option quiet

BEGIN
{
	printf("before\n");
}

BEGIN
{
	printf("%d\n", 1 / arg0);
}

ERROR
{
	printf("%s:%s:%s:%s epid %d action %d fault %d\n", probeprov,
	    probemod, probefunc, probename, arg1, arg2, arg4);
	exit(0);
}
