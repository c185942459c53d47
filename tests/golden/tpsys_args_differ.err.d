syscall::read:entry, syscall::openat:entry { @[args->__syscall_nr] = count(); }
