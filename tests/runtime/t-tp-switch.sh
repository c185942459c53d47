# tpsys: tracepoint:sched:sched_switch with char[16] and integer fields: a
# process that renames itself, sleeps N times and renames itself again
# switches away from the CPU under its new name (args->prev_pid,
# args->prev_comm as the key) exactly as often as it comes back
# (args->next_pid, args->next_comm), and at most N of the switches away
# are sleeps in state S (args->prev_state 1).  Not exactly N: a sleep
# whose timer fires before the task reaches schedule() does not switch,
# and on PREEMPT_RT a sleep can show as a preemption.
. tests/runtime/lib.sh

N=200
"$TBIN/sleeploop" "$N" "$WORK/go" tpsys-sleeper >"$WORK/pid" &
loop=$!
BGPIDS+=("$loop")
wait_for "$WORK/pid" .
p=$(cat "$WORK/pid")
tracer_bg sw -n "
tracepoint:sched:sched_switch /args->prev_pid == $p && args->prev_comm == \"tpsys-sleeper\"/ { @out[args->prev_comm] = count(); @s = sum(args->prev_state == 1); }
tracepoint:sched:sched_switch /args->next_pid == $p && args->next_comm == \"tpsys-sleeper\"/ { @in = count(); }
END { printa(\"@@ %s %@d\\n\", @out); printa(\"@@ in %@d\\n\", @in); printa(\"@@ sleeps %@d\\n\", @s); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
sed -n 's/.*@@ //p' "$WORK/sw.out" >"$WORK/sw.txt"
cat "$WORK/sw.txt"
out=$(awk '$1 == "tpsys-sleeper" { print $2 }' "$WORK/sw.txt")
in=$(awk '$1 == "in" { print $2 }' "$WORK/sw.txt")
sleeps=$(awk '$1 == "sleeps" { print $2 }' "$WORK/sw.txt")
expect_eq "switches in" "$in" "$out"
[[ $sleeps -ge 1 && $sleeps -le $N && $sleeps -le $out ]] ||
	fail "sleeps in state S: $sleeps of $out switches"
echo "ok: $out switches, $sleeps sleeps"
