/* retval exists only where every probe of the clause is a return probe. */
fbt::vfs_read:return, BEGIN
{
	@ = sum(retval);
}
