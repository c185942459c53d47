/* An unknown member suggests the closest one. */
fbt::vfs_read:entry
{
	trace(args[0]->f_pth);
}
