tracepoint:raw_syscalls:sys_enter { @[args->args] = count(); }
