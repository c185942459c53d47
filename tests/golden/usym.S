probe 0: profile-97 (PROFILE every 10309278 ns), clause 0
clause 0 (epid 1): profile-97
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, pid
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldb r0, arg1
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: ldb r0, pid
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: ldb r0, arg1
  0015: scr r1, scratch+24
  0016: stx r1, r0, 8
  0017: scr r0, scratch+0
  0018: agg r0, r0, agg#0
  ; action 2
  0019: ldb r0, pid
  0020: scr r1, scratch+0
  0021: stx r1, r0, 8
  0022: ldb r0, arg1
  0023: scr r1, scratch+8
  0024: stx r1, r0, 8
  0025: scr r0, scratch+0
  0026: emit r0, rec#1
  ; action 3
  0027: ldb r0, pid
  0028: scr r1, scratch+0
  0029: stx r1, r0, 8
  0030: ldb r0, arg1
  0031: scr r1, scratch+8
  0032: stx r1, r0, 8
  0033: scr r0, scratch+0
  0034: emit r0, rec#2
  0035: ret
rodata:
  +0: ""
  +1: "profile"
  +9: "profile-97"
aggregations:
  agg#0: @ = count(), key 32 bytes: usym @0, umod @16
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: trace, 16 bytes: uaddr @0
  rec#2: trace (ends the line), 16 bytes: usym @0
scratch 32 bytes, 16384 aggregation entries, 1048576-byte buffers
