probe 0: BEGIN (BEGIN), clauses 0-1
clause 0 (epid 1): BEGIN
  ; action 1
  0000: ldc r0, const[0]
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: ldc r0, const[1]
  0004: scr r1, scratch+8
  0005: stx r1, r0, 8
  0006: movi r0, 2
  0007: scr r1, scratch+16
  0008: stx r1, r0, 8
  0009: scr r0, scratch+0
  0010: emit r0, rec#0
  0011: ret
clause 1 (epid 2): BEGIN
  ; action 1
  0000: movi r0, 0
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: movi r0, 1
  0004: scr r1, scratch+8
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#1
  0008: ret
consts:
  0: 0x80000000
  1: 0x8000000000000000
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: int32 @0, int32 @8, int32 @16
  rec#1: printf "%d %d\n", 16 bytes: int32 @0, int32 @8
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
