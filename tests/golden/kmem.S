probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: scr r0, scratch+0
  0001: scr r2, scratch+768
  0002: movi r3, -2130706432
  0003: call r2, 256, stringof
  0004: mov r1, r2
  0005: strcpy r0, r1, 256
  0006: scr r0, scratch+256
  0007: scr r2, scratch+1024
  0008: movi r3, 4194304
  0009: movi r4, 256
  0010: call r2, 256, copyinstr
  0011: mov r1, r2
  0012: strcpy r0, r1, 256
  0013: scr r0, scratch+512
  0014: scr r2, scratch+1280
  0015: movi r3, 4194304
  0016: movi r4, 16
  0017: call r2, 256, copyinstr
  0018: mov r1, r2
  0019: strcpy r0, r1, 256
  0020: scr r0, scratch+0
  0021: emit r0, rec#0
  ; action 2
  0022: scr r1, scratch+8
  0023: movi r2, 4194304
  0024: movi r3, 12
  0025: call r1, 12, copyin
  0026: mov r0, r1
  0027: scr r1, scratch+0
  0028: stx r1, r0, 8
  0029: scr r0, scratch+0
  0030: emit r0, rec#1
  ; action 3
  0031: scr r1, scratch+8
  0032: ldb r2, arg1
  0033: ldb r3, arg2
  0034: call r1, 256, copyin
  0035: mov r0, r1
  0036: scr r1, scratch+0
  0037: stx r1, r0, 8
  0038: scr r0, scratch+0
  0039: emit r0, rec#2
  0040: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%s %s %s\n", 768 bytes: string[256] @0, string[256] @256, string[256] @512
  rec#1: trace, 8 bytes: uint64 @0
  rec#2: trace (ends the line), 8 bytes: uint64 @0
scratch 1536 bytes, 0 aggregation entries, 1048576-byte buffers
