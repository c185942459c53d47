probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: ldb r0, arg0
  0001: movi r1, 56
  0002: shl r0, r0, r1
  0003: sar r0, r0, r1
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: ldb r0, arg1
  0007: movi r1, 48
  0008: shl r0, r0, r1
  0009: shr r0, r0, r1
  0010: scr r1, scratch+8
  0011: stx r1, r0, 8
  0012: movi r0, 8
  0013: scr r1, scratch+16
  0014: stx r1, r0, 8
  0015: scr r0, scratch+0
  0016: emit r0, rec#0
  0017: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: int8 @0, uint16 @8, uint64 @16
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
