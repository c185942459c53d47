probe 0: BEGIN (BEGIN), clause 0
probe 1: END (END), clause 1
probe 2: fbt::vfs_read:entry (KPROBE vfs_read), clause 2
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  0005: ret
clause 1 (epid 2): END
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#1
  0005: ret
clause 2 (epid 3): fbt::vfs_read:entry
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 42
  0002: jne r0, r1, +5 (-> 8)
  ; probe record
  0003: ldb r0, id
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#2
  0008: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "dtrace"
  +17: "BEGIN"
  +23: "END"
  +27: "fbt"
  +31: "vmlinux"
  +39: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME) (ends the line), 8 bytes: uint32 @0
  rec#1: probe (CPU, ID, FUNCTION:NAME) (ends the line), 8 bytes: uint32 @0
  rec#2: probe (CPU, ID, FUNCTION:NAME) (ends the line), 8 bytes: uint32 @0
scratch 8 bytes, 0 aggregation entries, 1048576-byte buffers
