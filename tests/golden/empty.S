probe 0: BEGIN (BEGIN), clause 0
probe 1: END (END), clause 1
probe 2: fbt::vfs_read:entry (KPROBE vfs_read), clause 2
clause 0 (epid 1): BEGIN
  0000: ret
clause 1 (epid 2): END
  0000: ret
clause 2 (epid 3): fbt::vfs_read:entry
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 42
  0002: jne r0, r1, +0 (-> 3)
  0003: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "dtrace"
  +17: "BEGIN"
  +23: "END"
  +27: "fbt"
  +31: "vmlinux"
  +39: "entry"
scratch 0 bytes, 0 aggregation entries, 1048576-byte buffers
