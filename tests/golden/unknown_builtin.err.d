fbt::vfs_read:entry { @[execnam] = count(); }
