probe 0: fbt::vfs_read:entry (KPROBE vfs_read), clause 0
clause 0 (epid 1): fbt::vfs_read:entry
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 16, execname
  0002: scr r0, scratch+0
  0003: agg r0, r0, agg#0
  ; action 2
  0004: ldb r0, arg2
  0005: aggr r0, r0, 0, agg#1
  ; action 3
  0006: ldb r0, arg2
  0007: aggr r0, r0, 0, agg#2
  ; action 4
  0008: ldb r0, arg2
  0009: aggr r0, r0, 0, agg#3
  ; action 5
  0010: ldb r0, arg2
  0011: aggr r0, r0, 0, agg#4
  ; action 6
  0012: ldb r0, arg2
  0013: aggr r0, r0, 0, agg#5
  ; action 7
  0014: ldb r0, arg2
  0015: aggr r0, r0, 0, agg#6
  ; action 8
  0016: ldb r0, arg2
  0017: movi r1, 3
  0018: scr r2, scratch+0
  0019: aggn r0, r2, r1, agg#7
  ; action 9
  0020: ldb r0, arg2
  0021: aggr r0, r0, 0, agg#8
  ; action 10
  0022: ldb r0, arg2
  0023: ldb r1, arg1
  0024: scr r2, scratch+0
  0025: aggn r0, r2, r1, agg#9
  0026: ret
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
