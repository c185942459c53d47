BEGIN { printf("%*d\n", 5, arg0); }
