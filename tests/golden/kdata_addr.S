probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  ; action 2
  0003: scr r0, scratch+0
  0004: ldx r0, r0, 8
  0005: addi r0, r0, 13
  0006: scr r1, scratch+8
  0007: stx r1, r0, 8
  ; action 3
  0008: scr r0, scratch+8
  0009: ldx r0, r0, 8
  0010: ldk r0, r0, 1, 0
  0011: scr r1, scratch+16
  0012: stx r1, r0, 8
  0013: scr r0, scratch+8
  0014: ldx r0, r0, 8
  0015: ldk r0, r0, 1, 1
  0016: scr r1, scratch+24
  0017: stx r1, r0, 8
  0018: scr r0, scratch+0
  0019: ldx r0, r0, 8
  0020: addi r0, r0, 46
  0021: scr r1, scratch+32
  0022: stx r1, r0, 8
  0023: scr r0, scratch+16
  0024: emit r0, rec#0
  ; action 4
  0025: scr r0, scratch+0
  0026: ldx r0, r0, 8
  0027: ldk r0, r0, 8, 16
  0028: addi r0, r0, 6
  0029: scr r1, scratch+16
  0030: stx r1, r0, 8
  0031: scr r0, scratch+0
  0032: ldx r0, r0, 8
  0033: scr r1, scratch+24
  0034: stx r1, r0, 8
  0035: scr r0, scratch+16
  0036: emit r0, rec#1
  0037: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "fbt"
  +16: "vmlinux"
  +24: "entry"
records:
  rec#0: printf "%d %d %d\n", 24 bytes: uint8 @0, uint8 @8, uint64 @16
  rec#1: printf "%d %d\n", 16 bytes: uint64 @0, uint64 @8
globals 0 bytes, this-> 16 bytes
scratch 40 bytes, 0 aggregation entries, 1048576-byte buffers
