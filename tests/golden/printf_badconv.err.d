BEGIN { printf("%A\n", arg0); }
