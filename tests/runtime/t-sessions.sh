# Several sessions at once, two of them on the same function: each counts
# exactly the N reads of one process, a third session's timer keeps firing
# beside them, and closing one leaves the others tracing.
. tests/runtime/lib.sh

N=50000
readloop_start "$N"

tracer_bg a -n "fbt::vfs_read:entry /pid == $pid/ { @ = count(); }"
pid_a=$TRACER_PID
tracer_bg b -n "fbt::vfs_read:entry /pid == $pid/ { @n = count(); }
fbt::vfs_read:return /pid == $pid/ { @r = count(); }"
pid_b=$TRACER_PID
tracer_bg c -n 'profile-997 { @ = count(); }'
TRACER_PID=$pid_a tracer_stop	# a ends before the reads begin
touch "$WORK/go"
wait "$loop"
TRACER_PID=$pid_b tracer_stop
tracer_stop			# c
cat "$WORK/b.out" "$WORK/c.out"
expect_eq "session b: entries" "$(awk 'NF { print $NF; exit }' "$WORK/b.out")" "$N"
expect_eq "session b: returns" "$(awk 'NF { v = $NF } END { print v }' "$WORK/b.out")" "$N"
ticks=$(awk 'NF { v = $NF } END { print v }' "$WORK/c.out")
[[ $ticks -gt 0 ]] || fail "session c's profile probe never fired"
expect_eq "module allocations at the end" "$(live_allocs)" 0
