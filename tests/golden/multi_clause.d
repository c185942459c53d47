BEGIN { printf("one\n"); }
fbt::vfs_read:entry { @a = count(); }
BEGIN /pid == 1/ { printf("two\n"); }
fbt::vfs_read:entry /arg2 > 4096/ { @big = count(); }
BEGIN { printf("three\n"); }
