BEGIN { printf("%d\n", walltimestamp); }
