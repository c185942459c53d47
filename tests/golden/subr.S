probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: scr r0, scratch+0
  0006: scr r2, scratch+272
  0007: scr r3, scratch+528
  0008: ldbs r3, 16, execname
  0009: strlit r4, rodata+1
  0010: call r2, 256, strjoin
  0011: mov r1, r2
  0012: strcpy r0, r1, 256
  0013: strlit r1, rodata+3
  0014: call r1, 256, strlen
  0015: mov r0, r1
  0016: scr r1, scratch+256
  0017: stx r1, r0, 8
  0018: strlit r1, rodata+7
  0019: strlit r2, rodata+13
  0020: movi r3, 0
  0021: movi r4, 0
  0022: call r1, 256, index
  0023: mov r0, r1
  0024: scr r1, scratch+264
  0025: stx r1, r0, 8
  0026: scr r0, scratch+0
  0027: emit r0, rec#1
  ; action 2
  0028: scr r0, scratch+0
  0029: scr r2, scratch+520
  0030: strlit r3, rodata+15
  0031: movi r4, 2
  0032: movi r5, 256
  0033: call r2, 256, substr
  0034: mov r1, r2
  0035: strcpy r0, r1, 256
  0036: scr r0, scratch+256
  0037: scr r2, scratch+776
  0038: movi r3, 42
  0039: movi r4, 10
  0040: call r2, 256, lltostr
  0041: mov r1, r2
  0042: strcpy r0, r1, 256
  0043: call r1, 0, rand
  0044: mov r0, r1
  0045: scr r1, scratch+512
  0046: stx r1, r0, 8
  0047: scr r0, scratch+0
  0048: emit r0, rec#2
  0049: ret
rodata:
  +0: ""
  +1: "!"
  +3: "abc"
  +7: "hello"
  +13: "l"
  +15: "abcdef"
  +22: "dtrace"
  +29: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%s %d %d\n", 272 bytes: string[256] @0, uint64 @256, int32 @264
  rec#2: printf "%s %s %d\n" (ends the line), 520 bytes: string[256] @0, string[256] @256, int32 @512
scratch 1032 bytes, 0 aggregation entries, 1048576-byte buffers
