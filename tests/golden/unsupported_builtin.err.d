BEGIN { printf("%d\n", ipl); }
