# kill -9 of the CLI while timers and return probes run cancels every
# hrtimer, unregisters every kretprobe and frees every byte; the timers do
# not fire afterwards (the lab fails the test on any oops or warning).
. tests/runtime/lib.sh

before=$(live_allocs)
tracer_bg tk9 -n 'profile-997 { @[cpu] = count(); } tick-1ms { @t = count(); }
fbt::vfs_read:return { @r[retval] = count(); }'
probes_list | grep -q vfs_read || fail "vfs_read kretprobe not registered while tracing"
head -c 1000 /dev/zero >/dev/null
sleep 1
kill9_tracer vfs_read
expect_eq "module allocations after kill -9" "$(live_allocs)" "$before"

# The same after a normal exit, with timers still due when STOP comes.
"$TRACER" -q -n 'profile-4999 { @ = count(); } tick-2ms { exit(0); }' >/dev/null ||
	fail "tracer exited with $?"
expect_eq "module allocations after exit" "$(live_allocs)" "$before"
