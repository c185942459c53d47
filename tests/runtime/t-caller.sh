# caller: at fbt probes the address in the calling function the probed
# function returns to.  N one-byte read()s of one process enter vfs_read
# from ksys_read, N times, at the entry and at the return probe; BEGIN
# has no caller (0).  At profile and tick probes, the return address of
# the interrupted kernel function (stack()'s second frame there), 0 when
# the CPU was in user mode.
. tests/runtime/lib.sh

N=2000
readloop_bg "$N"

tracer_bg caller -n "fbt::vfs_read:entry /pid == $pid/ { @[probename, func(caller)] = count(); }
fbt::vfs_read:return /pid == $pid/ { @[probename, func(caller)] = count(); }
BEGIN { printf(\"BEGIN caller %x\n\", caller); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/caller.out"
grep -q " BEGIN caller 0$" "$WORK/caller.out" || fail "BEGIN: caller is not 0"
for p in entry return; do
	got=$(awk -v p=$p '$1 == p { print $2, $3 }' "$WORK/caller.out")
	expect_eq "$p: func(caller)" "$got" "vmlinux\`ksys_read $N"
done

# profile and tick, while dd keeps the kernel busy copying zeros.  Each
# kernel sample prints arg0 and caller, then stack(2), an independent walk
# (stack_trace_save() through the interrupt's frames): where it starts at
# arg0, its second frame must be caller.
dd if=/dev/zero of=/dev/null bs=1M 2>/dev/null &
BGPIDS+=($!)
"$TRACER" -q -n 'profile-97, tick-97 /arg0/ { printf("S %a %a\n", arg0, caller); stack(2); }
profile-997, tick-997 /arg0 && caller && caller != arg0/ { @[probename, "kernel, caller"] = count(); }
profile-997, tick-997 /arg1 && caller/ { @[probename, "user, caller"] = count(); }
profile-997, tick-997 /arg1 && !caller/ { @[probename, "user, no caller"] = count(); }
tick-2s { exit(0); }' >"$WORK/prof.out" 2>"$WORK/prof.err" || fail "$(cat "$WORK/prof.err")"
grep -Ev '^(S |$| {14})' "$WORK/prof.out" || true
awk '
	/^S / { a = $2; b = $3; n = 0; next }
	/^              [^ ]/ { f[++n] = $1 }
	n == 2 && f[1] == a { same++; if (f[2] != b) { print "caller " b " is not " f[2] " after " a; bad = 1 } }
	n == 2 { n = 0 }
	END { print same " samples where stack() starts at arg0"; exit bad || same < 10 }' "$WORK/prof.out" ||
	fail "caller at profile and tick probes"
for p in profile-997 tick-997; do
	grep -qE "^  $p +kernel, caller +[0-9]+$" "$WORK/prof.out" || fail "$p: no kernel sample with a caller"
	! grep -q "^  $p  *user, caller " "$WORK/prof.out" || fail "$p: a caller in user mode"
done
grep -E '^S ' "$WORK/prof.out" | awk '$3 !~ /^vmlinux`[A-Za-z0-9_.]+\+0x[0-9a-f]+$/' >"$WORK/unnamed"
echo "$(wc -l <"$WORK/unnamed") samples whose caller is not a vmlinux function"
