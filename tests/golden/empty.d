BEGIN {}
END { ; ; }
fbt::vfs_read:entry /pid == 42/ { }
