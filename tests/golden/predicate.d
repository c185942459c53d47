fbt::vfs_read:entry
/execname == "bash" && pid != 1/
{
	@[probefunc] = count();
}
