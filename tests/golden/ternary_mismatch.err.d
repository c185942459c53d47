BEGIN { printf("%d\n", arg0 ? 1 : "one"); }
BEGIN { printf("%d\n", execname ? 1 : 2); }
