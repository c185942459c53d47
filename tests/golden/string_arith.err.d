BEGIN { printf("%d\n", execname + 1); }
BEGIN { printf("%d\n", -probefunc); }
