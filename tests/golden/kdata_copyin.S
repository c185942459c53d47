probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: scr r1, scratch+16
  0001: ldb r2, arg0
  0002: movi r3, 72
  0003: call r1, 72, copyin
  0004: mov r0, r1
  0005: ldx r0, r0, 4
  0006: movi r1, 32
  0007: shl r0, r0, r1
  0008: sar r0, r0, r1
  0009: scr r1, scratch+0
  0010: stx r1, r0, 8
  0011: scr r1, scratch+88
  0012: ldb r2, arg0
  0013: movi r3, 72
  0014: call r1, 72, copyin
  0015: mov r0, r1
  0016: addi r0, r0, 44
  0017: ldx r0, r0, 2
  0018: movi r1, 48
  0019: shl r0, r0, r1
  0020: sar r0, r0, r1
  0021: scr r1, scratch+8
  0022: stx r1, r0, 8
  0023: scr r0, scratch+0
  0024: emit r0, rec#0
  ; action 2
  0025: scr r1, scratch+8
  0026: ldb r2, arg1
  0027: movi r3, 4
  0028: call r1, 4, copyin
  0029: mov r0, r1
  0030: ldx r0, r0, 4
  0031: movi r1, 32
  0032: shl r0, r0, r1
  0033: sar r0, r0, r1
  0034: scr r1, scratch+0
  0035: stx r1, r0, 8
  0036: scr r0, scratch+0
  0037: emit r0, rec#1
  0038: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: printf "%d %d\n", 16 bytes: int32 @0, int16 @8
  rec#1: printf "%d\n", 8 bytes: int32 @0
scratch 160 bytes, 0 aggregation entries, 1048576-byte buffers
