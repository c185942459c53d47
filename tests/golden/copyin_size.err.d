BEGIN { trace(copyin(arg0, 0)); }
