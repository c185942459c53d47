probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: movi r0, 97
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: movi r0, 10
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: movi r0, 65
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: movi r0, 65
  0015: scr r1, scratch+24
  0016: stx r1, r0, 8
  0017: movi r0, 39
  0018: scr r1, scratch+32
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: emit r0, rec#1
  ; action 2
  0022: movi r0, 16
  0023: scr r1, scratch+0
  0024: stx r1, r0, 8
  0025: movi r0, 8
  0026: scr r1, scratch+8
  0027: stx r1, r0, 8
  0028: ldc r0, const[0]
  0029: scr r1, scratch+16
  0030: stx r1, r0, 8
  0031: movi r0, -1
  0032: scr r1, scratch+24
  0033: stx r1, r0, 8
  0034: scr r0, scratch+0
  0035: emit r0, rec#2
  ; action 3
  0036: movi r0, 10
  0037: scr r1, scratch+0
  0038: stx r1, r0, 8
  0039: movi r0, 10
  0040: scr r1, scratch+8
  0041: stx r1, r0, 8
  0042: movi r0, 10
  0043: scr r1, scratch+16
  0044: stx r1, r0, 8
  0045: scr r0, scratch+0
  0046: emit r0, rec#3
  ; action 4
  0047: scr r0, scratch+0
  0048: strlit r1, rodata+1
  0049: strcpy r0, r1, 16
  0050: scr r0, scratch+16
  0051: strlit r1, rodata+0
  0052: strcpy r0, r1, 8
  0053: scr r0, scratch+0
  0054: emit r0, rec#4
  0055: ret
consts:
  0: 0xffffffff
rodata:
  +0: ""
  +1: "esc\t\"\\AA"
  +10: "dtrace"
  +17: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d %d\n", 40 bytes: int32 @0, int32 @8, int32 @16, int32 @24, int32 @32
  rec#2: printf "%d %d %d %d\n", 32 bytes: int32 @0, int32 @8, int64 @16, uint64 @24
  rec#3: printf "%d %d %d\n", 24 bytes: uint32 @0, int64 @8, uint64 @16
  rec#4: printf "%s|%s\n" (ends the line), 24 bytes: string[16] @0, string[8] @16
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
