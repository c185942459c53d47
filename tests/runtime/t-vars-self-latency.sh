# The latency idiom: self->ts at entry, read by the return probe's
# predicate and its clause, then freed.  The compiler holds the entry's
# address in a register for the return clause (one lookup for the
# predicate, the read and the deletion's register); every return of the
# traced thread must see its own entry, and freeing must give the space
# back (a small dynvarsize, no drops).
. tests/runtime/lib.sh

N=20000
readloop_start "$N"

cat >"$WORK/lat.d" <<EOD
#pragma D option dynvarsize=256
fbt::vfs_read:entry /pid == $pid/ { self->ts = timestamp; }
fbt::vfs_read:return /self->ts/ {
	@["returns"] = sum(1);
	@["positive"] = sum(timestamp - self->ts > 0);
	self->ts = 0;
	@["after"] = sum(self->ts);
}
EOD
tracer_bg lat -s "$WORK/lat.d"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/lat.out" "$WORK/lat.err"
got=$(awk 'NF { print $1 "=" $2 }' "$WORK/lat.out" | sort | tr '\n' ' ')
expect_eq "returns, latencies, after the deletion" "$got" \
	"after=0 positive=$N returns=$N "
if grep -q "dynamic variable drop" "$WORK/lat.err"; then
	fail "freed thread-locals were not reused: $(cat "$WORK/lat.err")"
fi
echo "ok: no dynamic variable drops"
