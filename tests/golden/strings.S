probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: strlit r0, rodata+1
  0001: strcmpb r0, r0, execname
  0002: jz r0, +37 (-> 40)
  ; probe record
  0003: ldb r0, id
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#0
  ; action 1
  0008: scr r0, scratch+40
  0009: ldbs r0, 128, probefunc
  0010: strcmpb r0, r0, execname
  0011: lnot r0, r0
  0012: scr r1, scratch+0
  0013: stx r1, r0, 8
  0014: strlit r0, rodata+6
  0015: strcmpb r0, r0, execname
  0016: movi r1, 0
  0017: slt r0, r0, r1
  0018: scr r1, scratch+8
  0019: stx r1, r0, 8
  0020: strlit r0, rodata+6
  0021: strcmpb r0, r0, execname
  0022: movi r1, 0
  0023: sle r0, r0, r1
  0024: scr r1, scratch+16
  0025: stx r1, r0, 8
  0026: strlit r0, rodata+6
  0027: strcmpb r0, r0, execname
  0028: movi r1, 0
  0029: slt r0, r1, r0
  0030: scr r1, scratch+24
  0031: stx r1, r0, 8
  0032: strlit r0, rodata+6
  0033: strcmpb r0, r0, execname
  0034: movi r1, 0
  0035: sle r0, r1, r0
  0036: scr r1, scratch+32
  0037: stx r1, r0, 8
  0038: scr r0, scratch+0
  0039: emit r0, rec#1
  0040: ret
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
