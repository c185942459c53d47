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
  0006: scr r2, scratch+768
  0007: movi r3, -2130706432
  0008: call r2, 256, stringof
  0009: mov r1, r2
  0010: strcpy r0, r1, 256
  0011: scr r0, scratch+256
  0012: scr r2, scratch+1024
  0013: movi r3, 4194304
  0014: movi r4, 256
  0015: call r2, 256, copyinstr
  0016: mov r1, r2
  0017: strcpy r0, r1, 256
  0018: scr r0, scratch+512
  0019: scr r2, scratch+1280
  0020: movi r3, 4194304
  0021: movi r4, 16
  0022: call r2, 256, copyinstr
  0023: mov r1, r2
  0024: strcpy r0, r1, 256
  0025: scr r0, scratch+0
  0026: emit r0, rec#1
  ; action 2
  0027: scr r1, scratch+8
  0028: movi r2, 4194304
  0029: movi r3, 12
  0030: call r1, 12, copyin
  0031: mov r0, r1
  0032: scr r1, scratch+0
  0033: stx r1, r0, 8
  0034: scr r0, scratch+0
  0035: emit r0, rec#2
  ; action 3
  0036: scr r1, scratch+8
  0037: ldb r2, arg1
  0038: ldb r3, arg2
  0039: call r1, 256, copyin
  0040: mov r0, r1
  0041: scr r1, scratch+0
  0042: stx r1, r0, 8
  0043: scr r0, scratch+0
  0044: emit r0, rec#3
  0045: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%s %s %s\n", 768 bytes: string[256] @0, string[256] @256, string[256] @512
  rec#2: trace, 8 bytes: uint64 @0
  rec#3: trace (ends the line), 8 bytes: uint64 @0
scratch 1536 bytes, 0 aggregation entries, 1048576-byte buffers
