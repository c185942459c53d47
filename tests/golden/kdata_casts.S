probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; predicate
  0000: ldb r0, arg0
  0001: jz r0, +70 (-> 72)
  0002: ldb r0, arg1
  0003: jz r0, +68 (-> 72)
  ; probe record
  0004: ldb r0, id
  0005: scr r1, scratch+24
  0006: stx r1, r0, 8
  0007: scr r0, scratch+24
  0008: emit r0, rec#0
  ; action 1
  0009: ldb r0, arg0
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  ; action 2
  0012: scr r0, scratch+0
  0013: ldx r0, r0, 8
  0014: scr r1, scratch+8
  0015: stx r1, r0, 8
  ; action 3
  0016: scr r0, scratch+0
  0017: ldx r0, r0, 8
  0018: addi r0, r0, 144
  0019: scr r1, scratch+16
  0020: stx r1, r0, 8
  ; action 4
  0021: scr r0, scratch+8
  0022: ldx r0, r0, 8
  0023: ldk r0, r0, 1, 3
  0024: scr r1, scratch+24
  0025: stx r1, r0, 8
  0026: scr r0, scratch+16
  0027: ldx r0, r0, 8
  0028: scr r1, scratch+0
  0029: ldx r1, r1, 8
  0030: sub r0, r0, r1
  0031: movi r1, 72
  0032: div r0, r0, r1
  0033: scr r1, scratch+32
  0034: stx r1, r0, 8
  0035: scr r0, scratch+8
  0036: ldx r0, r0, 8
  0037: addi r0, r0, 5
  0038: ldk r0, r0, 1, 0
  0039: scr r1, scratch+40
  0040: stx r1, r0, 8
  0041: scr r0, scratch+24
  0042: emit r0, rec#1
  ; action 5
  0043: scr r0, scratch+0
  0044: ldx r0, r0, 8
  0045: ldk r0, r0, 2, 42
  0046: movi r1, 48
  0047: shl r0, r0, r1
  0048: sar r0, r0, r1
  0049: movi r1, 48
  0050: shl r0, r0, r1
  0051: sar r0, r0, r1
  0052: scr r1, scratch+24
  0053: stx r1, r0, 8
  0054: scr r0, scratch+0
  0055: ldx r0, r0, 8
  0056: ldk r0, r0, 4, 48
  0057: movi r1, 4
  0058: seq r0, r0, r1
  0059: scr r1, scratch+32
  0060: stx r1, r0, 8
  0061: scr r0, scratch+24
  0062: emit r0, rec#2
  ; action 6
  0063: ldb r0, arg0
  0064: ldk r0, r0, 8, 0
  0065: movi r1, 56
  0066: shl r0, r0, r1
  0067: sar r0, r0, r1
  0068: scr r1, scratch+24
  0069: stx r1, r0, 8
  0070: scr r0, scratch+24
  0071: emit r0, rec#3
  0072: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n", 24 bytes: uint8 @0, int64 @8, uint8 @16
  rec#2: printf "%d %d\n", 16 bytes: int16 @0, int32 @8
  rec#3: printf "%d\n" (ends the line), 8 bytes: int8 @0
globals 0 bytes, this-> 24 bytes
scratch 48 bytes, 0 aggregation entries, 1048576-byte buffers
