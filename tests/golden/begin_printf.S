probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: movi r0, 14
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#1
  0010: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d\n" (ends the line), 8 bytes: int32 @0
scratch 8 bytes, 0 aggregation entries, 1048576-byte buffers
