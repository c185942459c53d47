# The aggregating functions in the kernel on a workload whose answer is
# known exactly: N one-byte read() calls of one process (readloop), traced
# with a predicate on its pid, while another process keeps the other CPU
# busy with reads of its own.  quantize(), lquantize(), min(), max(),
# avg() and stddev() of arg2 (the byte count) and of the constant 5 give
# one exact table and exact values, merged across CPUs.
. tests/runtime/lib.sh

N=50000
readloop_start "$N"

tracer_bg aggs -n "fbt::vfs_read:entry /pid == $pid/ {
	@q = quantize(arg2); @l = lquantize(arg2 + 4, 0, 10, 5);
	@mn = min(arg2 + 4); @mx = max(arg2 * 5); @a = avg(arg2 * 7);
	@s = stddev(arg2); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/aggs.out"
printf '%s\n' "" "" "" \
	"           value  ------------- Distribution ------------- count    " \
	"               0 |                                         0        " \
	"               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ $(printf '%-9s' $N)" \
	"               2 |                                         0        " \
	"" "" \
	"           value  ------------- Distribution ------------- count    " \
	"               0 |                                         0        " \
	"               5 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ $(printf '%-9s' $N)" \
	"           >= 10 |                                         0        " \
	"" \
	"                5" "                5" "                7" \
	"                0" >"$WORK/want"
if ! diff "$WORK/want" "$WORK/aggs.out"; then
	fail "the aggregations of $N one-byte reads differ from the exact answer"
fi
echo "ok: exact quantize, lquantize, min, max, avg and stddev of $N reads"
