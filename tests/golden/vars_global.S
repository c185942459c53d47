probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: movi r0, 1
  0006: glob r1, globals+0
  0007: stx r1, r0, 8
  ; action 2
  0008: glob r0, globals+0
  0009: ldx r0, r0, 8
  0010: addi r0, r0, 2
  0011: movi r1, 32
  0012: shl r0, r0, r1
  0013: sar r0, r0, r1
  0014: glob r1, globals+0
  0015: stx r1, r0, 8
  ; action 3
  0016: glob r1, globals+0
  0017: ldx r1, r1, 8
  0018: glob r0, globals+0
  0019: ldx r0, r0, 8
  0020: addi r0, r0, 1
  0021: movi r2, 32
  0022: shl r0, r0, r2
  0023: sar r0, r0, r2
  0024: glob r2, globals+0
  0025: stx r2, r0, 8
  0026: mov r0, r1
  0027: movi r1, 32
  0028: shl r0, r0, r1
  0029: sar r0, r0, r1
  0030: glob r1, globals+8
  0031: stx r1, r0, 8
  ; action 4
  0032: glob r0, globals+16
  0033: strlit r1, rodata+1
  0034: strcpy r0, r1, 256
  ; action 5
  0035: glob r0, globals+0
  0036: ldx r0, r0, 8
  0037: scr r1, scratch+0
  0038: stx r1, r0, 8
  0039: glob r0, globals+8
  0040: ldx r0, r0, 8
  0041: scr r1, scratch+8
  0042: stx r1, r0, 8
  0043: scr r0, scratch+16
  0044: glob r1, globals+16
  0045: strcpy r0, r1, 256
  0046: scr r0, scratch+0
  0047: emit r0, rec#1
  0048: ret
rodata:
  +0: ""
  +1: "a"
  +3: "dtrace"
  +10: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %s\n" (ends the line), 272 bytes: int32 @0, int32 @8, string[256] @16
globals 272 bytes, this-> 0 bytes
scratch 272 bytes, 0 aggregation entries, 1048576-byte buffers
