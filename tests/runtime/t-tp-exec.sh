# tpsys: tracepoint:sched:sched_process_exec (through perf, the event's
# record in the probe's record region) prints args->filename, a
# __data_loc string, and args->pid, of a program the test runs.
. tests/runtime/lib.sh

cp /bin/true "$WORK/tpsys-exec-me"
tracer_bg exec -n 'tracepoint:sched:sched_process_exec { printf("@@ %s %d %d\n", args->filename, args->pid, pid); }'
"$WORK/tpsys-exec-me"
"$WORK/tpsys-exec-me"
sleep 0.5
tracer_stop
sed -n 's/.*@@ //p' "$WORK/exec.out" >"$WORK/exec.txt"
cat "$WORK/exec.txt"
expect_eq "exec records of the program" \
	"$(grep -c "^$WORK/tpsys-exec-me [0-9]" "$WORK/exec.txt")" 2
awk -v f="$WORK/tpsys-exec-me" '$1 == f && $2 != $3 { bad = 1 } END { exit bad }' \
	"$WORK/exec.txt" || fail "args->pid differs from pid"
echo "ok: args->pid is the exec'ing pid"
