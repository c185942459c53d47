BEGIN { printf("x\n") printf("y\n"); }
