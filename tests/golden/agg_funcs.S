probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: movi r0, 1
  0003: scr r1, scratch+0
  0004: agg r0, r1, agg#0
  ; action 2
  0005: ldb r0, arg2
  0006: scr r1, scratch+0
  0007: agg r0, r1, agg#1
  ; action 3
  0008: ldb r0, arg2
  0009: scr r1, scratch+0
  0010: agg r0, r1, agg#2
  ; action 4
  0011: ldb r0, arg2
  0012: scr r1, scratch+0
  0013: agg r0, r1, agg#3
  ; action 5
  0014: ldb r0, arg2
  0015: scr r1, scratch+0
  0016: agg r0, r1, agg#4
  ; action 6
  0017: ldb r0, arg2
  0018: scr r1, scratch+0
  0019: agg r0, r1, agg#5
  ; action 7
  0020: ldb r0, arg2
  0021: scr r1, scratch+0
  0022: agg r0, r1, agg#6
  ; action 8
  0023: ldb r0, arg2
  0024: movi r1, 3
  0025: scr r2, scratch+0
  0026: aggn r0, r2, r1, agg#7
  ; action 9
  0027: ldb r0, arg2
  0028: scr r1, scratch+0
  0029: agg r0, r1, agg#8
  ; action 10
  0030: ldb r0, arg2
  0031: ldb r1, arg1
  0032: scr r2, scratch+0
  0033: aggn r0, r2, r1, agg#9
  0034: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "fbt"
  +14: "vmlinux"
  +22: "entry"
aggregations:
  agg#0: @c = count(), key 16 bytes: string[16] @0
  agg#1: @s = sum(), key 0 bytes:
  agg#2: @mn = min(), key 0 bytes:
  agg#3: @mx = max(), key 0 bytes:
  agg#4: @a = avg(), 2 values, key 0 bytes:
  agg#5: @sd = stddev(), 4 values, key 0 bytes:
  agg#6: @q = quantize(), 127 values, key 0 bytes:
  agg#7: @qi = quantize(), 127 values, key 0 bytes:
  agg#8: @l = lquantize(x, -10, 100, 5), 24 values, key 0 bytes:
  agg#9: @ll = llquantize(x, 10, 0, 6, 20), 119 values, key 0 bytes:
scratch 16 bytes, 16384 aggregation entries, 1048576-byte buffers
