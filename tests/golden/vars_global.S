probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: movi r0, 1
  0001: glob r1, globals+0
  0002: stx r1, r0, 8
  ; action 2
  0003: glob r0, globals+0
  0004: ldx r0, r0, 8
  0005: addi r0, r0, 2
  0006: movi r1, 32
  0007: shl r0, r0, r1
  0008: sar r0, r0, r1
  0009: glob r1, globals+0
  0010: stx r1, r0, 8
  ; action 3
  0011: glob r1, globals+0
  0012: ldx r1, r1, 8
  0013: glob r0, globals+0
  0014: ldx r0, r0, 8
  0015: addi r0, r0, 1
  0016: movi r2, 32
  0017: shl r0, r0, r2
  0018: sar r0, r0, r2
  0019: glob r2, globals+0
  0020: stx r2, r0, 8
  0021: mov r0, r1
  0022: movi r1, 32
  0023: shl r0, r0, r1
  0024: sar r0, r0, r1
  0025: glob r1, globals+8
  0026: stx r1, r0, 8
  ; action 4
  0027: glob r0, globals+16
  0028: strlit r1, rodata+1
  0029: strcpy r0, r1, 256
  ; action 5
  0030: glob r0, globals+0
  0031: ldx r0, r0, 8
  0032: scr r1, scratch+0
  0033: stx r1, r0, 8
  0034: glob r0, globals+8
  0035: ldx r0, r0, 8
  0036: scr r1, scratch+8
  0037: stx r1, r0, 8
  0038: scr r0, scratch+16
  0039: glob r1, globals+16
  0040: strcpy r0, r1, 256
  0041: scr r0, scratch+0
  0042: emit r0, rec#0
  0043: ret
rodata:
  +0: ""
  +1: "a"
  +3: "dtrace"
  +10: "BEGIN"
records:
  rec#0: printf "%d %d %s\n", 272 bytes: int32 @0, int32 @8, string[256] @16
globals 272 bytes, this-> 0 bytes
scratch 272 bytes, 0 aggregation entries, 1048576-byte buffers
