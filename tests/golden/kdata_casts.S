probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; predicate
  0000: ldb r0, arg0
  0001: jz r0, +65 (-> 67)
  0002: ldb r0, arg1
  0003: jz r0, +63 (-> 67)
  ; action 1
  0004: ldb r0, arg0
  0005: scr r1, scratch+0
  0006: stx r1, r0, 8
  ; action 2
  0007: scr r0, scratch+0
  0008: ldx r0, r0, 8
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  ; action 3
  0011: scr r0, scratch+0
  0012: ldx r0, r0, 8
  0013: addi r0, r0, 144
  0014: scr r1, scratch+16
  0015: stx r1, r0, 8
  ; action 4
  0016: scr r0, scratch+8
  0017: ldx r0, r0, 8
  0018: ldk r0, r0, 1, 3
  0019: scr r1, scratch+24
  0020: stx r1, r0, 8
  0021: scr r0, scratch+16
  0022: ldx r0, r0, 8
  0023: scr r1, scratch+0
  0024: ldx r1, r1, 8
  0025: sub r0, r0, r1
  0026: movi r1, 72
  0027: div r0, r0, r1
  0028: scr r1, scratch+32
  0029: stx r1, r0, 8
  0030: scr r0, scratch+8
  0031: ldx r0, r0, 8
  0032: addi r0, r0, 5
  0033: ldk r0, r0, 1, 0
  0034: scr r1, scratch+40
  0035: stx r1, r0, 8
  0036: scr r0, scratch+24
  0037: emit r0, rec#0
  ; action 5
  0038: scr r0, scratch+0
  0039: ldx r0, r0, 8
  0040: ldk r0, r0, 2, 42
  0041: movi r1, 48
  0042: shl r0, r0, r1
  0043: sar r0, r0, r1
  0044: movi r1, 48
  0045: shl r0, r0, r1
  0046: sar r0, r0, r1
  0047: scr r1, scratch+24
  0048: stx r1, r0, 8
  0049: scr r0, scratch+0
  0050: ldx r0, r0, 8
  0051: ldk r0, r0, 4, 48
  0052: movi r1, 4
  0053: seq r0, r0, r1
  0054: scr r1, scratch+32
  0055: stx r1, r0, 8
  0056: scr r0, scratch+24
  0057: emit r0, rec#1
  ; action 6
  0058: ldb r0, arg0
  0059: ldk r0, r0, 8, 0
  0060: movi r1, 56
  0061: shl r0, r0, r1
  0062: sar r0, r0, r1
  0063: scr r1, scratch+24
  0064: stx r1, r0, 8
  0065: scr r0, scratch+24
  0066: emit r0, rec#2
  0067: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: uint8 @0, int64 @8, uint8 @16
  rec#1: printf "%d %d\n", 16 bytes: int16 @0, int32 @8
  rec#2: printf "%d\n", 8 bytes: int8 @0
globals 0 bytes, this-> 24 bytes
scratch 48 bytes, 0 aggregation entries, 1048576-byte buffers
