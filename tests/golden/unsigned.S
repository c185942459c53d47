probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; predicate
  0000: ldb r0, timestamp
  0001: ldb r1, arg0
  0002: jleu r0, r1, +30 (-> 33)
  0003: ldb r0, uid
  0004: movi r1, 1000
  0005: jleu r1, r0, +27 (-> 33)
  ; probe record
  0006: ldb r0, id
  0007: scr r1, scratch+0
  0008: stx r1, r0, 8
  0009: scr r0, scratch+0
  0010: emit r0, rec#0
  ; action 1
  0011: ldb r0, timestamp
  0012: movi r1, 1000
  0013: divu r0, r0, r1
  0014: scr r1, scratch+0
  0015: stx r1, r0, 8
  0016: ldb r0, timestamp
  0017: movi r1, 7
  0018: modu r0, r0, r1
  0019: scr r1, scratch+8
  0020: stx r1, r0, 8
  0021: ldb r0, timestamp
  0022: movi r1, 3
  0023: shr r0, r0, r1
  0024: scr r1, scratch+16
  0025: stx r1, r0, 8
  0026: ldb r0, arg0
  0027: movi r1, 3
  0028: sar r0, r0, r1
  0029: scr r1, scratch+24
  0030: stx r1, r0, 8
  0031: scr r0, scratch+0
  0032: emit r0, rec#1
  0033: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d\n" (ends the line), 32 bytes: uint64 @0, uint64 @8, uint64 @16, int64 @24
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
