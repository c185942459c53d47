vfs_read:entry { @ = count(); }
