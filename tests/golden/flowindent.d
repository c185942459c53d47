#pragma D option flowindent
#pragma D option quiet

fbt::vfs_read:entry, fbt::vfs_read:return
{
	printf("%d", arg0);
}

fbt::vfs_read:return
{
	@ = count();
}
