#!/usr/sbin/dtrace -s
/*
 * A script as DTrace users write them.
 */
#pragma D option quiet

// a line comment
BEGIN
{
	printf("hello\n");	/* trailing comment */
}
