BEGIN { @a[pid] = count(); }
END { @a[execname] = count(); }
END { @a[pid, tid] = count(); }
