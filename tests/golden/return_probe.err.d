fbt::vfs_read:return { @ = count(); }
