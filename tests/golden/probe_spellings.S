probe 0: kprobe:vfs_read (KPROBE vfs_read), clauses 0-1
probe 1: fbt:vmlinux:vfs_write:entry (KPROBE vfs_write), clause 2
probe 2: dtrace:::BEGIN (BEGIN), clause 2
clause 0 (epid 1): kprobe:vfs_read
  ; action 1
  0000: ldb r0, pid
  0001: scr r1, scratch+0
  0002: stx r1, r0, 8
  0003: scr r0, scratch+8
  0004: ldbs r0, 16, execname
  0005: scr r0, scratch+0
  0006: agg r0, r0, agg#0
  0007: ret
clause 1 (epid 2): kprobe:vfs_read
  ; action 1
  0000: ldb r0, arg2
  0001: aggr r0, r0, 0, agg#1
  0002: ret
clause 2 (epid 3): fbt:vmlinux:vfs_write:entry and 1 more probe
  ; action 1
  0000: aggr r0, r0, 0, agg#2
  0001: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "fbt"
  +24: "vmlinux"
  +32: "entry"
  +38: "dtrace"
  +45: "BEGIN"
aggregations:
  agg#0: @reads = count(), key 24 bytes: int32 @0, string[16] @8
  agg#1: @bytes = sum(), key 0 bytes:
  agg#2: @writes = count(), key 0 bytes:
scratch 24 bytes, 16384 aggregation entries, 1048576-byte buffers
