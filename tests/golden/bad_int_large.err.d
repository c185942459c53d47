BEGIN { printf("%d\n", 0x1ffffffffffffffff); }
