BEGIN { copyin(arg0, 8); }
