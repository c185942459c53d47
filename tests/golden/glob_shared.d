/* Globs expand against the catalogue (tests/fake-tracefs); probes that run
 * the same clauses share one range of clause entries. */
fbt::vfs_*:entry, fbt:ext4::entry
{
	@[probefunc] = count();
}

fbt::vfs_read:entry
{
	@calls = count();
}

fbt::vfs_r*:entry, fbt::vfs_write:entry /pid == 1/
{
	trace(arg0);
}
