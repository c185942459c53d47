probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
probe 1: fbt::vfs_write:entry (KPROBE vfs_write), clauses 1-2
clause 0 (epid 1): fbt::vfs_read:entry, clause 1 (epid 2): fbt::vfs_write:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 128, probefunc
  0002: scr r0, scratch+0
  0003: agg r0, r0, agg#0
  0004: ret
clause 2 (epid 3): fbt::vfs_write:entry
  ; action 1
  0000: ldb r0, arg2
  0001: aggr r0, r0, 0, agg#1
  0002: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "fbt"
  +24: "vmlinux"
  +32: "entry"
aggregations:
  agg#0: @ = count(), key 128 bytes: string[128] @0
  agg#1: @w = sum(), key 0 bytes:
scratch 128 bytes, 16384 aggregation entries, 1048576-byte buffers
