#!/usr/sbin/tracer -s
/*
 * iolatency.d - block I/O latency, issue to completion, as a power-of-two
 * distribution in milliseconds, printed every second: perf-tools'
 * iolatency from the block tracepoints.
 *
 * USAGE: iolatency.d        (Ctrl-C to end)
 *
 * Each row counts the I/O with value <= latency (ms) < the next row's
 * value (perf-tools' ">=(ms) .. <(ms)"); a second without I/O prints
 * nothing; Ctrl-C prints the last partial second.
 */

#pragma D option quiet

dtrace:::BEGIN
{
	printf("Tracing block I/O. Output every 1 seconds. Ctrl-C to end.\n");
}

tracepoint:block:block_rq_issue
{
	start[args->dev, args->sector] = timestamp;
}

tracepoint:block:block_rq_complete
/start[args->dev, args->sector]/
{
	@["block I/O latency (ms)"] =
	    quantize((timestamp - start[args->dev, args->sector]) / 1000000);
	start[args->dev, args->sector] = 0;
}

tick-1s
{
	printa(@);
	trunc(@);
}

dtrace:::END
{
	printa(@);
}
