# The DTrace Guide's rtime.d (chapter 3, Variables: thread-local
# variables), unchanged in tests/dtrace/guide/rtime.d: the time of every
# read() in the system, by pid/tid.  Of readloop's 5 one-byte reads (CPU 1)
# there must be exactly 5 lines, each a firing of syscall::read:return
# (probe ID 5) in dtrace's default layout followed by the printf's newline
# and the firing's.
. tests/runtime/lib.sh

taskset -c 1 "$TBIN/readloop" 5 "$WORK/go" >"$WORK/go.pid" &
loop=$!
BGPIDS+=("$loop")
wait_for "$WORK/go.pid" .
pid=$(cat "$WORK/go.pid")
tracer_bg rtime -s tests/dtrace/guide/rtime.d
touch "$WORK/go"
wait "$loop"
# all 5 reads printed, then Ctrl-C (else its newline may come before the
# heading, as in dtrace)
wait_lines "$WORK/rtime.out" " $pid/$pid spent" 5
tracer_stop
grep -A1 " $pid/$pid spent" "$WORK/rtime.out" || true
prefix=$(printf '%3d %6d %32s ' 1 5 read:return)
expect_eq "readloop's lines" \
	"$(grep -cE "^$prefix$pid/$pid spent [0-9]+ nsecs in read$" "$WORK/rtime.out")" 5
expect_eq "each followed by the firing's newline" \
	"$(grep -A1 -E "^$prefix$pid/$pid spent" "$WORK/rtime.out" | grep -c '^$')" 5
expect_eq "heading" "$(head -1 "$WORK/rtime.out")" \
	"$(printf '%3s %6s %32s' CPU ID FUNCTION:NAME)"
expect_eq "stderr" "$(cat "$WORK/rtime.err")" \
	"tracer: script 'tests/dtrace/guide/rtime.d' matched 2 probes"
