/*
 * tpsys: a perf-path tracepoint (sched_switch: the tracer itself sleeps),
 * a direct syscall tracepoint (the return of the ioctl that starts
 * tracing), and errno, which is 0 outside a syscall return probe.
 */
#pragma D option quiet

tracepoint:sched:sched_switch /args->prev_comm != "" && args->next_pid >= 0/
{
	sw = 1;
}

tracepoint:syscalls::sys_exit_ioctl
{
	ior = 1;
}

tick-1s
{
	printf("%d %d %d\n", sw, ior, errno);
	exit(0);
}
