probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: glob r1, globals+0
  0002: stx r1, r0, 8
  ; action 2
  0003: glob r0, globals+0
  0004: ldx r0, r0, 8
  0005: ldk r0, r0, 8, 64
  0006: jz r0, +8 (-> 15)
  0007: ldb r2, tid
  0008: scr r3, scratch+8
  0009: stx r3, r2, 8
  0010: scr r1, scratch+8
  0011: dvput r1, r1, dvar#0
  0012: jz r1, +7 (-> 20)
  0013: stx r1, r0, 8
  0014: ja +5 (-> 20)
  0015: ldb r2, tid
  0016: scr r3, scratch+8
  0017: stx r3, r2, 8
  0018: scr r1, scratch+8
  0019: dvdel r1, dvar#0
  ; action 3
  0020: ldb r1, tid
  0021: scr r2, scratch+8
  0022: stx r2, r1, 8
  0023: scr r0, scratch+8
  0024: dvget r0, r0, dvar#0
  0025: jz r0, +1 (-> 27)
  0026: ldx r0, r0, 8
  0027: jz r0, +8 (-> 36)
  0028: ldb r2, pid
  0029: scr r3, scratch+8
  0030: stx r3, r2, 8
  0031: scr r1, scratch+8
  0032: dvput r1, r1, dvar#1
  0033: jz r1, +7 (-> 41)
  0034: stx r1, r0, 8
  0035: ja +5 (-> 41)
  0036: ldb r2, pid
  0037: scr r3, scratch+8
  0038: stx r3, r2, 8
  0039: scr r1, scratch+8
  0040: dvdel r1, dvar#1
  ; action 4
  0041: ldb r1, pid
  0042: scr r2, scratch+8
  0043: stx r2, r1, 8
  0044: scr r0, scratch+8
  0045: dvget r0, r0, dvar#1
  0046: jz r0, +1 (-> 48)
  0047: ldx r0, r0, 8
  0048: scr r1, scratch+0
  0049: stx r1, r0, 8
  ; action 5
  0050: glob r0, globals+0
  0051: ldx r0, r0, 8
  0052: ldk r0, r0, 4, 0
  0053: movi r1, 32
  0054: shl r0, r0, r1
  0055: sar r0, r0, r1
  0056: scr r1, scratch+8
  0057: stx r1, r0, 8
  0058: ldb r1, tid
  0059: scr r2, scratch+32
  0060: stx r2, r1, 8
  0061: scr r0, scratch+32
  0062: dvget r0, r0, dvar#0
  0063: jz r0, +1 (-> 65)
  0064: ldx r0, r0, 8
  0065: ldk r0, r0, 4, 0
  0066: movi r1, 32
  0067: shl r0, r0, r1
  0068: sar r0, r0, r1
  0069: scr r1, scratch+16
  0070: stx r1, r0, 8
  0071: scr r0, scratch+0
  0072: ldx r0, r0, 8
  0073: ldk r0, r0, 8, 16
  0074: ldk r0, r0, 4, 0
  0075: movi r1, 32
  0076: shl r0, r0, r1
  0077: sar r0, r0, r1
  0078: scr r1, scratch+24
  0079: stx r1, r0, 8
  0080: scr r0, scratch+8
  0081: emit r0, rec#0
  ; action 6
  0082: ldb r1, pid
  0083: scr r2, scratch+16
  0084: stx r2, r1, 8
  0085: scr r0, scratch+16
  0086: dvget r0, r0, dvar#1
  0087: jz r0, +1 (-> 89)
  0088: ldx r0, r0, 8
  0089: ldk r0, r0, 4, 0
  0090: movi r1, 32
  0091: shl r0, r0, r1
  0092: sar r0, r0, r1
  0093: scr r1, scratch+8
  0094: stx r1, r0, 8
  0095: movi r0, 1
  0096: scr r1, scratch+8
  0097: agg r0, r1, agg#0
  0098: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
aggregations:
  agg#0: @c = count(), key 8 bytes: int32 @0
records:
  rec#0: printf "%d %d %d\n", 24 bytes: int32 @0, int32 @8, int32 @16
dynamic variables (1048576 bytes of space):
  dvar#0: key 8 bytes, value 8 bytes
  dvar#1: key 8 bytes, value 8 bytes
globals 8 bytes, this-> 8 bytes
scratch 40 bytes, 16384 aggregation entries, 1048576-byte buffers
