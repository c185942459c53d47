fbt::vfs_read:entry { self->ts = timestamp; }
