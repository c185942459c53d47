BEGIN { printf("%d\n", 12abc); }
