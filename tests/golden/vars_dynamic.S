probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clauses 0-1
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: ldb r0, timestamp
  0001: jz r0, +8 (-> 10)
  0002: ldb r2, tid
  0003: scr r3, scratch+8
  0004: stx r3, r2, 8
  0005: scr r1, scratch+8
  0006: dvput r1, r1, dvar#0
  0007: jz r1, +7 (-> 15)
  0008: stx r1, r0, 8
  0009: ja +5 (-> 15)
  0010: ldb r2, tid
  0011: scr r3, scratch+8
  0012: stx r3, r2, 8
  0013: scr r1, scratch+8
  0014: dvdel r1, dvar#0
  ; action 2
  0015: ldb r1, pid
  0016: scr r2, scratch+8
  0017: stx r2, r1, 8
  0018: scr r1, scratch+16
  0019: ldbs r1, 16, execname
  0020: scr r0, scratch+8
  0021: dvget r0, r0, dvar#1
  0022: jz r0, +1 (-> 24)
  0023: ldx r0, r0, 8
  0024: addi r0, r0, 1
  0025: jz r0, +10 (-> 36)
  0026: ldb r2, pid
  0027: scr r3, scratch+8
  0028: stx r3, r2, 8
  0029: scr r2, scratch+16
  0030: ldbs r2, 16, execname
  0031: scr r1, scratch+8
  0032: dvput r1, r1, dvar#1
  0033: jz r1, +9 (-> 43)
  0034: stx r1, r0, 8
  0035: ja +7 (-> 43)
  0036: ldb r2, pid
  0037: scr r3, scratch+8
  0038: stx r3, r2, 8
  0039: scr r2, scratch+16
  0040: ldbs r2, 16, execname
  0041: scr r1, scratch+8
  0042: dvdel r1, dvar#1
  0043: ret
clause 1 (epid 2): fbt::vfs_read:entry
  ; predicate
  0000: ldb r1, tid
  0001: scr r2, scratch+8
  0002: stx r2, r1, 8
  0003: scr r0, scratch+8
  0004: dvget r0, r0, dvar#0
  0005: jz r0, +1 (-> 7)
  0006: ldx r0, r0, 8
  0007: jz r0, +17 (-> 25)
  ; action 1
  0008: ldb r0, timestamp
  0009: ldb r2, tid
  0010: scr r3, scratch+8
  0011: stx r3, r2, 8
  0012: scr r1, scratch+8
  0013: dvget r1, r1, dvar#0
  0014: jz r1, +1 (-> 16)
  0015: ldx r1, r1, 8
  0016: sub r0, r0, r1
  0017: scr r1, scratch+0
  0018: stx r1, r0, 8
  ; action 2
  0019: movi r0, 0
  0020: ldb r2, tid
  0021: scr r3, scratch+8
  0022: stx r3, r2, 8
  0023: scr r1, scratch+8
  0024: dvdel r1, dvar#0
  0025: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
dynamic variables (1048576 bytes of space):
  dvar#0: key 8 bytes, value 8 bytes
  dvar#1: key 24 bytes, value 8 bytes
globals 0 bytes, this-> 8 bytes
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
