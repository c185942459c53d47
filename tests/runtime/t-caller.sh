# caller: at fbt probes the address in the calling function the probed
# function returns to.  N one-byte read()s of one process enter vfs_read
# from ksys_read, N times, at the entry and at the return probe; a tick
# probe has no caller (0).
. tests/runtime/lib.sh

N=2000
readloop_bg "$N"

tracer_bg caller -n "fbt::vfs_read:entry /pid == $pid/ { @[probename, func(caller)] = count(); }
fbt::vfs_read:return /pid == $pid/ { @[probename, func(caller)] = count(); }
tick-1ms /!done/ { printf(\"tick caller %x\n\", caller); done = 1; }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/caller.out"
grep -q " tick caller 0$" "$WORK/caller.out" || fail "tick: caller is not 0"
for p in entry return; do
	got=$(awk -v p=$p '$1 == p { print $2, $3 }' "$WORK/caller.out")
	expect_eq "$p: func(caller)" "$got" "vmlinux\`ksys_read $N"
done
