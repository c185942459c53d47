# The DTrace Guide's counter.d (chapter 1), unchanged in
# tests/dtrace/guide/counter.d: it counts seconds until Ctrl-C, then END
# prints the total, in dtrace(1M)'s default layout:
#   CPU     ID                    FUNCTION:NAME
#     0  25499                       :tick-1sec         1
#   ...
#   ^C
#     0      2                             :END         6
# Here the tick probe's ID is 5 (4 + its place in the program) and the CLI
# is pinned to CPU 0, where tick-N fires.
. tests/runtime/lib.sh

taskset -c 0 "$TRACER" -s tests/dtrace/guide/counter.d >"$WORK/out" 2>"$WORK/err" &
TRACER_PID=$!
BGPIDS+=("$TRACER_PID")
wait_for "$WORK/out" ":tick-1sec         3"
kill -INT "$TRACER_PID"
wait "$TRACER_PID"
cat "$WORK/out"
n=$(grep -c ':tick-1sec ' "$WORK/out")
want=$(printf 'CPU     ID                    FUNCTION:NAME\n'
	for ((i = 1; i <= n; i++)); do
		printf '  0      5                       :tick-1sec %9d\n' "$i"
	done
	printf '  0      2                             :END %9d\n' "$n")
# Ctrl-C's newline comes at once, before a tick that was still due.
expect_eq "output" "$(grep -v '^$' "$WORK/out")" "$want"
expect_eq "blank lines (Ctrl-C's, the final one)" "$(grep -c '^$' "$WORK/out")" 2
expect_eq "stderr" "$(cat "$WORK/err")" "tracer: script 'tests/dtrace/guide/counter.d' matched 3 probes"
