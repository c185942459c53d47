probe 0: BEGIN (BEGIN), clauses 0-1
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldc r0, const[0]
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldc r0, const[1]
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: movi r0, 2
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: scr r0, scratch+0
  0015: emit r0, rec#1
  0016: ret
clause 1 (epid 2): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#2
  ; action 1
  0005: movi r0, 0
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: movi r0, 1
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: scr r0, scratch+0
  0012: emit r0, rec#3
  0013: ret
consts:
  0: 0x80000000
  1: 0x8000000000000000
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n" (ends the line), 24 bytes: int32 @0, int32 @8, int32 @16
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "%d %d\n" (ends the line), 16 bytes: int32 @0, int32 @8
scratch 24 bytes, 0 aggregation entries, 1048576-byte buffers
