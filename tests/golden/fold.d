BEGIN /1 - 1/ { printf("never\n"); }
BEGIN /2 > 1 && "a" < "b"/ { printf("%d %d %d\n", 0x7fffffff + 1, -(1 << 63) / -1, 17 % 5); }
END /0/ { exit(1); }
BEGIN /1 ? 0 : 1/ { exit(2); }
BEGIN { printf("%d %d\n", 0 && arg0 / arg1 == 1, 1 || arg0); }
