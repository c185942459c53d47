probe 0: BEGIN (BEGIN), clause 0
probe 1: END (END), clause 1
clause 0 (epid 1): BEGIN
  ; action 1
  0000: movi r0, 2
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  0005: ret
clause 1 (epid 2): END
  ; action 1
  0000: scr r0, scratch+0
  0001: emit r0, rec#1
  ; action 2
  0002: movi r0, 0
  0003: scr r1, scratch+0
  0004: stx r1, r0, 8
  0005: scr r0, scratch+0
  0006: emit r0, rec#2
  0007: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
  +14: "END"
records:
  rec#0: exit, 8 bytes: int32 @0
  rec#1: printf "bye\n", 0 bytes:
  rec#2: exit, 8 bytes: int32 @0
scratch 8 bytes, 0 aggregation entries, 1048576-byte buffers
