fbt::vfs_read:entry /arg0 / 2 > 1/ /* a comment before the body */ { @ = count(); }
BEGIN/pid/{exit(0)}
fbt::vfs_write:entry
/arg2 / 512 > 8 &&
 arg1 % 2 == 0/
// and a line comment
{
	@w = sum(arg2 / 512);
}
