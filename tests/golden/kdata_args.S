probe 0: fbt::synth_func:entry (KPROBE synth_func), clause 0
probe 1: fbt::synth_func:return (KRETPROBE synth_func), clause 1
probe 2: fbt::synthmod_func:entry (KPROBE synthmod_func), clause 2
probe 3: tick-1s (TICK every 1000000000 ns), clause 3
clause 0 (epid 1): fbt::synth_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: ldk r0, r0, 4, 0
  0002: movi r1, 32
  0003: shl r0, r0, r1
  0004: sar r0, r0, r1
  0005: scr r1, scratch+0
  0006: stx r1, r0, 8
  0007: ldb r0, arg1
  0008: movi r1, 32
  0009: shl r0, r0, r1
  0010: sar r0, r0, r1
  0011: scr r1, scratch+8
  0012: stx r1, r0, 8
  0013: scr r0, scratch+0
  0014: emit r0, rec#0
  ; action 2
  0015: ldb r0, arg0
  0016: jz r0, +8 (-> 25)
  0017: ldb r2, tid
  0018: scr r3, scratch+0
  0019: stx r3, r2, 8
  0020: scr r1, scratch+0
  0021: dvput r1, r1, dvar#0
  0022: jz r1, +7 (-> 30)
  0023: stx r1, r0, 8
  0024: ja +5 (-> 30)
  0025: ldb r2, tid
  0026: scr r3, scratch+0
  0027: stx r3, r2, 8
  0028: scr r1, scratch+0
  0029: dvdel r1, dvar#0
  0030: ret
clause 1 (epid 2): fbt::synth_func:return
  ; predicate
  0000: ldb r1, tid
  0001: scr r2, scratch+0
  0002: stx r2, r1, 8
  0003: scr r0, scratch+0
  0004: dvget r0, r0, dvar#0
  0005: jz r0, +1 (-> 7)
  0006: ldx r0, r0, 8
  0007: jz r0, +25 (-> 33)
  ; action 1
  0008: ldb r0, arg1
  0009: scr r1, scratch+0
  0010: stx r1, r0, 8
  0011: ldb r1, tid
  0012: scr r2, scratch+16
  0013: stx r2, r1, 8
  0014: scr r0, scratch+16
  0015: dvget r0, r0, dvar#0
  0016: jz r0, +1 (-> 18)
  0017: ldx r0, r0, 8
  0018: ldk r0, r0, 8, 16
  0019: ldk r0, r0, 4, 0
  0020: movi r1, 32
  0021: shl r0, r0, r1
  0022: sar r0, r0, r1
  0023: scr r1, scratch+8
  0024: stx r1, r0, 8
  0025: scr r0, scratch+0
  0026: emit r0, rec#1
  ; action 2
  0027: movi r0, 0
  0028: ldb r2, tid
  0029: scr r3, scratch+0
  0030: stx r3, r2, 8
  0031: scr r1, scratch+0
  0032: dvdel r1, dvar#0
  0033: ret
clause 2 (epid 3): fbt::synthmod_func:entry
  ; action 1
  0000: ldb r0, arg0
  0001: ldk r0, r0, 4, 0
  0002: movi r1, 32
  0003: shl r0, r0, r1
  0004: sar r0, r0, r1
  0005: scr r1, scratch+0
  0006: stx r1, r0, 8
  0007: ldb r0, arg0
  0008: ldk r0, r0, 8, 8
  0009: ldk r0, r0, 4, 0
  0010: movi r1, 32
  0011: shl r0, r0, r1
  0012: sar r0, r0, r1
  0013: scr r1, scratch+8
  0014: stx r1, r0, 8
  0015: scr r0, scratch+0
  0016: emit r0, rec#2
  0017: ret
clause 3 (epid 4): tick-1s
  ; action 1
  0000: ldb r0, curthread
  0001: ldk r0, r0, 4, 0
  0002: movi r1, 32
  0003: shl r0, r0, r1
  0004: sar r0, r0, r1
  0005: scr r1, scratch+0
  0006: stx r1, r0, 8
  0007: ldb r0, curthread
  0008: ldk r0, r0, 4, 4
  0009: movi r1, 32
  0010: shl r0, r0, r1
  0011: sar r0, r0, r1
  0012: scr r1, scratch+8
  0013: stx r1, r0, 8
  0014: scr r0, scratch+16
  0015: scr r2, scratch+40
  0016: ldb r3, curthread
  0017: addi r3, r3, 8
  0018: movi r4, 16
  0019: call r2, 17, __kcopy
  0020: mov r1, r2
  0021: strcpy r0, r1, 24
  0022: scr r0, scratch+0
  0023: emit r0, rec#3
  0024: ret
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
  rec#0: printf "%d %d\n", 16 bytes: int32 @0, int32 @8
  rec#1: printf "%d %d\n", 16 bytes: int64 @0, int32 @8
  rec#2: printf "%d %d\n", 16 bytes: int32 @0, int32 @8
  rec#3: printf "%d %d %s\n", 40 bytes: int32 @0, int32 @8, string[24] @16
dynamic variables (1048576 bytes of space):
  dvar#0: key 8 bytes, value 8 bytes
scratch 64 bytes, 0 aggregation entries, 1048576-byte buffers
