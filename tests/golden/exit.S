probe 0: BEGIN (BEGIN), clause 0
probe 1: END (END), clause 1
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: movi r0, 2
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#1
  0010: ret
clause 1 (epid 2): END
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#2
  ; action 1
  0005: scr r0, scratch+0
  0006: emit r0, rec#3
  ; action 2
  0007: movi r0, 0
  0008: scr r1, scratch+0
  0009: stx r1, r0, 8
  0010: scr r0, scratch+0
  0011: emit r0, rec#4
  0012: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
  +14: "END"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: exit (ends the line), 8 bytes: int32 @0
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "bye\n", 0 bytes:
  rec#4: exit (ends the line), 8 bytes: int32 @0
scratch 8 bytes, 0 aggregation entries, 1048576-byte buffers
