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
  0011: jz r0, +8 (-> 20)
  0012: ldb r2, tid
  0013: scr r3, scratch+8
  0014: stx r3, r2, 8
  0015: scr r1, scratch+8
  0016: dvput r1, r1, dvar#0
  0017: jz r1, +7 (-> 25)
  0018: stx r1, r0, 8
  0019: ja +5 (-> 25)
  0020: ldb r2, tid
  0021: scr r3, scratch+8
  0022: stx r3, r2, 8
  0023: scr r1, scratch+8
  0024: dvdel r1, dvar#0
  ; action 3
  0025: ldb r1, tid
  0026: scr r2, scratch+8
  0027: stx r2, r1, 8
  0028: scr r0, scratch+8
  0029: dvget r0, r0, dvar#0
  0030: jz r0, +1 (-> 32)
  0031: ldx r0, r0, 8
  0032: jz r0, +8 (-> 41)
  0033: ldb r2, pid
  0034: scr r3, scratch+8
  0035: stx r3, r2, 8
  0036: scr r1, scratch+8
  0037: dvput r1, r1, dvar#1
  0038: jz r1, +7 (-> 46)
  0039: stx r1, r0, 8
  0040: ja +5 (-> 46)
  0041: ldb r2, pid
  0042: scr r3, scratch+8
  0043: stx r3, r2, 8
  0044: scr r1, scratch+8
  0045: dvdel r1, dvar#1
  ; action 4
  0046: ldb r1, pid
  0047: scr r2, scratch+8
  0048: stx r2, r1, 8
  0049: scr r0, scratch+8
  0050: dvget r0, r0, dvar#1
  0051: jz r0, +1 (-> 53)
  0052: ldx r0, r0, 8
  0053: scr r1, scratch+0
  0054: stx r1, r0, 8
  ; action 5
  0055: glob r0, globals+0
  0056: ldx r0, r0, 8
  0057: ldk r0, r0, 4, 0
  0058: movi r1, 32
  0059: shl r0, r0, r1
  0060: sar r0, r0, r1
  0061: scr r1, scratch+8
  0062: stx r1, r0, 8
  0063: ldb r1, tid
  0064: scr r2, scratch+32
  0065: stx r2, r1, 8
  0066: scr r0, scratch+32
  0067: dvget r0, r0, dvar#0
  0068: jz r0, +1 (-> 70)
  0069: ldx r0, r0, 8
  0070: ldk r0, r0, 4, 0
  0071: movi r1, 32
  0072: shl r0, r0, r1
  0073: sar r0, r0, r1
  0074: scr r1, scratch+16
  0075: stx r1, r0, 8
  0076: scr r0, scratch+0
  0077: ldx r0, r0, 8
  0078: ldk r0, r0, 8, 16
  0079: ldk r0, r0, 4, 0
  0080: movi r1, 32
  0081: shl r0, r0, r1
  0082: sar r0, r0, r1
  0083: scr r1, scratch+24
  0084: stx r1, r0, 8
  0085: scr r0, scratch+8
  0086: emit r0, rec#1
  ; action 6
  0087: ldb r1, pid
  0088: scr r2, scratch+8
  0089: stx r2, r1, 8
  0090: scr r0, scratch+8
  0091: dvget r0, r0, dvar#1
  0092: jz r0, +1 (-> 94)
  0093: ldx r0, r0, 8
  0094: ldk r0, r0, 4, 0
  0095: movi r1, 32
  0096: shl r0, r0, r1
  0097: sar r0, r0, r1
  0098: aggr r0, r0, 1, agg#0
  0099: ret
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
scratch 40 bytes, 16384 aggregation entries, 1048576-byte buffers
