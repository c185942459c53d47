BEGIN { trace(usym(arg0)); }
BEGIN { uaddr(); }
BEGIN { umod("libc"); }
BEGIN { x = ustack(); }
