probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: movi r0, 72
  0001: scr r1, scratch+8
  0002: stx r1, r0, 8
  0003: movi r0, 8
  0004: scr r1, scratch+16
  0005: stx r1, r0, 8
  0006: movi r0, 72
  0007: scr r1, scratch+24
  0008: stx r1, r0, 8
  0009: movi r0, 4
  0010: scr r1, scratch+32
  0011: stx r1, r0, 8
  0012: scr r0, scratch+8
  0013: emit r0, rec#0
  ; action 2
  0014: movi r0, 16
  0015: scr r1, scratch+8
  0016: stx r1, r0, 8
  0017: movi r0, 4
  0018: scr r1, scratch+16
  0019: stx r1, r0, 8
  0020: movi r0, 24
  0021: scr r1, scratch+24
  0022: stx r1, r0, 8
  0023: scr r0, scratch+8
  0024: emit r0, rec#1
  ; action 3
  0025: movi r0, 0
  0026: scr r1, scratch+0
  0027: stx r1, r0, 8
  ; action 4
  0028: movi r0, 8
  0029: scr r1, scratch+8
  0030: stx r1, r0, 8
  0031: movi r0, 16
  0032: scr r1, scratch+16
  0033: stx r1, r0, 8
  0034: movi r0, 72
  0035: scr r1, scratch+24
  0036: stx r1, r0, 8
  0037: scr r0, scratch+8
  0038: emit r0, rec#2
  ; action 5
  0039: movi r0, 3
  0040: scr r1, scratch+8
  0041: stx r1, r0, 8
  0042: movi r0, 4
  0043: scr r1, scratch+16
  0044: stx r1, r0, 8
  0045: scr r0, scratch+8
  0046: emit r0, rec#3
  0047: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%d %d %d %d\n", 32 bytes: uint64 @0, uint64 @8, uint64 @16, uint64 @24
  rec#1: printf "%d %d %d\n", 24 bytes: uint64 @0, uint64 @8, uint64 @16
  rec#2: printf "%d %d %d\n", 24 bytes: uint64 @0, uint64 @8, uint64 @16
  rec#3: printf "%d %d\n", 16 bytes: int32 @0, int32 @8
globals 0 bytes, this-> 8 bytes
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
