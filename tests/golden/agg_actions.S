probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; probe record
  0000: ldb r0, id
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+0
  0004: emit r0, rec#0
  ; action 1
  0005: ldb r0, pid
  0006: scr r1, scratch+0
  0007: stx r1, r0, 8
  0008: scr r0, scratch+8
  0009: ldbs r0, 16, execname
  0010: scr r0, scratch+0
  0011: agg r0, r0, agg#0
  ; action 2
  0012: ldb r0, pid
  0013: scr r1, scratch+0
  0014: stx r1, r0, 8
  0015: scr r0, scratch+8
  0016: ldbs r0, 16, execname
  0017: ldb r0, arg0
  0018: scr r1, scratch+0
  0019: agg r0, r1, agg#1
  ; action 3
  0020: scr r0, scratch+0
  0021: emit r0, rec#1
  ; action 4
  0022: scr r0, scratch+0
  0023: emit r0, rec#2
  ; action 5
  0024: scr r0, scratch+0
  0025: emit r0, rec#3
  ; action 6
  0026: movi r0, 5
  0027: scr r1, scratch+0
  0028: stx r1, r0, 8
  0029: scr r0, scratch+0
  0030: emit r0, rec#4
  ; action 7
  0031: scr r0, scratch+0
  0032: emit r0, rec#5
  ; action 8
  0033: movi r0, 1000
  0034: scr r1, scratch+0
  0035: stx r1, r0, 8
  0036: scr r0, scratch+0
  0037: emit r0, rec#6
  ; action 9
  0038: scr r0, scratch+0
  0039: emit r0, rec#7
  0040: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
aggregations:
  agg#0: @a = count(), key 24 bytes: int32 @0, string[16] @8
  agg#1: @b = sum(), key 24 bytes: int32 @0, string[16] @8
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: printa @a, 0 bytes:
  rec#2: printa "%d %s %@d %@d\n" @a, @b, 0 bytes:
  rec#3: clear @a, 0 bytes:
  rec#4: trunc @a, 8 bytes: int32 @0
  rec#5: trunc @b, 0 bytes:
  rec#6: normalize @b, 8 bytes: int32 @0
  rec#7: denormalize @b (ends the line), 0 bytes:
scratch 24 bytes, 16384 aggregation entries, 1048576-byte buffers
