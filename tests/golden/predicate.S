probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; predicate
  0000: strcmpbl r0, execname, rodata+10
  0001: jnz r0, +7 (-> 9)
  0002: ldb r0, pid
  0003: movi r1, 1
  0004: jeq r0, r1, +4 (-> 9)
  ; action 1
  0005: scr r0, scratch+0
  0006: ldbs r0, 128, probefunc
  0007: scr r0, scratch+0
  0008: agg r0, r0, agg#0
  0009: ret
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
