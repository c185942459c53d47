syscall::read:entry { @[args->common_pid] = count(); }
