/* kprobe:FUNC and fbt:MODULE:FUNC:entry name the same kprobe as fbt::FUNC:entry */
kprobe:vfs_read { @reads[pid, execname] = count(); }
fbt::vfs_read:entry { @bytes = sum(arg2); }
fbt:vmlinux:vfs_write:entry, dtrace:::BEGIN { @writes = count(); }
