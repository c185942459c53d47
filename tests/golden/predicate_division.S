probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
probe 1: BEGIN (BEGIN), clause 1
probe 2: fbt::vfs_write:entry (KPROBE vfs_write), clause 2
clause 0 (epid 1): fbt::vfs_read:entry
  ; predicate
  0000: ldb r0, arg0
  0001: movi r1, 2
  0002: div r0, r0, r1
  0003: movi r1, 1
  0004: jle r0, r1, +1 (-> 6)
  ; action 1
  0005: aggr r0, r0, 0, agg#0
  0006: ret
clause 1 (epid 2): BEGIN
  ; predicate
  0000: ldb r0, pid
  0001: jz r0, +10 (-> 12)
  ; probe record
  0002: ldb r0, id
  0003: scr r1, scratch+0
  0004: stx r1, r0, 8
  0005: scr r0, scratch+0
  0006: emit r0, rec#0
  ; action 1
  0007: movi r0, 0
  0008: scr r1, scratch+0
  0009: stx r1, r0, 8
  0010: scr r0, scratch+0
  0011: emit r0, rec#1
  0012: ret
clause 2 (epid 3): fbt::vfs_write:entry
  ; predicate
  0000: ldb r0, arg2
  0001: movi r1, 512
  0002: div r0, r0, r1
  0003: movi r1, 8
  0004: jle r0, r1, +8 (-> 13)
  0005: ldb r0, arg1
  0006: movi r1, 2
  0007: mod r0, r0, r1
  0008: jnz r0, +4 (-> 13)
  ; action 1
  0009: ldb r0, arg2
  0010: movi r1, 512
  0011: div r0, r0, r1
  0012: aggr r0, r0, 0, agg#1
  0013: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "fbt"
  +24: "vmlinux"
  +32: "entry"
  +38: "dtrace"
  +45: "BEGIN"
aggregations:
  agg#0: @ = count(), key 0 bytes:
  agg#1: @w = sum(), key 0 bytes:
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: exit (ends the line), 8 bytes: int32 @0
scratch 8 bytes, 16384 aggregation entries, 1048576-byte buffers
