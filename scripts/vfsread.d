#!/usr/sbin/tracer -s
/*
 * vfsread.d - vfs_read() latency in nanoseconds, a power-of-two
 * distribution per process name, printed at Ctrl-C.
 *
 * USAGE: vfsread.d
 *
 * The "DTrace: Scripts" example of Brendan Gregg's talk, unchanged.
 */

fbt::vfs_read:entry
{
	self->start = timestamp;
}

fbt::vfs_read:return
/self->start/
{
	@[execname, "ns"] = quantize(timestamp - self->start);
	self->start = 0;
}
