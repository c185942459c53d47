/* bpftrace's interval:UNIT:N is DTrace's tick-N. */
#pragma D option quiet

interval:ms:250
{
	@ = count();
}

interval:s:1
{
	exit(0);
}
