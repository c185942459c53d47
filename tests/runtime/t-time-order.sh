# Records are printed in the time order of their probes across CPUs, and
# per-CPU drops are counted exactly: every firing is printed or dropped.
. tests/runtime/lib.sh

"$TRACER" -q -n 'profile-200 { printf("%d %d\n", timestamp, cpu); }
tick-1s { exit(0); }' >"$WORK/out" 2>"$WORK/err"
head -3 "$WORK/out"
expect_eq "CPUs seen" "$(awk 'NF { print $2 }' "$WORK/out" | sort -u | wc -l)" "$(nproc)"
awk 'NF { if ($1 < last) { print "out of order: " last " then " $1; exit 1 } last = $1 }' \
	"$WORK/out" || fail "records not in time order"
echo "ok: $(grep -c . "$WORK/out") records in time order"

N=20000
readloop_bg "$N"
# Quiet, so that each firing is one record; BEGIN's line says the probes
# are live (quiet has no "matched" notice).
"$TRACER" -q -n "#pragma D option bufsize=64k
BEGIN { printf(\"begun\n\"); }
fbt::vfs_read:entry /pid == $pid/ { printf(\"%d %d %d %d %d %d %d %d\n\", pid, tid, uid, gid, ppid, cpu, arg1, arg2); }" \
	>"$WORK/drops.out" 2>"$WORK/drops.err" &
TRACER_PID=$!
BGPIDS+=("$TRACER_PID")
wait_for "$WORK/drops.out" begun
touch "$WORK/go"
wait "$loop"
sleep 0.5
tracer_stop
cat "$WORK/drops.err"
printed=$(grep -c '^[0-9]' "$WORK/drops.out" || true)
dropped=$(grep -o '[0-9]* drops* on CPU [0-9]*' "$WORK/drops.err" | awk '{ n += $1 } END { print n + 0 }')
echo "printed $printed, dropped $dropped"
[[ $dropped -gt 0 ]] || fail "expected drops with a 64k buffer"
expect_eq "printed + dropped" "$((printed + dropped))" "$N"
