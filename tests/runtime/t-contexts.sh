# Probes in every context at once: hardirq (hrtimer_interrupt, profile-997),
# softirq (run_timer_softirq, rcu_core), process context (vfs_read with
# stack(), self-> and associative arrays, whose clauses call into the
# kernel), and on the kernel functions the tracer's own probe path calls
# (stack_trace_save for stack(), _raw_spin_lock_irqsave for the dynamic
# variable space): while a workload reads on every CPU.  Each probe fires,
# tracing ends on time, and the lab checks the guest log stays clean (no
# deadlock, lockup, recursion splat or WARN).  A probe that fires inside
# another on the same CPU is dropped and reported, never run nested.
. tests/runtime/lib.sh

for cpu in $(seq 0 $(($(nproc) - 1))); do
	taskset -c "$cpu" dd if=/dev/zero of=/dev/null bs=1 2>/dev/null &
	BGPIDS+=($!)
done
timeout 120 "$TRACER" -q -n '
fbt::hrtimer_interrupt:entry { @ctx["hardirq"] = count(); }
fbt::run_timer_softirq:entry, fbt::rcu_core:entry { @ctx["softirq"] = count(); }
fbt::vfs_read:entry { @stacks[stack(4)] = count(); self->n++; seen[tid] = timestamp; }
fbt::vfs_read:return { self->n = 0; seen[tid] = 0; @ctx["process"] = count(); }
fbt::stack_trace_save:entry, fbt::_raw_spin_lock_irqsave:entry { @ctx["own path"] = count(); }
profile-997 { @ctx["profile"] = count(); @cpus[cpu] = count(); }
tick-3s { exit(0); }
END { printa("%s %@d\n", @ctx); trunc(@stacks); printa("cpu %d %@d\n", @cpus); }' \
	>"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "tracer failed"; }
cat "$WORK/out" "$WORK/err"
for ctx in hardirq softirq process "own path" profile; do
	grep -Eq "^$ctx [1-9][0-9]*$" "$WORK/out" || fail "no $ctx firing counted"
done
for cpu in $(seq 0 $(($(nproc) - 1))); do
	grep -Eq "^cpu $cpu [1-9]" "$WORK/out" || fail "profile-997 never fired on CPU $cpu"
done
expect_eq "module allocations at the end" "$(live_allocs)" 0
