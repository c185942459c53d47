BEGIN { printf("%f\n", arg0); }
