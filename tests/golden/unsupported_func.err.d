fbt::vfs_read:entry { @ = quantize(arg2); }
BEGIN { trace(pid); }
