probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldb r1, pid
  0002: movi r2, 100
  0003: jle r1, r2, +2 (-> 6)
  0004: ldbs r0, 128, execname
  0005: ja +1 (-> 7)
  0006: ldbs r0, 128, probefunc
  0007: ldb r1, arg0
  0008: movi r2, 0
  0009: jle r1, r2, +2 (-> 12)
  0010: ldb r0, arg0
  0011: ja +2 (-> 14)
  0012: ldb r0, arg0
  0013: neg r0, r0
  0014: scr r1, scratch+128
  0015: stx r1, r0, 8
  0016: movi r0, 1
  0017: scr r1, scratch+0
  0018: agg r0, r1, agg#0
  ; action 2
  0019: scr r0, scratch+0
  0020: ldb r1, arg1
  0021: jz r1, +3 (-> 25)
  0022: strlit r1, rodata+10
  0023: strcpy r0, r1, 8
  0024: ja +2 (-> 27)
  0025: strlit r1, rodata+14
  0026: strcpy r0, r1, 8
  0027: ldb r1, arg2
  0028: jnz r1, +2 (-> 31)
  0029: movi r0, 1
  0030: ja +6 (-> 37)
  0031: ldb r1, arg2
  0032: movi r2, 0
  0033: jle r1, r2, +2 (-> 36)
  0034: movi r0, 2
  0035: ja +1 (-> 37)
  0036: movi r0, 3
  0037: scr r1, scratch+8
  0038: stx r1, r0, 8
  0039: scr r0, scratch+0
  0040: emit r0, rec#0
  0041: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "yes"
  +14: "no"
  +17: "fbt"
  +21: "vmlinux"
  +29: "entry"
aggregations:
  agg#0: @ = count(), key 136 bytes: string[128] @0, int64 @128
records:
  rec#0: printf "%s %d\n", 16 bytes: string[8] @0, int32 @8
scratch 136 bytes, 16384 aggregation entries, 1048576-byte buffers
