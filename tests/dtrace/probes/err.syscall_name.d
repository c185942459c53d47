syscall::opnat:entry { @ = count(); }
