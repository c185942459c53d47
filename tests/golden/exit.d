BEGIN { exit(1 + 1); }
END { printf("bye\n"); exit(0) }
