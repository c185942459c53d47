fbt::vfs_*:entry { @ = count(); }
