syscall::read:entry { @ = count(); }
