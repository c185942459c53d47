BEGIN { printf("\q\n"); }
