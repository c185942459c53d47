BEGIN { printf("%d\n", count()); }
BEGIN { exit(printf("x")); }
