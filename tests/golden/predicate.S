probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; predicate
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: strlit r1, rodata+10
  0003: strcmp r0, r0, r1
  0004: jnz r0, +8 (-> 13)
  0005: ldb r0, pid
  0006: movi r1, 1
  0007: jeq r0, r1, +5 (-> 13)
  ; action 1
  0008: scr r0, scratch+0
  0009: ldbs r0, 128, probefunc
  0010: movi r0, 1
  0011: scr r1, scratch+0
  0012: agg r0, r1, agg#0
  0013: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "bash"
  +15: "fbt"
  +19: "vmlinux"
  +27: "entry"
aggregations:
  agg#0: @ = count(), key 128 bytes: string[128] @0
scratch 128 bytes, 16384 aggregation entries, 1048576-byte buffers
