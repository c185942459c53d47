probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: ldb r1, arg1
  0007: ldb r2, arg2
  0008: mul r1, r1, r2
  0009: add r0, r0, r1
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  0012: ldb r0, arg0
  0013: movi r1, 2
  0014: shl r0, r0, r1
  0015: movi r1, 1
  0016: sar r0, r0, r1
  0017: scr r1, scratch+8
  0018: stx r1, r0, 8
  0019: ldb r0, arg0
  0020: neg r0, r0
  0021: movi r1, 3
  0022: div r0, r0, r1
  0023: movi r1, 2
  0024: mod r0, r0, r1
  0025: scr r1, scratch+16
  0026: stx r1, r0, 8
  0027: ldb r0, arg1
  0028: not r0, r0
  0029: andi r0, r0, 255
  0030: ldb r1, arg2
  0031: xori r1, r1, 7
  0032: or r0, r0, r1
  0033: scr r1, scratch+24
  0034: stx r1, r0, 8
  0035: scr r0, scratch+0
  0036: emit r0, rec#1
  ; action 2
  0037: ldb r0, arg0
  0038: addi r0, r0, -5
  0039: scr r1, scratch+0
  0040: stx r1, r0, 8
  0041: movi r0, 10
  0042: ldb r1, arg0
  0043: sub r0, r0, r1
  0044: scr r1, scratch+8
  0045: stx r1, r0, 8
  0046: ldb r0, arg0
  0047: ldc r1, const[0]
  0048: mul r0, r0, r1
  0049: scr r1, scratch+16
  0050: stx r1, r0, 8
  0051: scr r0, scratch+0
  0052: emit r0, rec#2
  0053: ret
consts:
  0: 0x123456789
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d\n", 32 bytes: int64 @0, int64 @8, int64 @16, int64 @24
  rec#2: printf "%d %d %d\n" (ends the line), 24 bytes: int64 @0, int64 @8, int64 @16
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
