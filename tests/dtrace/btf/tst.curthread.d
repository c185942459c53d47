/*
 * curthread is the interrupted task on a tick probe: its pid and tgid are
 * tid and pid, its comm is execname.
 */
#pragma D option quiet

tick-10ms
{
	printf("%d %d %d %d\n", curthread->pid == tid, curtask->tgid == pid,
	    curthread->comm == execname, sizeof(curthread->comm));
	exit(0);
}
