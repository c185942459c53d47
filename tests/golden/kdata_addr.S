probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+16
  0002: stx r1, r0, 8
  0003: scr r0, scratch+16
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  ; action 2
  0008: scr r0, scratch+0
  0009: ldx r0, r0, 8
  0010: addi r0, r0, 13
  0011: scr r1, scratch+8
  0012: stx r1, r0, 8
  ; action 3
  0013: scr r0, scratch+8
  0014: ldx r0, r0, 8
  0015: ldk r0, r0, 1, 0
  0016: scr r1, scratch+16
  0017: stx r1, r0, 8
  0018: scr r0, scratch+8
  0019: ldx r0, r0, 8
  0020: ldk r0, r0, 1, 1
  0021: scr r1, scratch+24
  0022: stx r1, r0, 8
  0023: scr r0, scratch+0
  0024: ldx r0, r0, 8
  0025: addi r0, r0, 46
  0026: scr r1, scratch+32
  0027: stx r1, r0, 8
  0028: scr r0, scratch+16
  0029: emit r0, rec#1
  ; action 4
  0030: scr r0, scratch+0
  0031: ldx r0, r0, 8
  0032: ldk r0, r0, 8, 16
  0033: addi r0, r0, 6
  0034: scr r1, scratch+16
  0035: stx r1, r0, 8
  0036: scr r0, scratch+0
  0037: ldx r0, r0, 8
  0038: scr r1, scratch+24
  0039: stx r1, r0, 8
  0040: scr r0, scratch+16
  0041: emit r0, rec#2
  0042: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d\n", 24 bytes: uint8 @0, uint8 @8, uint64 @16
  rec#2: printf "%d %d\n" (ends the line), 16 bytes: uint64 @0, uint64 @8
globals 0 bytes, this-> 16 bytes
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
