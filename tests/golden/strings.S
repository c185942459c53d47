probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: strlit r1, rodata+1
  0003: strcmp r0, r0, r1
  0004: jz r0, +47 (-> 52)
  ; probe record
  0005: ldb r0, id
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#0
  ; action 1
  0010: scr r0, scratch+40
  0011: ldbs r0, 16, execname
  0012: scr r1, scratch+56
  0013: ldbs r1, 128, probefunc
  0014: strcmp r0, r0, r1
  0015: lnot r0, r0
  0016: scr r1, scratch+0
  0017: stx r1, r0, 8
  0018: scr r0, scratch+40
  0019: ldbs r0, 16, execname
  0020: strlit r1, rodata+6
  0021: strcmp r0, r0, r1
  0022: movi r1, 0
  0023: slt r0, r0, r1
  0024: scr r1, scratch+8
  0025: stx r1, r0, 8
  0026: scr r0, scratch+40
  0027: ldbs r0, 16, execname
  0028: strlit r1, rodata+6
  0029: strcmp r0, r0, r1
  0030: movi r1, 0
  0031: sle r0, r0, r1
  0032: scr r1, scratch+16
  0033: stx r1, r0, 8
  0034: scr r0, scratch+40
  0035: ldbs r0, 16, execname
  0036: strlit r1, rodata+6
  0037: strcmp r0, r0, r1
  0038: movi r1, 0
  0039: slt r0, r1, r0
  0040: scr r1, scratch+24
  0041: stx r1, r0, 8
  0042: scr r0, scratch+40
  0043: ldbs r0, 16, execname
  0044: strlit r1, rodata+6
  0045: strcmp r0, r0, r1
  0046: movi r1, 0
  0047: sle r0, r1, r0
  0048: scr r1, scratch+32
  0049: stx r1, r0, 8
  0050: scr r0, scratch+0
  0051: emit r0, rec#1
  0052: ret
rodata:
  +0: ""
  +1: "sshd"
  +6: "m"
  +8: "dtrace"
  +15: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d %d\n" (ends the line), 40 bytes: int32 @0, int32 @8, int32 @16, int32 @24, int32 @32
scratch 184 bytes, 0 aggregation entries, 1048576-byte buffers
