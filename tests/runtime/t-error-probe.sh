# The ERROR probe gets DTrace's arguments for a divide-by-zero: the epid,
# action and DIF offset that the fault message names, DTRACEFLT_DIVZERO (4)
# and no address; the message still follows on stderr.  A fault in an
# ERROR clause does not fire ERROR again.
. tests/runtime/lib.sh

"$TRACER" -q -n 'BEGIN { printf("ok\n"); } BEGIN { printf("%d\n", 7 / arg0); }
ERROR { printf("%d %d %d %d %d %d\n", arg0, arg1, arg2, arg3, arg4, arg5); }
ERROR { printf("%d\n", 1 / arg0); }
ERROR { exit(0); }' >"$WORK/out" 2>"$WORK/err"
cat "$WORK/out" "$WORK/err"
expect_eq "ERROR's arguments" "$(sed -n 2p "$WORK/out")" \
	"0 2 1 $(sed -n 's/.*enabled probe ID 2 .*DIF offset \([0-9]*\).*/\1/p' "$WORK/err" | head -1) 4 0"
expect_eq "ERROR fired once" "$(grep -c . "$WORK/out")" 2
expect_eq "faults reported" "$(grep -c 'divide-by-zero' "$WORK/err")" 2
grep -q 'error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): divide-by-zero in action #1' "$WORK/err" ||
	fail "the BEGIN fault is not reported"
