probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: ldk r0, r0, 4, 12
  0002: movi r1, 61
  0003: shl r0, r0, r1
  0004: movi r1, 61
  0005: shr r0, r0, r1
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldb r0, arg0
  0009: ldk r0, r0, 4, 12
  0010: movi r1, 56
  0011: shl r0, r0, r1
  0012: movi r1, 59
  0013: sar r0, r0, r1
  0014: scr r1, scratch+8
  0015: stx r1, r0, 8
  0016: scr r0, scratch+0
  0017: emit r0, rec#0
  0018: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: printf "%u %d\n", 16 bytes: uint32 @0, int32 @8
scratch 16 bytes, 0 aggregation entries, 1048576-byte buffers
