probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
probe 1: fbt::vfs_read:return (KRETPROBE vfs_read), clauses 1-2
clause 0 (epid 1): fbt::vfs_read:entry, clause 1 (epid 2): fbt::vfs_read:return
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#1
  0010: ret
clause 2 (epid 3): fbt::vfs_read:return
  ; action 1
  0000: aggr r0, r0, 0, agg#0
  0001: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
  +28: "return"
aggregations:
  agg#0: @ = count(), key 0 bytes:
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d", 8 bytes: int64 @0
scratch 8 bytes, 16384 aggregation entries, 1048576-byte buffers, quiet, flowindent
