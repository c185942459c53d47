probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: movi r1, 56
  0007: shl r0, r0, r1
  0008: sar r0, r0, r1
  0009: scr r1, scratch+0
  0010: stx r1, r0, 8
  0011: ldb r0, arg1
  0012: movi r1, 48
  0013: shl r0, r0, r1
  0014: shr r0, r0, r1
  0015: scr r1, scratch+8
  0016: stx r1, r0, 8
  0017: movi r0, 8
  0018: scr r1, scratch+16
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: emit r0, rec#1
  0022: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n" (ends the line), 24 bytes: int8 @0, uint16 @8, uint64 @16
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
