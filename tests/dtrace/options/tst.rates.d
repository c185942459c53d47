/* The rate options take DTrace's time values. */
#pragma D option quiet
#pragma D option switchrate=10hz
#pragma D option statusrate=200ms
#pragma D option aggrate=1sec

BEGIN
{
	printf("ok\n");
	exit(0);
}
