probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clauses 0-1
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: ldb r0, timestamp
  0001: tlst r1, r0, dvar#0
  ; action 2
  0002: ldb r1, pid
  0003: scr r2, scratch+8
  0004: stx r2, r1, 8
  0005: scr r1, scratch+16
  0006: ldbs r1, 16, execname
  0007: scr r0, scratch+8
  0008: dvget r0, r0, dvar#1
  0009: jz r0, +1 (-> 11)
  0010: ldx r0, r0, 8
  0011: addi r0, r0, 1
  0012: jz r0, +10 (-> 23)
  0013: ldb r2, pid
  0014: scr r3, scratch+8
  0015: stx r3, r2, 8
  0016: scr r2, scratch+16
  0017: ldbs r2, 16, execname
  0018: scr r1, scratch+8
  0019: dvput r1, r1, dvar#1
  0020: jz r1, +9 (-> 30)
  0021: stx r1, r0, 8
  0022: ret
  0023: ldb r2, pid
  0024: scr r3, scratch+8
  0025: stx r3, r2, 8
  0026: scr r2, scratch+16
  0027: ldbs r2, 16, execname
  0028: scr r1, scratch+8
  0029: dvdel r1, dvar#1
  0030: ret
clause 1 (epid 2): fbt::vfs_read:entry
  ; predicate
  0000: tlld r15, dvar#0
  0001: jz r15, +5 (-> 7)
  ; action 1
  0002: ldb r0, timestamp
  0003: sub r0, r0, r15
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  ; action 2
  0006: tldel dvar#0
  0007: ret
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
