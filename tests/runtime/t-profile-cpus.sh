# profile-N fires on every CPU, about N times a second on each; arg0 (kernel
# PC) or arg1 (user PC) is set, never both.
. tests/runtime/lib.sh

ncpus=$(nproc)
"$TRACER" -q -n 'profile-97 { @[cpu] = count(); }
profile-97 /arg0 != 0 && arg1 != 0/ { @both = count(); }
profile-97 /arg0 == 0 && arg1 == 0/ { @none = count(); }
tick-2s { exit(0); }' >"$WORK/out" 2>"$WORK/err"
cat "$WORK/out" "$WORK/err"
expect_eq "CPUs that fired" "$(awk 'NF == 2' "$WORK/out" | wc -l)" "$ncpus"
expect_eq "CPU ids" "$(awk 'NF == 2 { print $1 }' "$WORK/out" | sort -n | tr '\n' ' ')" \
	"$(seq 0 $((ncpus - 1)) | tr '\n' ' ')"
# 2 s at 97 Hz: 194 per CPU.  A loaded TCG lab fires late and a late timer
# skips the expiries it missed, so the lower bound is loose; more than 200
# would mean a CPU fired another CPU's timer as well as its own.
awk 'NF == 2 && ($2 < 20 || $2 > 200) { exit 1 }' "$WORK/out" ||
	fail "a CPU's count is out of [20, 200]"
expect_eq "both PCs or none" "$(awk 'NF == 1' "$WORK/out" | wc -l)" 0
expect_eq "stderr" "$(cat "$WORK/err")" ""

# stack() in a profile probe starts at the interrupted kernel function,
# never in the tracer's own timer handler.  (hrtimer code can legitimately
# be the interrupted function: soft hrtimers run __hrtimer_run_queues from
# softirq context with interrupts on; so can the tracer's own code run in
# process context for the CLI's ioctls: tr_ioc_cmd, tr_session_read,
# tr_ring_peek ...  A firing that interrupts a clause (BEGIN in GO) is
# dropped by the per-CPU guard, so the timer handler's frames, tr_timer_*
# and tr_run_*, are the only ones that must never be sampled.)
"$TRACER" -q -n 'profile-997 /arg0/ { @[stack(1)] = count(); } tick-1s { exit(0); }' \
	>"$WORK/stk" 2>"$WORK/err"
head -6 "$WORK/stk"
expect_eq "stacks starting in the tracer's probe path" \
	"$(grep -cE 'tracer`tr_(timer|run)_' "$WORK/stk" || true)" 0
[[ $(grep -c '`' "$WORK/stk") -gt 0 ]] || fail "no kernel stacks sampled"
