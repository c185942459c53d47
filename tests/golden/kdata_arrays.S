probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+8
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  ; action 2
  0008: scr r0, scratch+0
  0009: ldx r0, r0, 8
  0010: ldk r0, r0, 2, 44
  0011: movi r1, 48
  0012: shl r0, r0, r1
  0013: sar r0, r0, r1
  0014: scr r1, scratch+8
  0015: stx r1, r0, 8
  0016: scr r0, scratch+0
  0017: ldx r0, r0, 8
  0018: ldb r1, arg1
  0019: muli r1, r1, 2
  0020: add r0, r0, r1
  0021: ldk r0, r0, 2, 40
  0022: movi r1, 48
  0023: shl r0, r0, r1
  0024: sar r0, r0, r1
  0025: scr r1, scratch+16
  0026: stx r1, r0, 8
  0027: scr r0, scratch+0
  0028: ldx r0, r0, 8
  0029: ldb r1, arg1
  0030: addi r1, r1, 1
  0031: add r0, r0, r1
  0032: ldk r0, r0, 1, 4
  0033: movi r1, 56
  0034: shl r0, r0, r1
  0035: sar r0, r0, r1
  0036: scr r1, scratch+24
  0037: stx r1, r0, 8
  0038: scr r0, scratch+8
  0039: emit r0, rec#1
  ; action 3
  0040: scr r0, scratch+0
  0041: ldx r0, r0, 8
  0042: ldk r0, r0, 8, 16
  0043: ldk r0, r0, 4, 48
  0044: movi r1, 32
  0045: shl r0, r0, r1
  0046: sar r0, r0, r1
  0047: scr r1, scratch+8
  0048: stx r1, r0, 8
  0049: scr r0, scratch+8
  0050: emit r0, rec#2
  0051: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n", 24 bytes: int16 @0, int16 @8, int8 @16
  rec#2: printf "%d\n" (ends the line), 8 bytes: int32 @0
globals 0 bytes, this-> 8 bytes
scratch 32 bytes, 0 aggregation entries, 1048576-byte buffers
