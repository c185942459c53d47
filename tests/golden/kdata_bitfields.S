probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: ldk r0, r0, 4, 12
  0007: movi r1, 61
  0008: shl r0, r0, r1
  0009: movi r1, 61
  0010: shr r0, r0, r1
  0011: scr r1, scratch+0
  0012: stx r1, r0, 8
  0013: ldb r0, arg0
  0014: ldk r0, r0, 4, 12
  0015: movi r1, 56
  0016: shl r0, r0, r1
  0017: movi r1, 59
  0018: sar r0, r0, r1
  0019: scr r1, scratch+8
  0020: stx r1, r0, 8
  0021: scr r0, scratch+0
  0022: emit r0, rec#1
  0023: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%u %d\n" (ends the line), 16 bytes: uint32 @0, int32 @8
scratch 16 bytes, 0 aggregation entries, 1048576-byte buffers
