probe 0: syscall::read:entry (SYSCALL_ENTRY nr 0), clause 0
probe 1: tracepoint:syscalls:sys_enter_read (SYSCALL_ENTRY nr 0), clause 0
probe 2: syscall::openat:return (SYSCALL_RETURN nr 257), clause 1
probe 3: tracepoint:syscalls::sys_exit_read (SYSCALL_RETURN nr 0), clause 2
probe 4: syscall::stat:entry (SYSCALL_ENTRY nr 4), clause 3
probe 5: tracepoint:sched:sched_switch (TRACEPOINT id 319), clauses 4-5
probe 6: tracepoint:sched::sched_process_exec (TRACEPOINT id 312), clause 6
clause 0 (epid 1): syscall::read:entry and 1 more probe
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 1
  0002: jne r0, r1, +4 (-> 7)
  ; action 1
  0003: ldb r0, arg0
  0004: ldb r1, arg2
  0005: movi r2, 0
  0006: aggr r0, r0, 3, agg#0
  0007: ret
clause 1 (epid 2): syscall::openat:return
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, errno
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: ldb r0, arg0
  0009: scr r1, scratch+8
  0010: stx r1, r0, 8
  0011: ldb r0, retval
  0012: scr r1, scratch+16
  0013: stx r1, r0, 8
  0014: ldb r0, arg1
  0015: scr r1, scratch+24
  0016: stx r1, r0, 8
  0017: scr r0, scratch+0
  0018: emit r0, rec#1
  0019: ret
clause 2 (epid 3): tracepoint:syscalls::sys_exit_read
  ; action 1
  0000: ldb r0, arg0
  0001: aggr r0, r0, 0, agg#1
  0002: ret
clause 3 (epid 4): syscall::stat:entry
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#2
  ; action 1
  0005: ldb r0, arg0
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+0
  0009: emit r0, rec#3
  0010: ret
clause 4 (epid 5): tracepoint:sched:sched_switch
  ; action 1
  0000: scr r0, scratch+0
  0001: pctx r1, record+8
  0002: strcpy r0, r1, 16
  0003: pctx r0, record+56
  0004: ldx r0, r0, 4
  0005: movi r1, 32
  0006: shl r0, r0, r1
  0007: sar r0, r0, r1
  0008: scr r1, scratch+16
  0009: stx r1, r0, 8
  0010: scr r0, scratch+0
  0011: agg r0, r0, agg#2
  0012: ret
clause 5 (epid 6): tracepoint:sched:sched_switch
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 64, probeprov
  0002: scr r0, scratch+64
  0003: ldbs r0, 64, probemod
  0004: scr r0, scratch+128
  0005: ldbs r0, 128, probefunc
  0006: scr r0, scratch+256
  0007: ldbs r0, 64, probename
  0008: scr r0, scratch+0
  0009: agg r0, r0, agg#3
  0010: ret
clause 6 (epid 7): tracepoint:sched::sched_process_exec
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#4
  ; action 1
  0005: scr r0, scratch+0
  0006: pctx r1, record+8
  0007: ldx r1, r1, 4
  0008: andi r1, r1, 65535
  0009: pctx r2, record+0
  0010: add r1, r2, r1
  0011: strcpy r0, r1, 256
  0012: pctx r0, record+16
  0013: ldx r0, r0, 4
  0014: movi r1, 32
  0015: shl r0, r0, r1
  0016: sar r0, r0, r1
  0017: scr r1, scratch+256
  0018: stx r1, r0, 8
  0019: scr r0, scratch+0
  0020: emit r0, rec#5
  0021: ret
rodata:
  +0: ""
  +1: "read"
  +6: "openat"
  +13: "stat"
  +18: "syscall"
  +26: "entry"
  +32: "tracepoint"
  +43: "syscalls"
  +52: "sys_enter_read"
  +67: "return"
  +74: "sys_exit_read"
  +88: "sched"
  +94: "sched_switch"
  +107: "sched_process_exec"
aggregations:
  agg#0: @r = count(), key 24 bytes: uint64 @0, uint64 @8, int32 @16
  agg#1: @x = sum(), key 0 bytes:
  agg#2: @s = count(), key 24 bytes: string[16] @0, int32 @16
  agg#3: @p = count(), key 320 bytes: string[64] @0, string[64] @64, string[128] @128, string[64] @256
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%d %d %d %d\n" (ends the line), 32 bytes: int32 @0, int64 @8, int64 @16, int64 @24
  rec#2: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#3: printf "%p\n" (ends the line), 8 bytes: uint64 @0
  rec#4: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#5: printf "%s %d\n" (ends the line), 264 bytes: string[256] @0, int32 @256
scratch 320 bytes, 16384 aggregation entries, 1048576-byte buffers
