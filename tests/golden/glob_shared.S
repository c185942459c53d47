probe 0: fbt:vmlinux:vfs_read:entry (KPROBE vfs_read), clauses 0-2
probe 1: fbt:vmlinux:vfs_write:entry (KPROBE vfs_write), clauses 3-4
probe 2: fbt:vmlinux:vfs_readv:entry (KPROBE vfs_readv), clauses 3-4
probe 3: fbt:vmlinux:vfs_writev:entry (KPROBE vfs_writev), clause 5
probe 4: fbt:ext4:ext4_file_read_iter:entry (KPROBE ext4_file_read_iter), clause 5
probe 5: fbt:ext4:ext4_file_write_iter:entry (KPROBE ext4_file_write_iter), clause 5
probe 6: fbt:ext4:ext4_llseek:entry (KPROBE ext4_llseek), clause 5
probe 7: fbt:ext4:show_map:entry (KPROBE show_map), clause 5
clause 0 (epid 1): fbt:vmlinux:vfs_read:entry, clause 3 (epid 4): fbt:vmlinux:vfs_write:entry and 1 more probe, clause 5 (epid 6): fbt:vmlinux:vfs_writev:entry and 4 more probes
  ; action 1
  0000: scr r0, scratch+0
  0001: ldbs r0, 128, probefunc
  0002: scr r0, scratch+0
  0003: agg r0, r0, agg#0
  0004: ret
clause 1 (epid 2): fbt:vmlinux:vfs_read:entry
  ; action 1
  0000: aggr r0, r0, 0, agg#1
  0001: ret
clause 2 (epid 3): fbt:vmlinux:vfs_read:entry, clause 4 (epid 5): fbt:vmlinux:vfs_write:entry and 1 more probe
  ; predicate
  0000: ldb r0, pid
  0001: movi r1, 1
  0002: jne r0, r1, +10 (-> 13)
  ; probe record
  0003: ldb r0, id
  0004: scr r1, scratch+0
  0005: stx r1, r0, 8
  0006: scr r0, scratch+0
  0007: emit r0, rec#0
  ; action 1
  0008: ldb r0, arg0
  0009: scr r1, scratch+0
  0010: stx r1, r0, 8
  0011: scr r0, scratch+0
  0012: emit r0, rec#1
  0013: ret
rodata:
  +0: ""
  +1: "vfs_read"
  +10: "vfs_write"
  +20: "vfs_readv"
  +30: "vfs_writev"
  +41: "ext4_file_read_iter"
  +61: "ext4_file_write_iter"
  +82: "ext4_llseek"
  +94: "show_map"
  +103: "fbt"
  +107: "vmlinux"
  +115: "entry"
  +121: "ext4"
aggregations:
  agg#0: @ = count(), key 128 bytes: string[128] @0
  agg#1: @calls = count(), key 0 bytes:
records:
  rec#0: probe (CPU, ID, FUNCTION:NAME), 8 bytes: uint32 @0
  rec#1: trace (ends the line), 8 bytes: int64 @0
scratch 128 bytes, 16384 aggregation entries, 1048576-byte buffers
