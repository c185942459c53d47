probe 0: profile-97 (PROFILE every 10309278 ns), clause 0
clause 0 (epid 1): profile-97
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: scr r0, scratch+0
  0006: call r0, 40, ustack
  0007: scr r0, scratch+40
  0008: ldbs r0, 16, execname
  0009: scr r0, scratch+0
  0010: agg r0, r0, agg#0
  ; action 2
  0011: scr r0, scratch+0
  0012: call r0, 24, ustack
  0013: scr r0, scratch+0
  0014: emit r0, rec#1
  0015: ret
rodata:
  +0: ""
  +1: "profile"
  +9: "profile-97"
aggregations:
  agg#0: @ = count(), key 56 bytes: ustack[4] @0, string[16] @40
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: trace (ends the line), 24 bytes: ustack[2] @0
scratch 56 bytes, 16384 aggregation entries, 1048576-byte buffers
