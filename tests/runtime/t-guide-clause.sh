# The DTrace Guide's clause.d (chapter 3, Variables: Example 3-2),
# unchanged in tests/dtrace/guide/clause.d: this-> variables persist across
# the clauses of one firing, so `dtrace -q -s clause.d` "will always
# produce the same output" each second until Ctrl-C:
#   Clause 1 is number 0; foo is 10
#   Clause 2 is number 1; foo is 11
#   Clause 3 is number 2; foo is 12
. tests/runtime/lib.sh

"$TRACER" -q -s tests/dtrace/guide/clause.d >"$WORK/out" 2>"$WORK/err" &
TRACER_PID=$!
BGPIDS+=("$TRACER_PID")
wait_lines "$WORK/out" 'Clause 3' 2
kill -INT "$TRACER_PID"
wait "$TRACER_PID"
cat "$WORK/out"
round=$'Clause 1 is number 0; foo is 10\nClause 2 is number 1; foo is 11\nClause 3 is number 2; foo is 12'
n=$(grep -c 'Clause 3' "$WORK/out")
[[ $n -ge 2 ]] || fail "only $n rounds"
# Ctrl-C prints a newline at once (dtrace.c's g_newline), and the exit
# another; a round whose tick fired just before the Ctrl-C reached the CLI
# may come between them.
expect_eq "blank lines" "$(grep -c '^$' "$WORK/out")" 2
want=$(for ((i = 0; i < n; i++)); do echo "$round"; done)
expect_eq "rounds" "$(grep -v '^$' "$WORK/out")" "$want"
expect_eq "stderr" "$(cat "$WORK/err")" ""
