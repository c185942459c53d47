BEGIN { printf("%C\n", arg0); }
