probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: call r0, 32, stack
  0002: ldb r0, arg0
  0003: scr r1, scratch+32
  0004: stx r1, r0, 8
  0005: movi r0, 1
  0006: scr r1, scratch+0
  0007: agg r0, r1, agg#0
  ; action 2
  0008: scr r0, scratch+0
  0009: call r0, 16, stack
  0010: scr r0, scratch+0
  0011: emit r0, rec#0
  ; action 3
  0012: ldb r0, arg1
  0013: scr r1, scratch+0
  0014: stx r1, r0, 8
  0015: scr r0, scratch+0
  0016: emit r0, rec#1
  0017: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
aggregations:
  agg#0: @ = count(), key 40 bytes: stack[4] @0, sym @32
records:
  rec#0: trace, 16 bytes: stack[2] @0
  rec#1: trace (ends the line), 8 bytes: sym @0
scratch 40 bytes, 16384 aggregation entries, 1048576-byte buffers
