BEGIN { x = 1; x += 2; y = x++; s = "a"; printf("%d %d %s\n", x, y, s); }
