probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: strcmpbl r0, execname, rodata+1
  0001: jz r0, +33 (-> 35)
  ; probe record
  0002: ldb r0, id
  0003: scr r1, scratch+0
  0004: stx r1, r0, 8
  0005: scr r0, scratch+0
  0006: emit r0, rec#0
  ; action 1
  0007: scr r0, scratch+40
  0008: ldbs r0, 128, probefunc
  0009: strcmpb r0, r0, execname
  0010: lnot r0, r0
  0011: scr r1, scratch+0
  0012: stx r1, r0, 8
  0013: strcmpbl r0, execname, rodata+6
  0014: movi r1, 0
  0015: slt r0, r0, r1
  0016: scr r1, scratch+8
  0017: stx r1, r0, 8
  0018: strcmpbl r0, execname, rodata+6
  0019: movi r1, 0
  0020: sle r0, r0, r1
  0021: scr r1, scratch+16
  0022: stx r1, r0, 8
  0023: strcmpbl r0, execname, rodata+6
  0024: movi r1, 0
  0025: slt r0, r1, r0
  0026: scr r1, scratch+24
  0027: stx r1, r0, 8
  0028: strcmpbl r0, execname, rodata+6
  0029: movi r1, 0
  0030: sle r0, r1, r0
  0031: scr r1, scratch+32
  0032: stx r1, r0, 8
  0033: scr r0, scratch+0
  0034: emit r0, rec#1
  0035: ret
rodata:
  +0: ""
  +1: "sshd"
  +6: "m"
  +8: "dtrace"
  +15: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d %d\n" (ends the line), 40 bytes: int32 @0, int32 @8, int32 @16, int32 @24, int32 @32
scratch 168 bytes, 0 aggregation entries, 1048576-byte buffers
