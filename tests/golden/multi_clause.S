probe 0: BEGIN (BEGIN), clauses 0-2
probe 1: fbt::vfs_read:entry (KPROBE vfs_read), clauses 3-4
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: scr r0, scratch+0
  0006: emit r0, rec#1
  0007: ret
clause 1 (epid 2): BEGIN
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 1
  0002: jne r0, r1, +7 (-> 10)
  ; probe record
  0003: ldb r0, id
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#2
  ; action 1
  0008: scr r0, scratch+0
  0009: emit r0, rec#3
  0010: ret
clause 2 (epid 3): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#4
  ; action 1
  0005: scr r0, scratch+0
  0006: emit r0, rec#5
  0007: ret
clause 3 (epid 4): fbt::vfs_read:entry
  ; action 1
  0000: aggr r0, r0, 0, agg#0
  0001: ret
clause 4 (epid 5): fbt::vfs_read:entry
  ; predicate
  0000: ldb r0, arg2
  0001: movi r1, 4096
  0002: jle r0, r1, +1 (-> 4)
  ; action 1
  0003: aggr r0, r0, 0, agg#1
  0004: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "dtrace"
  +17: "BEGIN"
  +23: "fbt"
  +27: "vmlinux"
  +35: "entry"
aggregations:
  agg#0: @a = count(), key 0 bytes:
  agg#1: @big = count(), key 0 bytes:
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "one\n" (ends the line), 0 bytes:
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "two\n" (ends the line), 0 bytes:
  rec#4: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#5: printf "three\n" (ends the line), 0 bytes:
scratch 8 bytes, 16384 aggregation entries, 1048576-byte buffers
