probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: scr r0, scratch+0
  0003: agg r0, r0, agg#0
  0004: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
aggregations:
  agg#0: @ = count(), key 16 bytes: string[16] @0
scratch 16 bytes, 16384 aggregation entries, 1048576-byte buffers
