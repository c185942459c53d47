BEGIN { x = 1; }
