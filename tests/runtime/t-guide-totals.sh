# The DTrace Guide's two ways of counting system calls by process (chapter
# 38, Performance Considerations: "Use Aggregations"), in
# tests/dtrace/guide/totals_array.d (an associative array, printed when
# the process calls exit; Linux's exit_group for Solaris's rexit) and
# tests/dtrace/guide/totals.d (an aggregation, printa() at END).  Both
# count every syscall:::entry of writeloop (started by -c: from its first
# system call after execve to exit_group, a number fixed by the program),
# so both must print the same number, at least its 10 writes, the open,
# and exit_group.
. tests/runtime/lib.sh

"$TRACER" -s tests/dtrace/guide/totals_array.d -c "$TBIN/writeloop 10 100 -" \
	>"$WORK/array.out" 2>"$WORK/array.err" || fail "totals_array.d: $(cat "$WORK/array.err")"
"$TRACER" -s tests/dtrace/guide/totals.d -c "$TBIN/writeloop 10 100 -" \
	>"$WORK/agg.out" 2>"$WORK/agg.err" || fail "totals.d: $(cat "$WORK/agg.err")"
cat "$WORK/array.out" "$WORK/agg.out"
line=$(grep -E "^ {0,3}[0-9]+ +[0-9]+ +exit_group:entry +writeloop [0-9]+$" "$WORK/array.out") ||
	fail "totals_array.d: no line for writeloop's exit_group"
n=${line##* }
(( n >= 12 )) || fail "totals_array.d: $n system calls, fewer than 12"
expect_eq "the printf" "${line#*exit_group:entry }" "$(printf '%40s %d' writeloop "$n")"
expect_eq "totals.d's row" "$(grep -E '^ +writeloop [0-9]+$' "$WORK/agg.out")" \
	"$(printf '%40s %d' writeloop "$n")"
