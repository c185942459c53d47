BEGIN { printf("%d %d %d\n", (char)arg0, (uint16_t)arg1, sizeof(long)); }
