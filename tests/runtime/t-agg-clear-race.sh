# clear() while probes update the same aggregation on another CPU: the
# consumer drains the tables (TR_IOC_SNAPSHOT swaps each CPU's table by
# IPI) and clears its sums thousands of times while a busy reader keeps
# adding to them: no error, no kernel warning (the lab checks the log),
# and after a last clear() with no reader left the values are the initial
# ones.
. tests/runtime/lib.sh

N=1000
readloop_start "$N"
bg=${BGPIDS[0]}

tracer_bg race -n "fbt::vfs_read:entry /pid == $bg/ {
	@c = count(); @q = quantize(arg2); @m = min(arg2); }
fbt::vfs_read:entry /pid == $pid/ { clear(@c); clear(@q); clear(@m); }
END { clear(@c); clear(@q); clear(@m); }"
touch "$WORK/go"
wait "$loop"
kill -9 "$bg"
tracer_stop
cat "$WORK/race.out" "$WORK/race.err"
if grep -v "matched" "$WORK/race.err" | grep -q .; then
	fail "the tracer reported errors"
fi
got=$(awk 'NF == 1 { print $1 }' "$WORK/race.out" | tr '\n' ' ')
expect_eq "count() and min() after the last clear()" "$got" \
	"0 9223372036854775807 "
echo "ok: $N rounds of clear() against live updates"
