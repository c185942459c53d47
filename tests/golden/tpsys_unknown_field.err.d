tracepoint:sched:sched_switch { @[args->prev_name] = count(); }
