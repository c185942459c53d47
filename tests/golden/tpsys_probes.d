/* tpsys: syscall and tracepoint probes, args-> and errno */
syscall::read:entry, tracepoint:syscalls:sys_enter_read /pid == 1/ { @r[args->fd, args->count, args->__syscall_nr] = count(); }
syscall::openat:return { printf("%d %d %d %d\n", errno, args->ret, retval, arg1); }
tracepoint:syscalls::sys_exit_read { @x = sum(args->ret); }
syscall::stat:entry { printf("%p\n", args->filename); }
tracepoint:sched:sched_switch { @s[args->prev_comm, args->next_pid] = count(); }
tracepoint:sched::sched_process_exec { printf("%s %d\n", args->filename, args->old_pid); }
tracepoint:sched:sched_switch { @p[probeprov, probemod, probefunc, probename] = count(); }
