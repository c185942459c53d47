/* args[N] past the prototype names the function and its arity. */
fbt::vfs_read:entry
{
	trace(args[4]);
}
