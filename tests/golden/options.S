tracer: options.d:4:1: warning: ignoring #pragma ident
#pragma ident "ignored, not D"
^
probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: movi r0, 0
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  0005: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: exit, 8 bytes: int32 @0
scratch 8 bytes, 0 aggregation entries, 4194304-byte buffers, quiet
