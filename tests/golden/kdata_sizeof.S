probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+8
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: emit r0, rec#0
  ; action 1
  0005: movi r0, 72
  0006: scr r1, scratch+8
  0007: stx r1, r0, 8
  0008: movi r0, 8
  0009: scr r1, scratch+16
  0010: stx r1, r0, 8
  0011: movi r0, 72
  0012: scr r1, scratch+24
  0013: stx r1, r0, 8
  0014: movi r0, 4
  0015: scr r1, scratch+32
  0016: stx r1, r0, 8
  0017: scr r0, scratch+8
  0018: emit r0, rec#1
  ; action 2
  0019: movi r0, 16
  0020: scr r1, scratch+8
  0021: stx r1, r0, 8
  0022: movi r0, 4
  0023: scr r1, scratch+16
  0024: stx r1, r0, 8
  0025: movi r0, 24
  0026: scr r1, scratch+24
  0027: stx r1, r0, 8
  0028: scr r0, scratch+8
  0029: emit r0, rec#2
  ; action 3
  0030: movi r0, 0
  0031: scr r1, scratch+0
  0032: stx r1, r0, 8
  ; action 4
  0033: movi r0, 8
  0034: scr r1, scratch+8
  0035: stx r1, r0, 8
  0036: movi r0, 16
  0037: scr r1, scratch+16
  0038: stx r1, r0, 8
  0039: movi r0, 72
  0040: scr r1, scratch+24
  0041: stx r1, r0, 8
  0042: scr r0, scratch+8
  0043: emit r0, rec#3
  ; action 5
  0044: movi r0, 3
  0045: scr r1, scratch+8
  0046: stx r1, r0, 8
  0047: movi r0, 4
  0048: scr r1, scratch+16
  0049: stx r1, r0, 8
  0050: scr r0, scratch+8
  0051: emit r0, rec#4
  0052: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d\n", 32 bytes: uint64 @0, uint64 @8, uint64 @16, uint64 @24
  rec#2: printf "%d %d %d\n", 24 bytes: uint64 @0, uint64 @8, uint64 @16
  rec#3: printf "%d %d %d\n", 24 bytes: uint64 @0, uint64 @8, uint64 @16
  rec#4: printf "%d %d\n" (ends the line), 16 bytes: int32 @0, int32 @8
globals 0 bytes, this-> 8 bytes
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
