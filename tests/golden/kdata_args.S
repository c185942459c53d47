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
  0021: jz r0, +4 (-> 26)
  0022: tlput r1, dvar#0
  0023: jz r1, +3 (-> 27)
  0024: stx r1, r0, 8
  0025: ret
  0026: tldel dvar#0
  0027: ret
clause 1 (epid 2): fbt::synth_func:return
  ; predicate
  0000: tlget r15, dvar#0
  0001: mov r0, r15
  0002: jz r0, +1 (-> 4)
  0003: ldx r0, r0, 8
  0004: jz r0, +21 (-> 26)
  ; probe record
  0005: ldb r0, id
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#2
  ; action 1
  0010: ldb r0, arg1
  0011: scr r1, scratch+0
  0012: stx r1, r0, 8
  0013: mov r0, r15
  0014: jz r0, +1 (-> 16)
  0015: ldx r0, r0, 8
  0016: ldk r0, r0, 8, 16
  0017: ldk r0, r0, 4, 0
  0018: movi r1, 32
  0019: shl r0, r0, r1
  0020: sar r0, r0, r1
  0021: scr r1, scratch+8
  0022: stx r1, r0, 8
  0023: scr r0, scratch+0
  0024: emit r0, rec#3
  ; action 2
  0025: tldel dvar#0
  0026: ret
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
