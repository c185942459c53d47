probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: ldb r0, pid
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: ldbs r0, 16, execname
  0005: movi r0, 1
  0006: scr r1, scratch+0
  0007: agg r0, r1, agg#0
  ; action 2
  0008: ldb r0, pid
  0009: scr r1, scratch+0
  0010: stx r1, r0, 8
  0011: scr r0, scratch+8
  0012: ldbs r0, 16, execname
  0013: ldb r0, arg0
  0014: scr r1, scratch+0
  0015: agg r0, r1, agg#1
  ; action 3
  0016: scr r0, scratch+0
  0017: emit r0, rec#0
  ; action 4
  0018: scr r0, scratch+0
  0019: emit r0, rec#1
  ; action 5
  0020: scr r0, scratch+0
  0021: emit r0, rec#2
  ; action 6
  0022: movi r0, 5
  0023: scr r1, scratch+0
  0024: stx r1, r0, 8
  0025: scr r0, scratch+0
  0026: emit r0, rec#3
  ; action 7
  0027: scr r0, scratch+0
  0028: emit r0, rec#4
  ; action 8
  0029: movi r0, 1000
  0030: scr r1, scratch+0
  0031: stx r1, r0, 8
  0032: scr r0, scratch+0
  0033: emit r0, rec#5
  ; action 9
  0034: scr r0, scratch+0
  0035: emit r0, rec#6
  0036: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
aggregations:
  agg#0: @a = count(), key 24 bytes: int32 @0, string[16] @8
  agg#1: @b = sum(), key 24 bytes: int32 @0, string[16] @8
records:
  rec#0: printa @a, 0 bytes:
  rec#1: printa "%d %s %@d %@d\n" @a, @b, 0 bytes:
  rec#2: clear @a, 0 bytes:
  rec#3: trunc @a, 8 bytes: int32 @0
  rec#4: trunc @b, 0 bytes:
  rec#5: normalize @b, 8 bytes: int32 @0
  rec#6: denormalize @b, 0 bytes:
scratch 24 bytes, 16384 aggregation entries, 1048576-byte buffers
