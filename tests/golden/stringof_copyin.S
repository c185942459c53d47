probe 0: syscall::write:entry (SYSCALL_ENTRY nr 1), clause 0
clause 0 (epid 1): syscall::write:entry
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 1
  0002: jeq r0, r1, +14 (-> 17)
  ; probe record
  0003: ldb r0, id
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#0
  ; action 1
  0008: scr r0, scratch+0
  0009: scr r2, scratch+256
  0010: ldb r3, arg1
  0011: ldb r4, arg2
  0012: call r2, 256, copyinstr
  0013: mov r1, r2
  0014: strcpy r0, r1, 256
  0015: scr r0, scratch+0
  0016: emit r0, rec#1
  0017: ret
rodata:
  +0: ""
  +1: "write"
  +7: "syscall"
  +15: "entry"
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printf "%s" (ends the line), 256 bytes: string[256] @0
scratch 512 bytes, 0 aggregation entries, 1048576-byte buffers
