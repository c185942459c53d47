# kill -9 of the CLI mid-trace detaches every probe and frees every byte.
. tests/runtime/lib.sh

before=$(live_allocs)
tracer_bg k9 -n 'fbt::vfs_read:entry { @[execname] = count(); }'
probes_list | grep -q vfs_read || fail "vfs_read probe not registered while tracing"
head -c 1000 /dev/zero >/dev/null
kill9_tracer vfs_read
expect_eq "module allocations after kill -9" "$(live_allocs)" "$before"
