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
  0006: aggr r0, r0, 0, agg#1
  ; action 3
  0007: ldb r0, arg2
  0008: aggr r0, r0, 0, agg#2
  ; action 4
  0009: ldb r0, arg2
  0010: aggr r0, r0, 0, agg#3
  ; action 5
  0011: ldb r0, arg2
  0012: aggr r0, r0, 0, agg#4
  ; action 6
  0013: ldb r0, arg2
  0014: aggr r0, r0, 0, agg#5
  ; action 7
  0015: ldb r0, arg2
  0016: aggr r0, r0, 0, agg#6
  ; action 8
  0017: ldb r0, arg2
  0018: movi r1, 3
  0019: scr r2, scratch+0
  0020: aggn r0, r2, r1, agg#7
  ; action 9
  0021: ldb r0, arg2
  0022: aggr r0, r0, 0, agg#8
  ; action 10
  0023: ldb r0, arg2
  0024: ldb r1, arg1
  0025: scr r2, scratch+0
  0026: aggn r0, r2, r1, agg#9
  0027: ret
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
