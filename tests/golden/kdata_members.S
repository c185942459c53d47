probe 0: fbt::synth_func:entry (KPROBE synth_func), clauses 0-1
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  ; action 2
  0003: scr r0, scratch+0
  0004: ldx r0, r0, 8
  0005: ldk r0, r0, 4, 0
  0006: movi r1, 32
  0007: shl r0, r0, r1
  0008: sar r0, r0, r1
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: scr r0, scratch+0
  0012: ldx r0, r0, 8
  0013: ldk r0, r0, 8, 16
  0014: ldk r0, r0, 4, 0
  0015: movi r1, 32
  0016: shl r0, r0, r1
  0017: sar r0, r0, r1
  0018: scr r1, scratch+16
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: ldx r0, r0, 8
  0022: ldk r0, r0, 8, 64
  0023: ldk r0, r0, 8, 64
  0024: ldk r0, r0, 1, 13
  0025: scr r1, scratch+24
  0026: stx r1, r0, 8
  0027: scr r0, scratch+0
  0028: ldx r0, r0, 8
  0029: ldk r0, r0, 4, 24
  0030: movi r1, 32
  0031: shl r0, r0, r1
  0032: sar r0, r0, r1
  0033: scr r1, scratch+32
  0034: stx r1, r0, 8
  0035: scr r0, scratch+8
  0036: emit r0, rec#0
  ; action 3
  0037: scr r0, scratch+8
  0038: scr r2, scratch+280
  0039: scr r3, scratch+0
  0040: ldx r3, r3, 8
  0041: addi r3, r3, 4
  0042: movi r4, 8
  0043: call r2, 9, __kcopy
  0044: mov r1, r2
  0045: strcpy r0, r1, 16
  0046: scr r0, scratch+24
  0047: scr r2, scratch+296
  0048: scr r3, scratch+0
  0049: ldx r3, r3, 8
  0050: ldk r3, r3, 8, 32
  0051: call r2, 256, stringof
  0052: mov r1, r2
  0053: strcpy r0, r1, 256
  0054: scr r0, scratch+8
  0055: emit r0, rec#1
  ; action 4
  0056: scr r0, scratch+8
  0057: scr r2, scratch+264
  0058: scr r3, scratch+0
  0059: ldx r3, r3, 8
  0060: ldk r3, r3, 8, 32
  0061: call r2, 256, stringof
  0062: mov r1, r2
  0063: strcpy r0, r1, 256
  0064: scr r0, scratch+8
  0065: emit r0, rec#2
  0066: ret
clause 1 (epid 2): fbt::synth_func:entry
  ; action 1
  0000: scr r0, scratch+8
  0001: scr r2, scratch+24
  0002: ldb r3, arg0
  0003: addi r3, r3, 4
  0004: movi r4, 8
  0005: call r2, 9, __kcopy
  0006: mov r1, r2
  0007: strcpy r0, r1, 16
  0008: scr r0, scratch+8
  0009: emit r0, rec#3
  ; action 2
  0010: scr r0, scratch+8
  0011: scr r2, scratch+40
  0012: ldb r3, curthread
  0013: addi r3, r3, 8
  0014: movi r4, 16
  0015: call r2, 17, __kcopy
  0016: mov r1, r2
  0017: strcpy r0, r1, 24
  0018: ldb r0, arg0
  0019: ldk r0, r0, 8, 32
  0020: scr r1, scratch+32
  0021: stx r1, r0, 8
  0022: movi r0, 1
  0023: scr r1, scratch+8
  0024: agg r0, r1, agg#0
  0025: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
aggregations:
  agg#0: @ = count(), key 32 bytes: string[24] @0, uint64 @24
records:
  rec#0: printf "%d %d %d %d\n", 32 bytes: int32 @0, int32 @8, uint8 @16, int32 @24
  rec#1: printf "%s %s\n", 272 bytes: string[16] @0, string[256] @16
  rec#2: printf "%s\n", 256 bytes: string[256] @0
  rec#3: trace (ends the line), 16 bytes: string[16] @0
globals 0 bytes, this-> 8 bytes
scratch 552 bytes, 16384 aggregation entries, 1048576-byte buffers
