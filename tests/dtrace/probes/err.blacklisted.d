/* A function on the kprobe blacklist, named exactly: the error says why. */
fbt::asm_exc_divide_error:entry { }
