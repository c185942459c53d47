/*
 * tick-N fires every N on one CPU: ten tick-100ms firings happen before
 * the first tick-1s, which ends tracing (DTrace's profile provider).
 */
#pragma D option quiet

tick-100ms
{
	@ = count();
}

tick-1s
{
	exit(0);
}
