probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
probe 1: fbt::synth_func:return (KRETPROBE synth_func), clause 1
probe 2: fbt::synthmod_func:entry (KPROBE synthmod_func), clause 2
probe 3: tick-1s (TICK every 1000000000 ns), clause 3
clause 0 (epid 1): fbt::synth_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, arg0
  0006: ldk r0, r0, 4, 0
  0007: movi r1, 32
  0008: shl r0, r0, r1
  0009: sar r0, r0, r1
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  0012: ldb r0, arg1
  0013: movi r1, 32
  0014: shl r0, r0, r1
  0015: sar r0, r0, r1
  0016: scr r1, scratch+8
  0017: stx r1, r0, 8
  0018: scr r0, scratch+0
  0019: emit r0, rec#1
  ; action 2
  0020: ldb r0, arg0
  0021: tlst r1, r0, dvar#0
  0022: ret
clause 1 (epid 2): fbt::synth_func:return
  ; predicate
  0000: tlld r15, dvar#0
  0001: jz r15, +19 (-> 21)
  ; probe record
  0002: ldb r0, id
  0003: scr r1, scratch+0
  0004: stx r1, r0, 8
  0005: scr r0, scratch+0
  0006: emit r0, rec#2
  ; action 1
  0007: ldb r0, arg1
  0008: scr r1, scratch+0
  0009: stx r1, r0, 8
  0010: mov r0, r15
  0011: ldk r0, r0, 8, 16
  0012: ldk r0, r0, 4, 0
  0013: movi r1, 32
  0014: shl r0, r0, r1
  0015: sar r0, r0, r1
  0016: scr r1, scratch+8
  0017: stx r1, r0, 8
  0018: scr r0, scratch+0
  0019: emit r0, rec#3
  ; action 2
  0020: tldel dvar#0
  0021: ret
clause 2 (epid 3): fbt::synthmod_func:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#4
  ; action 1
  0005: ldb r0, arg0
  0006: ldk r0, r0, 4, 0
  0007: movi r1, 32
  0008: shl r0, r0, r1
  0009: sar r0, r0, r1
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  0012: ldb r0, arg0
  0013: ldk r0, r0, 8, 8
  0014: ldk r0, r0, 4, 0
  0015: movi r1, 32
  0016: shl r0, r0, r1
  0017: sar r0, r0, r1
  0018: scr r1, scratch+8
  0019: stx r1, r0, 8
  0020: scr r0, scratch+0
  0021: emit r0, rec#5
  0022: ret
clause 3 (epid 4): tick-1s
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#6
  ; action 1
  0005: ldb r0, curthread
  0006: ldk r0, r0, 4, 0
  0007: movi r1, 32
  0008: shl r0, r0, r1
  0009: sar r0, r0, r1
  0010: scr r1, scratch+0
  0011: stx r1, r0, 8
  0012: ldb r0, curthread
  0013: ldk r0, r0, 4, 4
  0014: movi r1, 32
  0015: shl r0, r0, r1
  0016: sar r0, r0, r1
  0017: scr r1, scratch+8
  0018: stx r1, r0, 8
  0019: scr r0, scratch+16
  0020: scr r2, scratch+40
  0021: ldb r3, curthread
  0022: addi r3, r3, 8
  0023: movi r4, 16
  0024: call r2, 17, __kcopy
  0025: mov r1, r2
  0026: strcpy r0, r1, 24
  0027: scr r0, scratch+0
  0028: emit r0, rec#7
  0029: ret
rodata:
  +0: ""
  +1: "synth_func"
  +12: "synthmod_func"
  +26: "fbt"
  +30: "vmlinux"
  +38: "entry"
  +44: "return"
  +51: "synthmod"
  +60: "profile"
  +68: "tick-1s"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d\n" (ends the line), 16 bytes: int32 @0, int32 @8
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "%d %d\n" (ends the line), 16 bytes: int64 @0, int32 @8
  rec#4: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#5: printf "%d %d\n" (ends the line), 16 bytes: int32 @0, int32 @8
  rec#6: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#7: printf "%d %d %s\n" (ends the line), 40 bytes: int32 @0, int32 @8, string[24] @16
dynamic variables (1048576 bytes of space):
  dvar#0: key 8 bytes, value 8 bytes
scratch 64 bytes, 0 aggregation entries, 1048576-byte buffers
