probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: ldb r0, arg0
  0001: ldb r1, arg1
  0002: ldb r2, arg2
  0003: mul r1, r1, r2
  0004: add r0, r0, r1
  0005: scr r1, scratch+0
  0006: stx r1, r0, 8
  0007: ldb r0, arg0
  0008: movi r1, 2
  0009: shl r0, r0, r1
  0010: movi r1, 1
  0011: sar r0, r0, r1
  0012: scr r1, scratch+8
  0013: stx r1, r0, 8
  0014: ldb r0, arg0
  0015: neg r0, r0
  0016: movi r1, 3
  0017: div r0, r0, r1
  0018: movi r1, 2
  0019: mod r0, r0, r1
  0020: scr r1, scratch+16
  0021: stx r1, r0, 8
  0022: ldb r0, arg1
  0023: not r0, r0
  0024: andi r0, r0, 255
  0025: ldb r1, arg2
  0026: xori r1, r1, 7
  0027: or r0, r0, r1
  0028: scr r1, scratch+24
  0029: stx r1, r0, 8
  0030: scr r0, scratch+0
  0031: emit r0, rec#0
  ; action 2
  0032: ldb r0, arg0
  0033: addi r0, r0, -5
  0034: scr r1, scratch+0
  0035: stx r1, r0, 8
  0036: movi r0, 10
  0037: ldb r1, arg0
  0038: sub r0, r0, r1
  0039: scr r1, scratch+8
  0040: stx r1, r0, 8
  0041: ldb r0, arg0
  0042: ldc r1, const[0]
  0043: mul r0, r0, r1
  0044: scr r1, scratch+16
  0045: stx r1, r0, 8
  0046: scr r0, scratch+0
  0047: emit r0, rec#1
  0048: ret
consts:
  0: 0x123456789
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%d %d %d %d\n", 32 bytes: int64 @0, int64 @8, int64 @16, int64 @24
  rec#1: printf "%d %d %d\n", 24 bytes: int64 @0, int64 @8, int64 @16
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
