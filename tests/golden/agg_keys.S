probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
probe 1: fbt::vfs_write:entry (KPROBE vfs_write), clauses 1-2
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: ldb r0, pid
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: ldbs r0, 16, execname
  0005: ldb r0, arg0
  0006: scr r1, scratch+24
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: agg r0, r0, agg#0
  0010: ret
clause 1 (epid 2): fbt::vfs_write:entry
  ; action 1
  0000: ldb r0, arg1
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: strlit r1, rodata+20
  0005: strcpy r0, r1, 16
  0006: ldb r0, tid
  0007: scr r1, scratch+24
  0008: stx r1, r0, 8
  0009: scr r0, scratch+0
  0010: agg r0, r0, agg#0
  0011: ret
clause 2 (epid 3): fbt::vfs_write:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 128, probefunc
  0002: ldb r0, arg2
  0003: muli r0, r0, 2
  0004: scr r1, scratch+0
  0005: agg r0, r1, agg#1
  ; action 2
  0006: aggr r0, r0, 0, agg#2
  0007: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "write"
  +26: "fbt"
  +30: "vmlinux"
  +38: "entry"
aggregations:
  agg#0: @k = count(), key 32 bytes: int64 @0, string[16] @8, int64 @24
  agg#1: @s = sum(), key 128 bytes: string[128] @0
  agg#2: @ = count(), key 0 bytes:
scratch 128 bytes, 16384 aggregation entries, 1048576-byte buffers
