fbt::vfs_read:entry { @[execname] = count(); }
