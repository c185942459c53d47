# A full dynamic variable space drops new entries, counts and reports them
# in DTrace's words, and tracing goes on: the count of reads stays exact.
. tests/runtime/lib.sh

N=5000
readloop_start "$N"

cat >"$WORK/full.d" <<EOD
#pragma D option dynvarsize=4k
fbt::vfs_read:entry /pid == $pid/ { a[timestamp, "k"] = 1; @ = count(); }
EOD
tracer_bg full -s "$WORK/full.d"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/full.out" "$WORK/full.err"
got=$(awk 'NF { v = $NF } END { print v }' "$WORK/full.out")
expect_eq "count of $N reads" "$got" "$N"
drops=$(sed -n 's/^tracer: \([0-9]*\) dynamic variable drops\{0,1\}$/\1/p' \
	"$WORK/full.err" | awk '{ s += $1 } END { print s + 0 }')
[[ $drops -gt $((N / 2)) && $drops -lt $N ]] ||
	fail "dynamic variable drops: got '$drops' for $N keys"
echo "ok: $drops dynamic variable drops reported"
