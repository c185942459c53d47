probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  ; action 2
  0003: scr r0, scratch+0
  0004: ldx r0, r0, 8
  0005: ldk r0, r0, 2, 44
  0006: movi r1, 48
  0007: shl r0, r0, r1
  0008: sar r0, r0, r1
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: scr r0, scratch+0
  0012: ldx r0, r0, 8
  0013: ldb r1, arg1
  0014: muli r1, r1, 2
  0015: add r0, r0, r1
  0016: ldk r0, r0, 2, 40
  0017: movi r1, 48
  0018: shl r0, r0, r1
  0019: sar r0, r0, r1
  0020: scr r1, scratch+16
  0021: stx r1, r0, 8
  0022: scr r0, scratch+0
  0023: ldx r0, r0, 8
  0024: ldb r1, arg1
  0025: addi r1, r1, 1
  0026: add r0, r0, r1
  0027: ldk r0, r0, 1, 4
  0028: movi r1, 56
  0029: shl r0, r0, r1
  0030: sar r0, r0, r1
  0031: scr r1, scratch+24
  0032: stx r1, r0, 8
  0033: scr r0, scratch+8
  0034: emit r0, rec#0
  ; action 3
  0035: scr r0, scratch+0
  0036: ldx r0, r0, 8
  0037: ldk r0, r0, 8, 16
  0038: ldk r0, r0, 4, 48
  0039: movi r1, 32
  0040: shl r0, r0, r1
  0041: sar r0, r0, r1
  0042: scr r1, scratch+8
  0043: stx r1, r0, 8
  0044: scr r0, scratch+8
  0045: emit r0, rec#1
  0046: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: int16 @0, int16 @8, int8 @16
  rec#1: printf "%d\n", 8 bytes: int32 @0
globals 0 bytes, this-> 8 bytes
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
