# A NULL pointer read is reported in DTrace's words, and tracing goes on.
. tests/runtime/lib.sh

"$TRACER" -q -n '
BEGIN { trace(((struct list_head *)0)->next); }
BEGIN { printf("after\n"); exit(0); }' >"$WORK/out" 2>"$WORK/err"
cat "$WORK/out" "$WORK/err"
expect_eq "output after the fault" "$(cat "$WORK/out")" "after"
grep -q "invalid address (0x0) in action #1" "$WORK/err" ||
	fail "no 'invalid address (0x0)' error"
