/* retval exists only where every probe of the clause is an fbt return. */
fbt::vfs_read:return, BEGIN
{
	@ = sum(retval);
}
