BEGIN { printf("%s", substr("abc")); }
BEGIN { printf("%d", strlen(1)); }
BEGIN { trace(stack()); }
