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
  0006: ldbs r0, 16, execname
  0007: ldb r0, pid
  0008: scr r1, scratch+16
  0009: stx r1, r0, 8
  0010: ldb r0, arg0
  0011: scr r1, scratch+24
  0012: stx r1, r0, 8
  0013: ldb r0, arg1
  0014: scr r1, scratch+32
  0015: stx r1, r0, 8
  0016: ldb r0, arg2
  0017: scr r1, scratch+40
  0018: stx r1, r0, 8
  0019: ldb r0, timestamp
  0020: scr r1, scratch+48
  0021: stx r1, r0, 8
  0022: movi r0, 65
  0023: scr r1, scratch+56
  0024: stx r1, r0, 8
  0025: ldb r0, uid
  0026: scr r1, scratch+64
  0027: stx r1, r0, 8
  0028: ldb r0, cpu
  0029: scr r1, scratch+72
  0030: stx r1, r0, 8
  0031: ldb r0, tid
  0032: scr r1, scratch+80
  0033: stx r1, r0, 8
  0034: scr r0, scratch+88
  0035: ldbs r0, 128, probefunc
  0036: ldb r0, arg3
  0037: scr r1, scratch+216
  0038: stx r1, r0, 8
  0039: ldb r0, arg4
  0040: scr r1, scratch+224
  0041: stx r1, r0, 8
  0042: scr r0, scratch+0
  0043: emit r0, rec#1
  ; action 2
  0044: scr r0, scratch+0
  0045: emit r0, rec#2
  ; action 3
  0046: scr r0, scratch+0
  0047: emit r0, rec#3
  0048: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%-10s|%5d|%016x|%ld|%lld|%lu|%c|%%|%X|%i|%u|%.3s|%o|%p\n", 232 bytes: string[16] @0, int32 @16, int64 @24, int64 @32, int64 @40, uint64 @48, int32 @56, uint32 @64, int32 @72, int32 @80, string[128] @88, int64 @216, int64 @224
  rec#2: printf "no arguments\n", 0 bytes:
  rec#3: printf "tab\tquote\" backslash\\ bell\x07\n" (ends the line), 0 bytes:
scratch 232 bytes, 0 aggregation entries, 1048576-byte buffers
