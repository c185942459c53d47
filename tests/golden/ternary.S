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
  0006: ldb r1, pid
  0007: movi r2, 100
  0008: jle r1, r2, +2 (-> 11)
  0009: ldbs r0, 128, execname
  0010: ja +1 (-> 12)
  0011: ldbs r0, 128, probefunc
  0012: ldb r1, arg0
  0013: movi r2, 0
  0014: jle r1, r2, +2 (-> 17)
  0015: ldb r0, arg0
  0016: ja +2 (-> 19)
  0017: ldb r0, arg0
  0018: neg r0, r0
  0019: scr r1, scratch+128
  0020: stx r1, r0, 8
  0021: scr r0, scratch+0
  0022: agg r0, r0, agg#0
  ; action 2
  0023: scr r0, scratch+0
  0024: ldb r1, arg1
  0025: jz r1, +3 (-> 29)
  0026: strlit r1, rodata+10
  0027: strcpy r0, r1, 8
  0028: ja +2 (-> 31)
  0029: strlit r1, rodata+14
  0030: strcpy r0, r1, 8
  0031: ldb r1, arg2
  0032: jnz r1, +2 (-> 35)
  0033: movi r0, 1
  0034: ja +6 (-> 41)
  0035: ldb r1, arg2
  0036: movi r2, 0
  0037: jle r1, r2, +2 (-> 40)
  0038: movi r0, 2
  0039: ja +1 (-> 41)
  0040: movi r0, 3
  0041: scr r1, scratch+8
  0042: stx r1, r0, 8
  0043: scr r0, scratch+0
  0044: emit r0, rec#1
  0045: ret
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
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%s %d\n" (ends the line), 16 bytes: string[8] @0, int32 @8
scratch 136 bytes, 16384 aggregation entries, 1048576-byte buffers
