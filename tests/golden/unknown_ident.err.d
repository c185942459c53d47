BEGIN { printf("%d\n", foo + 1); }
