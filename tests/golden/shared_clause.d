fbt::vfs_read:entry, fbt::vfs_write:entry, kprobe:vfs_read
{
	@[probefunc] = count();
}

fbt::vfs_write:entry
{
	@w = sum(arg2);
}
