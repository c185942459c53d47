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
  0006: glob r1, globals+0
  0007: stx r1, r0, 8
  ; action 2
  0008: glob r0, globals+0
  0009: ldx r0, r0, 8
  0010: ldk r0, r0, 8, 64
  0011: tlst r1, r0, dvar#0
  ; action 3
  0012: tlld r0, dvar#0
  0013: jz r0, +8 (-> 22)
  0014: ldb r2, pid
  0015: scr r3, scratch+8
  0016: stx r3, r2, 8
  0017: scr r1, scratch+8
  0018: dvput r1, r1, dvar#1
  0019: jz r1, +7 (-> 27)
  0020: stx r1, r0, 8
  0021: ja +5 (-> 27)
  0022: ldb r2, pid
  0023: scr r3, scratch+8
  0024: stx r3, r2, 8
  0025: scr r1, scratch+8
  0026: dvdel r1, dvar#1
  ; action 4
  0027: ldb r1, pid
  0028: scr r2, scratch+8
  0029: stx r2, r1, 8
  0030: scr r0, scratch+8
  0031: dvget r0, r0, dvar#1
  0032: jz r0, +1 (-> 34)
  0033: ldx r0, r0, 8
  0034: scr r1, scratch+0
  0035: stx r1, r0, 8
  ; action 5
  0036: glob r0, globals+0
  0037: ldx r0, r0, 8
  0038: ldk r0, r0, 4, 0
  0039: movi r1, 32
  0040: shl r0, r0, r1
  0041: sar r0, r0, r1
  0042: scr r1, scratch+8
  0043: stx r1, r0, 8
  0044: tlld r0, dvar#0
  0045: ldk r0, r0, 4, 0
  0046: movi r1, 32
  0047: shl r0, r0, r1
  0048: sar r0, r0, r1
  0049: scr r1, scratch+16
  0050: stx r1, r0, 8
  0051: scr r0, scratch+0
  0052: ldx r0, r0, 8
  0053: ldk r0, r0, 8, 16
  0054: ldk r0, r0, 4, 0
  0055: movi r1, 32
  0056: shl r0, r0, r1
  0057: sar r0, r0, r1
  0058: scr r1, scratch+24
  0059: stx r1, r0, 8
  0060: scr r0, scratch+8
  0061: emit r0, rec#1
  ; action 6
  0062: ldb r1, pid
  0063: scr r2, scratch+8
  0064: stx r2, r1, 8
  0065: scr r0, scratch+8
  0066: dvget r0, r0, dvar#1
  0067: jz r0, +1 (-> 69)
  0068: ldx r0, r0, 8
  0069: ldk r0, r0, 4, 0
  0070: movi r1, 32
  0071: shl r0, r0, r1
  0072: sar r0, r0, r1
  0073: aggr r0, r0, 1, agg#0
  0074: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
aggregations:
  agg#0: @c = count(), key 8 bytes: int32 @0
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n" (ends the line), 24 bytes: int32 @0, int32 @8, int32 @16
dynamic variables (1048576 bytes of space):
  dvar#0: key 8 bytes, value 8 bytes
  dvar#1: key 8 bytes, value 8 bytes
globals 8 bytes, this-> 8 bytes
scratch 32 bytes, 16384 aggregation entries, 1048576-byte buffers
