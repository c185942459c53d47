probe 0: fbt::vfs_read:return (KRETPROBE vfs_read), clause 0
probe 1: kretprobe:vfs_write (KRETPROBE vfs_write), clause 0
probe 2: tick-1s (TICK every 1000000000 ns), clause 1
probe 3: profile:::tick-1000ms (TICK every 1000000000 ns), clause 1
probe 4: profile-997 (PROFILE every 1003009 ns), clause 2
probe 5: profile:hz:99 (PROFILE every 10101010 ns), clause 2
probe 6: profile-1ms (PROFILE every 1000000 ns), clause 2
probe 7: dtrace:::ERROR (ERROR), clause 3
probe 8: BEGIN (BEGIN), clause 4
probe 9: fbt::vfs_read:entry (KPROBE vfs_read), clause 5
clause 0 (epid 1): fbt::vfs_read:return and 1 more probe
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 128, probefunc
  0002: scr r0, scratch+128
  0003: ldbs r0, 64, probename
  0004: scr r0, scratch+0
  0005: agg r0, r0, agg#0
  0006: ret
clause 1 (epid 2): tick-1s and 1 more probe
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 64, probeprov
  0002: scr r0, scratch+64
  0003: ldbs r0, 64, probename
  0004: scr r0, scratch+0
  0005: agg r0, r0, agg#1
  0006: ret
clause 2 (epid 3): profile-997 and 2 more probes
  ; action 1
  0000: ldb r0, cpu
  0001: aggr r0, r0, 1, agg#2
  0002: ret
clause 3 (epid 4): dtrace:::ERROR
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg1
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldb r0, arg2
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: ldb r0, arg3
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: ldb r0, arg4
  0015: scr r1, scratch+24
  0016: stx r1, r0, 8
  0017: ldb r0, arg5
  0018: scr r1, scratch+32
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: emit r0, rec#1
  0022: ret
clause 4 (epid 5): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#2
  ; action 1
  0005: ldb r0, ppid
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldb r0, gid
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: ldb r0, vtimestamp
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: ldb r0, walltimestamp
  0015: scr r1, scratch+24
  0016: stx r1, r0, 8
  0017: ldb r0, epid
  0018: scr r1, scratch+32
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: emit r0, rec#3
  0022: ret
clause 5 (epid 6): fbt::vfs_read:entry
  ; action 1
  0000: ldb r0, arg6
  0001: ldb r1, arg7
  0002: add r0, r0, r1
  0003: ldb r1, arg8
  0004: add r0, r0, r1
  0005: ldb r1, arg9
  0006: add r0, r0, r1
  0007: aggr r0, r0, 0, agg#3
  0008: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "fbt"
  +24: "vmlinux"
  +32: "return"
  +39: "profile"
  +47: "tick-1s"
  +55: "tick-1000ms"
  +67: "profile-997"
  +79: "profile-99hz"
  +92: "profile-1ms"
  +104: "dtrace"
  +111: "ERROR"
  +117: "BEGIN"
  +123: "entry"
aggregations:
  agg#0: @ = count(), key 192 bytes: string[128] @0, string[64] @128
  agg#1: @t = count(), key 128 bytes: string[64] @0, string[64] @64
  agg#2: @p = count(), key 8 bytes: int32 @0
  agg#3: @a = sum(), key 0 bytes:
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d %d\n" (ends the line), 40 bytes: int64 @0, int64 @8, int64 @16, int64 @24, int64 @32
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "%d %d %d %d %d\n" (ends the line), 40 bytes: int32 @0, uint32 @8, uint64 @16, uint64 @24, uint32 @32
scratch 192 bytes, 16384 aggregation entries, 1048576-byte buffers
