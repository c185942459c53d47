/* args-> only in tracepoint and syscall probes */
tick-1s { @[args->fd] = count(); }
