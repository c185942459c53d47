# Whole sessions (load, attach, go, stop, close), one after another, while
# a workload keeps the probes firing on every CPU (also while they are
# detached): after every cycle the module's
# live allocations and bytes are back where they started.  TIMER_CYCLES
# (default 200) sessions of a program with a timer, aggregations, self->
# and associative arrays, and FBT_CYCLES (default 20) of one that also
# attaches fbt entry and return probes; make soak runs 1,000 of each.
# About 100 s in a quiet TCG lab, over 300 s when the host is loaded:
# timeout: 900 s
. tests/runtime/lib.sh

# cycles N PROGRAM [SECONDS [any]]: N sessions of PROGRAM, each stopped
# after SECONDS (default 0: at once), none leaking, some firing (unless
# "any": a probe of a session stopped at once fires only by chance).
cycles() {
	"$TBIN/sessdrv" -n "$1" -t "${3:-0}" -l -e "$2" | tee "$WORK/out"
	grep -q "^sessdrv: cycles $1 " "$WORK/out" || fail "not every cycle ran"
	fired=$(sed -n 's/.* fired \([0-9]*\) .*/\1/p' "$WORK/out")
	[[ $fired -gt 0 || ${4:-} == any ]] || fail "no probe fired in $1 sessions"
}

for cpu in $(seq 0 $(($(nproc) - 1))); do	# firing on every CPU while detached
	taskset -c "$cpu" dd if=/dev/zero of=/dev/null bs=1 2>/dev/null &
	BGPIDS+=($!)
done
cycles "${TIMER_CYCLES:-200}" '
BEGIN { a[1, "x"] = 1; self->t = 1; }
profile-1ms { @[cpu] = count(); a[cpu, "y"] = 2; }
END { @n = sum(a[1, "x"]); }'
fbt='
fbt::vfs_read:entry { @[execname] = count(); self->ts = timestamp; }
fbt::vfs_read:return /self->ts/ { @lat = quantize(timestamp - self->ts); self->ts = 0; }
tick-1ms { @ticks = count(); }'
cycles "${FBT_CYCLES:-20}" "$fbt" 0 any
cycles 1 "$fbt" 1
expect_eq "module allocations at the end" "$(live_allocs)" 0
