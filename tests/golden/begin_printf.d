BEGIN { printf("%d\n", 2 + 3 * 4); }
