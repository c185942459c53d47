probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: ldb r0, arg0
  0001: jz r0, +46 (-> 48)
  0002: ldb r0, arg1
  0003: jnz r0, +2 (-> 6)
  0004: ldb r0, arg2
  0005: jnz r0, +42 (-> 48)
  ; probe record
  0006: ldb r0, id
  0007: scr r1, scratch+0
  0008: stx r1, r0, 8
  0009: scr r0, scratch+0
  0010: emit r0, rec#0
  ; action 1
  0011: ldb r0, arg0
  0012: lnot r0, r0
  0013: ldb r1, arg1
  0014: lnot r1, r1
  0015: xor r0, r0, r1
  0016: scr r1, scratch+0
  0017: stx r1, r0, 8
  0018: movi r0, 0
  0019: ldb r1, arg0
  0020: jz r1, +3 (-> 24)
  0021: ldb r1, arg1
  0022: jz r1, +1 (-> 24)
  0023: movi r0, 1
  0024: scr r1, scratch+8
  0025: stx r1, r0, 8
  0026: movi r0, 0
  0027: ldb r1, arg0
  0028: jnz r1, +2 (-> 31)
  0029: ldb r1, arg1
  0030: jz r1, +1 (-> 32)
  0031: movi r0, 1
  0032: scr r1, scratch+16
  0033: stx r1, r0, 8
  0034: scr r0, scratch+0
  0035: emit r0, rec#1
  ; action 2
  0036: ldb r0, arg0
  0037: ldb r1, arg1
  0038: slt r0, r0, r1
  0039: scr r1, scratch+0
  0040: stx r1, r0, 8
  0041: ldb r0, arg2
  0042: movi r1, 10
  0043: sle r0, r1, r0
  0044: scr r1, scratch+8
  0045: stx r1, r0, 8
  0046: scr r0, scratch+0
  0047: emit r0, rec#2
  0048: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n", 24 bytes: int32 @0, int32 @8, int32 @16
  rec#2: printf "%d %d\n" (ends the line), 16 bytes: int32 @0, int32 @8
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
