probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: ldb r0, arg0
  0001: jz r0, +41 (-> 43)
  0002: ldb r0, arg1
  0003: jnz r0, +2 (-> 6)
  0004: ldb r0, arg2
  0005: jnz r0, +37 (-> 43)
  ; action 1
  0006: ldb r0, arg0
  0007: lnot r0, r0
  0008: ldb r1, arg1
  0009: lnot r1, r1
  0010: xor r0, r0, r1
  0011: scr r1, scratch+0
  0012: stx r1, r0, 8
  0013: movi r0, 0
  0014: ldb r1, arg0
  0015: jz r1, +3 (-> 19)
  0016: ldb r1, arg1
  0017: jz r1, +1 (-> 19)
  0018: movi r0, 1
  0019: scr r1, scratch+8
  0020: stx r1, r0, 8
  0021: movi r0, 0
  0022: ldb r1, arg0
  0023: jnz r1, +2 (-> 26)
  0024: ldb r1, arg1
  0025: jz r1, +1 (-> 27)
  0026: movi r0, 1
  0027: scr r1, scratch+16
  0028: stx r1, r0, 8
  0029: scr r0, scratch+0
  0030: emit r0, rec#0
  ; action 2
  0031: ldb r0, arg0
  0032: ldb r1, arg1
  0033: slt r0, r0, r1
  0034: scr r1, scratch+0
  0035: stx r1, r0, 8
  0036: ldb r0, arg2
  0037: movi r1, 10
  0038: sle r0, r1, r0
  0039: scr r1, scratch+8
  0040: stx r1, r0, 8
  0041: scr r0, scratch+0
  0042: emit r0, rec#1
  0043: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: int32 @0, int32 @8, int32 @16
  rec#1: printf "%d %d\n", 16 bytes: int32 @0, int32 @8
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
