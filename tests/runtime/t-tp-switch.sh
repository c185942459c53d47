# tpsys: tracepoint:sched:sched_switch with char[16] and integer fields: a
# process that renames itself and then sleeps N times switches away from
# the CPU exactly N times in state S (1) under its new name, keyed by
# args->prev_comm; it comes back (args->next_pid) at least as often.
. tests/runtime/lib.sh

N=200
"$TBIN/sleeploop" "$N" "$WORK/go" tpsys-sleeper >"$WORK/pid" &
loop=$!
BGPIDS+=("$loop")
wait_for "$WORK/pid" .
p=$(cat "$WORK/pid")
tracer_bg sw -n "
tracepoint:sched:sched_switch /args->prev_pid == $p && args->prev_state == 1 && args->prev_comm == \"tpsys-sleeper\"/ { @out[args->prev_comm] = count(); }
tracepoint:sched:sched_switch /args->next_pid == $p && args->next_comm == \"tpsys-sleeper\"/ { @in = count(); }
END { printa(\"@@ %s %@d\\n\", @out); printa(\"@@ in %@d\\n\", @in); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
sed -n 's/.*@@ //p' "$WORK/sw.out" >"$WORK/sw.txt"
cat "$WORK/sw.txt"
expect_eq "switches out" "$(grep '^tpsys-sleeper ' "$WORK/sw.txt")" "tpsys-sleeper $N"
in=$(awk '$1 == "in" { print $2 }' "$WORK/sw.txt")
[[ $in -ge $N ]] || fail "switches in: $in < $N"
echo "ok: switches in = $in"
