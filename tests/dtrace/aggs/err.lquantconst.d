/* lquantize() bounds must be constants. */
fbt::vfs_read:entry { @ = lquantize(arg2, arg0, 100); }
