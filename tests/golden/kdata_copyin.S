probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: scr r1, scratch+16
  0006: ldb r2, arg0
  0007: movi r3, 72
  0008: call r1, 72, copyin
  0009: mov r0, r1
  0010: ldx r0, r0, 4
  0011: movi r1, 32
  0012: shl r0, r0, r1
  0013: sar r0, r0, r1
  0014: scr r1, scratch+0
  0015: stx r1, r0, 8
  0016: scr r1, scratch+88
  0017: ldb r2, arg0
  0018: movi r3, 72
  0019: call r1, 72, copyin
  0020: mov r0, r1
  0021: addi r0, r0, 44
  0022: ldx r0, r0, 2
  0023: movi r1, 48
  0024: shl r0, r0, r1
  0025: sar r0, r0, r1
  0026: scr r1, scratch+8
  0027: stx r1, r0, 8
  0028: scr r0, scratch+0
  0029: emit r0, rec#1
  ; action 2
  0030: scr r1, scratch+8
  0031: ldb r2, arg1
  0032: movi r3, 4
  0033: call r1, 4, copyin
  0034: mov r0, r1
  0035: ldx r0, r0, 4
  0036: movi r1, 32
  0037: shl r0, r0, r1
  0038: sar r0, r0, r1
  0039: scr r1, scratch+0
  0040: stx r1, r0, 8
  0041: scr r0, scratch+0
  0042: emit r0, rec#2
  0043: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d\n", 16 bytes: int32 @0, int16 @8
  rec#2: printf "%d\n" (ends the line), 8 bytes: int32 @0
scratch 160 bytes, 0 aggregation entries, 1048576-byte buffers
