probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: scr r0, scratch+0
  0001: emit r0, rec#0
  0002: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
records:
  rec#0: printf "hello\n", 0 bytes:
scratch 8 bytes, 0 aggregation entries, 1048576-byte buffers, quiet
