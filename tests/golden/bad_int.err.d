BEGIN { printf("%d\n", 08); }
BEGIN { printf("%d\n", 0x1ffffffffffffffff); }
BEGIN { printf("%d\n", 12abc); }
