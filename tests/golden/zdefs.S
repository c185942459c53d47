probe 0: BEGIN (BEGIN), clause 0
clause 0 (epid 1): BEGIN
  ; action 1
  0000: aggr r0, r0, 0, agg#1
  0001: ret
rodata:
  +0: ""
  +1: "dtrace"
  +8: "BEGIN"
aggregations:
  agg#0: @a = count(), key 0 bytes:
  agg#1: @b = count(), key 0 bytes:
scratch 0 bytes, 16384 aggregation entries, 1048576-byte buffers
