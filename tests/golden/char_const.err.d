BEGIN { printf("%d\n", 'ab'); }
