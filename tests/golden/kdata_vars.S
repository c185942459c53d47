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
  0011: jz r0, +4 (-> 16)
  0012: tlput r1, dvar#0
  0013: jz r1, +3 (-> 17)
  0014: stx r1, r0, 8
  0015: ja +1 (-> 17)
  0016: tldel dvar#0
  ; action 3
  0017: tlget r0, dvar#0
  0018: jz r0, +1 (-> 20)
  0019: ldx r0, r0, 8
  0020: jz r0, +8 (-> 29)
  0021: ldb r2, pid
  0022: scr r3, scratch+8
  0023: stx r3, r2, 8
  0024: scr r1, scratch+8
  0025: dvput r1, r1, dvar#1
  0026: jz r1, +7 (-> 34)
  0027: stx r1, r0, 8
  0028: ja +5 (-> 34)
  0029: ldb r2, pid
  0030: scr r3, scratch+8
  0031: stx r3, r2, 8
  0032: scr r1, scratch+8
  0033: dvdel r1, dvar#1
  ; action 4
  0034: ldb r1, pid
  0035: scr r2, scratch+8
  0036: stx r2, r1, 8
  0037: scr r0, scratch+8
  0038: dvget r0, r0, dvar#1
  0039: jz r0, +1 (-> 41)
  0040: ldx r0, r0, 8
  0041: scr r1, scratch+0
  0042: stx r1, r0, 8
  ; action 5
  0043: glob r0, globals+0
  0044: ldx r0, r0, 8
  0045: ldk r0, r0, 4, 0
  0046: movi r1, 32
  0047: shl r0, r0, r1
  0048: sar r0, r0, r1
  0049: scr r1, scratch+8
  0050: stx r1, r0, 8
  0051: tlget r0, dvar#0
  0052: jz r0, +1 (-> 54)
  0053: ldx r0, r0, 8
  0054: ldk r0, r0, 4, 0
  0055: movi r1, 32
  0056: shl r0, r0, r1
  0057: sar r0, r0, r1
  0058: scr r1, scratch+16
  0059: stx r1, r0, 8
  0060: scr r0, scratch+0
  0061: ldx r0, r0, 8
  0062: ldk r0, r0, 8, 16
  0063: ldk r0, r0, 4, 0
  0064: movi r1, 32
  0065: shl r0, r0, r1
  0066: sar r0, r0, r1
  0067: scr r1, scratch+24
  0068: stx r1, r0, 8
  0069: scr r0, scratch+8
  0070: emit r0, rec#1
  ; action 6
  0071: ldb r1, pid
  0072: scr r2, scratch+8
  0073: stx r2, r1, 8
  0074: scr r0, scratch+8
  0075: dvget r0, r0, dvar#1
  0076: jz r0, +1 (-> 78)
  0077: ldx r0, r0, 8
  0078: ldk r0, r0, 4, 0
  0079: movi r1, 32
  0080: shl r0, r0, r1
  0081: sar r0, r0, r1
  0082: aggr r0, r0, 1, agg#0
  0083: ret
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
