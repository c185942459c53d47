syscall:vmlinux:read:entry { @ = count(); }
