probe 0: fbt::synth_func:entry (KPROBE synth_func), clauses 0-1
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
  0010: ldk r0, r0, 4, 0
  0011: movi r1, 32
  0012: shl r0, r0, r1
  0013: sar r0, r0, r1
  0014: scr r1, scratch+8
  0015: stx r1, r0, 8
  0016: scr r0, scratch+0
  0017: ldx r0, r0, 8
  0018: ldk r0, r0, 8, 16
  0019: ldk r0, r0, 4, 0
  0020: movi r1, 32
  0021: shl r0, r0, r1
  0022: sar r0, r0, r1
  0023: scr r1, scratch+16
  0024: stx r1, r0, 8
  0025: scr r0, scratch+0
  0026: ldx r0, r0, 8
  0027: ldk r0, r0, 8, 64
  0028: ldk r0, r0, 8, 64
  0029: ldk r0, r0, 1, 13
  0030: scr r1, scratch+24
  0031: stx r1, r0, 8
  0032: scr r0, scratch+0
  0033: ldx r0, r0, 8
  0034: ldk r0, r0, 4, 24
  0035: movi r1, 32
  0036: shl r0, r0, r1
  0037: sar r0, r0, r1
  0038: scr r1, scratch+32
  0039: stx r1, r0, 8
  0040: scr r0, scratch+8
  0041: emit r0, rec#1
  ; action 3
  0042: scr r0, scratch+8
  0043: scr r2, scratch+280
  0044: scr r3, scratch+0
  0045: ldx r3, r3, 8
  0046: addi r3, r3, 4
  0047: movi r4, 8
  0048: call r2, 9, __kcopy
  0049: mov r1, r2
  0050: strcpy r0, r1, 16
  0051: scr r0, scratch+24
  0052: scr r2, scratch+296
  0053: scr r3, scratch+0
  0054: ldx r3, r3, 8
  0055: ldk r3, r3, 8, 32
  0056: call r2, 256, stringof
  0057: mov r1, r2
  0058: strcpy r0, r1, 256
  0059: scr r0, scratch+8
  0060: emit r0, rec#2
  ; action 4
  0061: scr r0, scratch+8
  0062: scr r2, scratch+264
  0063: scr r3, scratch+0
  0064: ldx r3, r3, 8
  0065: ldk r3, r3, 8, 32
  0066: call r2, 256, stringof
  0067: mov r1, r2
  0068: strcpy r0, r1, 256
  0069: scr r0, scratch+8
  0070: emit r0, rec#3
  0071: ret
clause 1 (epid 2): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+8
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: emit r0, rec#4
  ; action 1
  0005: scr r0, scratch+8
  0006: scr r2, scratch+24
  0007: ldb r3, arg0
  0008: addi r3, r3, 4
  0009: movi r4, 8
  0010: call r2, 9, __kcopy
  0011: mov r1, r2
  0012: strcpy r0, r1, 16
  0013: scr r0, scratch+8
  0014: emit r0, rec#5
  ; action 2
  0015: scr r0, scratch+8
  0016: scr r2, scratch+40
  0017: ldb r3, curthread
  0018: addi r3, r3, 8
  0019: movi r4, 16
  0020: call r2, 17, __kcopy
  0021: mov r1, r2
  0022: strcpy r0, r1, 24
  0023: ldb r0, arg0
  0024: ldk r0, r0, 8, 32
  0025: scr r1, scratch+32
  0026: stx r1, r0, 8
  0027: scr r0, scratch+8
  0028: agg r0, r0, agg#0
  0029: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
aggregations:
  agg#0: @ = count(), key 32 bytes: string[24] @0, uint64 @24
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d\n", 32 bytes: int32 @0, int32 @8, uint8 @16, int32 @24
  rec#2: printf "%s %s\n", 272 bytes: string[16] @0, string[256] @16
  rec#3: printf "%s\n" (ends the line), 256 bytes: string[256] @0
  rec#4: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#5: trace (ends the line), 16 bytes: string[16] @0
globals 0 bytes, this-> 8 bytes
scratch 552 bytes, 16384 aggregation entries, 1048576-byte buffers
