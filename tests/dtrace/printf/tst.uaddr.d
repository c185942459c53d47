/*
 * %A prints a user address; with no user symbols (tracer reads none) it
 * prints what DTrace's dtrace_uaddr2str() prints when it has no process:
 * 0x and the address in hex, formatted as %s.
 */
#pragma D option quiet

BEGIN
{
	printf("%A|%-12A|%12A|\n", 0x400000, 4096, (uint64_t)0x7f0012345678);
	exit(0);
}
