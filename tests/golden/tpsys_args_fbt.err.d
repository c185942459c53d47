fbt::vfs_read:entry { @[args->fd] = count(); }
