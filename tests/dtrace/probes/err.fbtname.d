fbt::vfs_read:leave
{
	exit(0);
}
