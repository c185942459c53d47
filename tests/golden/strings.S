probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: strlit r1, rodata+1
  0003: strcmp r0, r0, r1
  0004: jz r0, +42 (-> 47)
  ; action 1
  0005: scr r0, scratch+40
  0006: ldbs r0, 16, execname
  0007: scr r1, scratch+56
  0008: ldbs r1, 128, probefunc
  0009: strcmp r0, r0, r1
  0010: lnot r0, r0
  0011: scr r1, scratch+0
  0012: stx r1, r0, 8
  0013: scr r0, scratch+40
  0014: ldbs r0, 16, execname
  0015: strlit r1, rodata+6
  0016: strcmp r0, r0, r1
  0017: movi r1, 0
  0018: slt r0, r0, r1
  0019: scr r1, scratch+8
  0020: stx r1, r0, 8
  0021: scr r0, scratch+40
  0022: ldbs r0, 16, execname
  0023: strlit r1, rodata+6
  0024: strcmp r0, r0, r1
  0025: movi r1, 0
  0026: sle r0, r0, r1
  0027: scr r1, scratch+16
  0028: stx r1, r0, 8
  0029: scr r0, scratch+40
  0030: ldbs r0, 16, execname
  0031: strlit r1, rodata+6
  0032: strcmp r0, r0, r1
  0033: movi r1, 0
  0034: slt r0, r1, r0
  0035: scr r1, scratch+24
  0036: stx r1, r0, 8
  0037: scr r0, scratch+40
  0038: ldbs r0, 16, execname
  0039: strlit r1, rodata+6
  0040: strcmp r0, r0, r1
  0041: movi r1, 0
  0042: sle r0, r1, r0
  0043: scr r1, scratch+32
  0044: stx r1, r0, 8
  0045: scr r0, scratch+0
  0046: emit r0, rec#0
  0047: ret
rodata:
  +0: ""
  +1: "sshd"
  +6: "m"
  +8: "dtrace"
  +15: "BEGIN"
records:
  rec#0: printf "%d %d %d %d %d\n", 40 bytes: int32 @0, int32 @8, int32 @16, int32 @24, int32 @32
scratch 184 bytes, 0 aggregation entries, 1048576-byte buffers
