BEGIN { }
fbt::vfs_*:entry, fbt::nosuch_*:entry { @ = count(); }
