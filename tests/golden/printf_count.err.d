BEGIN { printf("%d %d\n", 1); }
BEGIN { printf("%s\n", execname, pid); }
