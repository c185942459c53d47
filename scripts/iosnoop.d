#!/usr/sbin/tracer -s
/*
 * iosnoop.d - block I/O as it completes, one line each, with its latency:
 * perf-tools' "iosnoop -ts" from the block tracepoints.
 *
 * USAGE: iosnoop.d        (Ctrl-C to end)
 *
 * STARTs, ENDs  issue and completion time, seconds of timestamp
 * COMM, PID     the task current when the request was issued
 * TYPE          rwbs: R read, W write, S sync, M metadata, F flush ...
 * DEV           major,minor      BLOCK  first sector (512 bytes)
 * BYTES         size at issue    LATms  issue to completion, ms
 * Requests are matched by device and sector; one issued before tracing
 * began is not shown.  Process names are kept per pid (a string cannot be
 * deleted), so they use room for each pid that does I/O.
 */

#pragma D option quiet
#pragma D option switchrate=10hz

dtrace:::BEGIN
{
	printf("Tracing block I/O. Ctrl-C to end.\n");
	printf("%-14s %-14s %-12s %-6s %-4s %-7s %-9s %-7s %s\n", "STARTs",
	    "ENDs", "COMM", "PID", "TYPE", "DEV", "BLOCK", "BYTES", "LATms");
}

tracepoint:block:block_rq_issue
{
	start[args->dev, args->sector] = timestamp;
	bytes[args->dev, args->sector] = args->bytes;
	who[args->dev, args->sector] = pid;
	comm[pid] = execname;
}

tracepoint:block:block_rq_complete
/start[args->dev, args->sector]/
{
	this->s = start[args->dev, args->sector];
	this->lat = timestamp - this->s;
	this->pid = who[args->dev, args->sector];
	printf("%7d.%06d %7d.%06d %-12.12s %-6d %-4s %3d,%-3d %-9d %-7d %d.%02d\n",
	    this->s / 1000000000, this->s % 1000000000 / 1000,
	    timestamp / 1000000000, timestamp % 1000000000 / 1000,
	    comm[this->pid], this->pid, args->rwbs,
	    args->dev >> 20, args->dev & 0xfffff, args->sector,
	    bytes[args->dev, args->sector],
	    this->lat / 1000000, this->lat % 1000000 / 10000);
	start[args->dev, args->sector] = 0;
	bytes[args->dev, args->sector] = 0;
	who[args->dev, args->sector] = 0;
}
