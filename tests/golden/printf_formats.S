probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: ldb r0, pid
  0003: scr r1, scratch+16
  0004: stx r1, r0, 8
  0005: ldb r0, arg0
  0006: scr r1, scratch+24
  0007: stx r1, r0, 8
  0008: ldb r0, arg1
  0009: scr r1, scratch+32
  0010: stx r1, r0, 8
  0011: ldb r0, arg2
  0012: scr r1, scratch+40
  0013: stx r1, r0, 8
  0014: ldb r0, timestamp
  0015: scr r1, scratch+48
  0016: stx r1, r0, 8
  0017: movi r0, 65
  0018: scr r1, scratch+56
  0019: stx r1, r0, 8
  0020: ldb r0, uid
  0021: scr r1, scratch+64
  0022: stx r1, r0, 8
  0023: ldb r0, cpu
  0024: scr r1, scratch+72
  0025: stx r1, r0, 8
  0026: ldb r0, tid
  0027: scr r1, scratch+80
  0028: stx r1, r0, 8
  0029: scr r0, scratch+88
  0030: ldbs r0, 128, probefunc
  0031: ldb r0, arg3
  0032: scr r1, scratch+216
  0033: stx r1, r0, 8
  0034: ldb r0, arg4
  0035: scr r1, scratch+224
  0036: stx r1, r0, 8
  0037: scr r0, scratch+0
  0038: emit r0, rec#0
  ; action 2
  0039: scr r0, scratch+0
  0040: emit r0, rec#1
  ; action 3
  0041: scr r0, scratch+0
  0042: emit r0, rec#2
  0043: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "%-10s|%5d|%016x|%ld|%lld|%lu|%c|%%|%X|%i|%u|%.3s|%o|%p\n", 232 bytes: string[16] @0, int32 @16, int64 @24, int64 @32, int64 @40, uint64 @48, int32 @56, uint32 @64, int32 @72, int32 @80, string[128] @88, int64 @216, int64 @224
  rec#1: printf "no arguments\n", 0 bytes:
  rec#2: printf "tab\tquote\" backslash\\ bell\x07\n", 0 bytes:
scratch 232 bytes, 0 aggregation entries, 1048576-byte buffers
