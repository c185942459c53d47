# %A names a user address in $target as DTrace does: profile-997's arg1
# (the user PC) in busyloop, which spends its time in spin_here(), prints
# as busyloop`spin_here+0x...: during tracing (printf, the process alive)
# and at the end (printa, after it exited: the mappings read while it
# lived).  A kernel sample's arg1 is 0, which names nothing: 0x0.  The
# first samples may come before the -c child has exec'd busyloop (tracer's
# own code then, in no mapping of busyloop: 0x...): printf's sample is one
# taken a second in.
. tests/runtime/lib.sh

"$TRACER" -q -n 'BEGIN { t0 = timestamp; }
profile-997 /pid == $target && arg1 && timestamp - t0 > 1000000000 && !done/ {
	printf("live %A\n", arg1); done = 1; }
profile-997 /pid == $target/ { @[arg1] = count(); }
END { printa("%A %@d\n", @); }' -c "$TBIN/busyloop 3" \
	>"$WORK/out" 2>"$WORK/err"
expect_eq "status" "$?" 0
head -3 "$WORK/out"
tail -3 "$WORK/out"
cat "$WORK/err"
grep -qE '^live busyloop`spin_here\+0x[0-9a-f]+$' "$WORK/out" ||
	fail "printf's %A did not name spin_here: $(head -2 "$WORK/out")"
top=$(grep -vE '^(live |$)' "$WORK/out" | tail -1)
[[ $top =~ ^busyloop\`spin_here\+0x[0-9a-f]+\ [0-9]+$ ]] ||
	fail "the most sampled PC is not in spin_here: '$top'"
if grep -vE '^(live |$)' "$WORK/out" | grep -qE '^0x0 '; then
	echo "ok: kernel samples are 0x0"
fi
grep -E '^busyloop`' "$WORK/out" | grep -vqE '^busyloop`[a-z_]+(\+0x[0-9a-f]+)? [0-9]+$' &&
	fail "a malformed name: $(grep -E '^busyloop`' "$WORK/out")"
echo "ok: $top"
