probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: scr r0, scratch+0
  0001: scr r2, scratch+272
  0002: scr r3, scratch+528
  0003: ldbs r3, 16, execname
  0004: strlit r4, rodata+1
  0005: call r2, 256, strjoin
  0006: mov r1, r2
  0007: strcpy r0, r1, 256
  0008: strlit r1, rodata+3
  0009: call r1, 256, strlen
  0010: mov r0, r1
  0011: scr r1, scratch+256
  0012: stx r1, r0, 8
  0013: strlit r1, rodata+7
  0014: strlit r2, rodata+13
  0015: movi r3, 0
  0016: movi r4, 0
  0017: call r1, 256, index
  0018: mov r0, r1
  0019: scr r1, scratch+264
  0020: stx r1, r0, 8
  0021: scr r0, scratch+0
  0022: emit r0, rec#0
  ; action 2
  0023: scr r0, scratch+0
  0024: scr r2, scratch+520
  0025: strlit r3, rodata+15
  0026: movi r4, 2
  0027: movi r5, 256
  0028: call r2, 256, substr
  0029: mov r1, r2
  0030: strcpy r0, r1, 256
  0031: scr r0, scratch+256
  0032: scr r2, scratch+776
  0033: movi r3, 42
  0034: movi r4, 10
  0035: call r2, 256, lltostr
  0036: mov r1, r2
  0037: strcpy r0, r1, 256
  0038: call r1, 0, rand
  0039: mov r0, r1
  0040: scr r1, scratch+512
  0041: stx r1, r0, 8
  0042: scr r0, scratch+0
  0043: emit r0, rec#1
  0044: ret
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
  rec#0: printf "%s %d %d\n", 272 bytes: string[256] @0, uint64 @256, int32 @264
  rec#1: printf "%s %s %d\n", 520 bytes: string[256] @0, string[256] @256, int32 @512
scratch 1032 bytes, 0 aggregation entries, 1048576-byte buffers
