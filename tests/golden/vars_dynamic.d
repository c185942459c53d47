fbt::vfs_read:entry { self->ts = timestamp; a[pid, execname]++; }
fbt::vfs_read:entry /self->ts/ { this->d = timestamp - self->ts; self->ts = 0; }
