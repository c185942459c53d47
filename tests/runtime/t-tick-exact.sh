# tick-N: timers start together and fire in program order when due at the
# same time, so ten tick-100ms firings precede the first tick-1s exactly;
# a late timer catches up on the periods it missed.
. tests/runtime/lib.sh

"$TRACER" -q -n 'tick-100ms { @ = count(); } tick-1s { exit(0); }' \
	>"$WORK/out" 2>"$WORK/err"
cat "$WORK/out" "$WORK/err"
expect_eq "tick-100ms in one second" "$(awk 'NF { print $1 }' "$WORK/out")" 10
expect_eq "stderr" "$(cat "$WORK/err")" ""
