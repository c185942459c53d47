probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clauses 0-1
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: ldb r0, timestamp
  0001: jz r0, +4 (-> 6)
  0002: tlput r1, dvar#0
  0003: jz r1, +3 (-> 7)
  0004: stx r1, r0, 8
  0005: ja +1 (-> 7)
  0006: tldel dvar#0
  ; action 2
  0007: ldb r1, pid
  0008: scr r2, scratch+8
  0009: stx r2, r1, 8
  0010: scr r1, scratch+16
  0011: ldbs r1, 16, execname
  0012: scr r0, scratch+8
  0013: dvget r0, r0, dvar#1
  0014: jz r0, +1 (-> 16)
  0015: ldx r0, r0, 8
  0016: addi r0, r0, 1
  0017: jz r0, +10 (-> 28)
  0018: ldb r2, pid
  0019: scr r3, scratch+8
  0020: stx r3, r2, 8
  0021: scr r2, scratch+16
  0022: ldbs r2, 16, execname
  0023: scr r1, scratch+8
  0024: dvput r1, r1, dvar#1
  0025: jz r1, +9 (-> 35)
  0026: stx r1, r0, 8
  0027: ret
  0028: ldb r2, pid
  0029: scr r3, scratch+8
  0030: stx r3, r2, 8
  0031: scr r2, scratch+16
  0032: ldbs r2, 16, execname
  0033: scr r1, scratch+8
  0034: dvdel r1, dvar#1
  0035: ret
clause 1 (epid 2): fbt::vfs_read:entry
  ; predicate
  0000: tlget r15, dvar#0
  0001: mov r0, r15
  0002: jz r0, +1 (-> 4)
  0003: ldx r0, r0, 8
  0004: jz r0, +8 (-> 13)
  ; action 1
  0005: ldb r0, timestamp
  0006: mov r1, r15
  0007: jz r1, +1 (-> 9)
  0008: ldx r1, r1, 8
  0009: sub r0, r0, r1
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  ; action 2
  0012: tldel dvar#0
  0013: ret
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
