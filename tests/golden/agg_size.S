probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: ldb r0, pid
  0001: movi r1, 1
  0002: aggr r1, r0, 1, agg#0
  ; action 2
  0003: aggr r0, r0, 0, agg#1
  0004: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
aggregations:
  agg#0: @ = quantize(), 127 values, key 8 bytes: int32 @0
  agg#1: @c = count(), key 0 bytes:
scratch 0 bytes, 63 aggregation entries, 1048576-byte buffers
