BEGIN { printf("%k\n", arg0); }
