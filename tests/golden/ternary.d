fbt::vfs_read:entry
{
	@[pid > 100 ? execname : probefunc, arg0 > 0 ? arg0 : -arg0] = count();
	printf("%s %d\n", arg1 ? "yes" : "no", arg2 == 0 ? 1 : arg2 > 0 ? 2 : 3);
}
