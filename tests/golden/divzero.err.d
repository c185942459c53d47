BEGIN { printf("%d\n", arg0 / (2 - 2)); }
BEGIN { printf("%d\n", arg0 % 0); }
