syscall::raed:entry { @ = count(); }
