/* fbt return, timers, ERROR and their bpftrace spellings */
fbt::vfs_read:return, kretprobe:vfs_write { @[probefunc, probename] = count(); }
tick-1s, profile:::tick-1000ms, interval:s:1 { @t[probeprov, probename] = count(); }
profile-997, profile:hz:99, profile-1ms { @p[cpu] = count(); }
dtrace:::ERROR { printf("%d %d %d %d %d\n", arg1, arg2, arg3, arg4, arg5); }
BEGIN { printf("%d %d %d %d %d\n", ppid, gid, vtimestamp, walltimestamp, epid); }
fbt::vfs_read:entry { @a = sum(arg6 + arg7 + arg8 + arg9); }
