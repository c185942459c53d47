probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: scr r0, scratch+0
  0006: call r0, 32, stack
  0007: ldb r0, arg0
  0008: scr r1, scratch+32
  0009: stx r1, r0, 8
  0010: scr r0, scratch+0
  0011: agg r0, r0, agg#0
  ; action 2
  0012: scr r0, scratch+0
  0013: call r0, 16, stack
  0014: scr r0, scratch+0
  0015: emit r0, rec#1
  ; action 3
  0016: ldb r0, arg1
  0017: scr r1, scratch+0
  0018: stx r1, r0, 8
  0019: scr r0, scratch+0
  0020: emit r0, rec#2
  0021: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
aggregations:
  agg#0: @ = count(), key 40 bytes: stack[4] @0, sym @32
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: trace, 16 bytes: stack[2] @0
  rec#2: trace (ends the line), 8 bytes: sym @0
scratch 40 bytes, 16384 aggregation entries, 1048576-byte buffers
