# self-> variables follow one thread across two kprobes (ksys_read calls
# vfs_read), and assigning 0 frees them: with a dynamic variable space of a
# few entries, 20000 create/free cycles give no dynamic variable drops and
# the exact count, while another process reads too.
. tests/runtime/lib.sh

N=20000
readloop_start "$N"

cat >"$WORK/self.d" <<EOD
#pragma D option dynvarsize=256
fbt::ksys_read:entry /pid == $pid/ { self->fd = arg0 + 1; self->n++; }
fbt::vfs_read:entry /self->fd/ { @ = count(); @n = sum(self->n); }
fbt::vfs_read:entry /self->fd/ { self->fd = 0; self->n = 0; }
EOD
tracer_bg self -s "$WORK/self.d"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/self.out" "$WORK/self.err"
got=$(awk 'NF { print $NF }' "$WORK/self.out" | tr '\n' ' ')
expect_eq "count and sum of self->n" "$got" "$N $N "
if grep -q "dynamic variable drop" "$WORK/self.err"; then
	fail "freed thread-locals were not reused: $(cat "$WORK/self.err")"
fi
echo "ok: no dynamic variable drops"
