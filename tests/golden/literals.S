probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: movi r0, 97
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: movi r0, 10
  0004: scr r1, scratch+8
  0005: stx r1, r0, 8
  0006: movi r0, 65
  0007: scr r1, scratch+16
  0008: stx r1, r0, 8
  0009: movi r0, 65
  0010: scr r1, scratch+24
  0011: stx r1, r0, 8
  0012: movi r0, 39
  0013: scr r1, scratch+32
  0014: stx r1, r0, 8
  0015: scr r0, scratch+0
  0016: emit r0, rec#0
  ; action 2
  0017: movi r0, 16
  0018: scr r1, scratch+0
  0019: stx r1, r0, 8
  0020: movi r0, 8
  0021: scr r1, scratch+8
  0022: stx r1, r0, 8
  0023: ldc r0, const[0]
  0024: scr r1, scratch+16
  0025: stx r1, r0, 8
  0026: movi r0, -1
  0027: scr r1, scratch+24
  0028: stx r1, r0, 8
  0029: scr r0, scratch+0
  0030: emit r0, rec#1
  ; action 3
  0031: movi r0, 10
  0032: scr r1, scratch+0
  0033: stx r1, r0, 8
  0034: movi r0, 10
  0035: scr r1, scratch+8
  0036: stx r1, r0, 8
  0037: movi r0, 10
  0038: scr r1, scratch+16
  0039: stx r1, r0, 8
  0040: scr r0, scratch+0
  0041: emit r0, rec#2
  ; action 4
  0042: scr r0, scratch+0
  0043: strlit r1, rodata+1
  0044: strcpy r0, r1, 16
  0045: scr r0, scratch+16
  0046: strlit r1, rodata+0
  0047: strcpy r0, r1, 8
  0048: scr r0, scratch+0
  0049: emit r0, rec#3
  0050: ret
consts:
  0: 0xffffffff
rodata:
  +0: ""
  +1: "esc\t\"\\AA"
  +10: "dtrace"
  +17: "BEGIN"
records:
  rec#0: printf "%d %d %d %d %d\n", 40 bytes: int32 @0, int32 @8, int32 @16, int32 @24, int32 @32
  rec#1: printf "%d %d %d %d\n", 32 bytes: int32 @0, int32 @8, int64 @16, uint64 @24
  rec#2: printf "%d %d %d\n", 24 bytes: uint32 @0, int64 @8, uint64 @16
  rec#3: printf "%s|%s\n", 24 bytes: string[16] @0, string[8] @16
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
