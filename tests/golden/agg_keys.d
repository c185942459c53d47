fbt::vfs_read:entry { @k[pid, execname, arg0] = count(); }
fbt::vfs_write:entry { @k[arg1, "write", tid] = count(); }
fbt::vfs_write:entry { @s[probefunc] = sum(arg2 * 2); @ = count(); }
