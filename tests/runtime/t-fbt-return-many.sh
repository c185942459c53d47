# fbt return probes on hundreds of functions at once (one fprobe on 6.12,
# one kretprobe each on 6.1, which arm slowly: not all of ext4's, to stay
# well inside the test's time limit there): fbt:jbd2::return and
# fbt:ext4:ext4_[a-e]*:return firing from ext4 writers on both CPUs while
# a readloop's vfs_read returns are counted exactly; -v reports attach and
# detach times; detached while they fire (Ctrl-C, then kill -9), nothing
# stays registered or allocated.
# (A few of the busy ext4 and jbd2 returns may be dropped, and reported.)
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

busy_ext4 "$WORK/mnt"

before=$(live_allocs)
N=2000
readloop_bg "$N"
ext4_writer "$WORK/mnt" 0 & BGPIDS+=($!)
ext4_writer "$WORK/mnt" 1 & BGPIDS+=($!)
TRACER_WAIT=250 tracer_bg ret -v -n "fbt:ext4:ext4_[a-e]*:return, fbt:jbd2::return { @e[probemod] = count(); }
fbt::vfs_read:return /pid == $pid/ { @r[retval] = count(); }"
touch "$WORK/go"
wait "$loop"
sleep 1
tracer_stop
cat "$WORK/ret.err" "$WORK/ret.out"
n=$(sed -n "s/.*matched \([0-9]*\) probes/\1/p" "$WORK/ret.err")
[[ $n -gt 200 ]] || fail "ext4_[a-e]*, jbd2 and vfs_read returns matched '$n' probes"
grep -q "^tracer: attached $n probes in [0-9.]* s$" "$WORK/ret.err" || fail "no attach time"
grep -q "^tracer: detached $n probes in [0-9.]* s$" "$WORK/ret.err" || fail "no detach time"
expect_eq "vfs_read returns of $N one-byte reads among $n return probes" \
	"$(awk '$1 == 1 { print $2 }' "$WORK/ret.out")" "$N"
e=$(awk '$1 == "ext4" { print $2 }' "$WORK/ret.out")
[[ ${e:-0} -gt 10 ]] || fail "ext4 return probes fired '$e' times"
echo "ok: $n return probes, ext4's fired $e times"
expect_eq "module allocations after $n return probes" "$(live_allocs)" "$before"

# detached by kill -9 while they fire
TRACER_WAIT=250 tracer_bg ret9 -n 'fbt:jbd2::return { @ = count(); }'
sleep 1
kill9_tracer jbd2_
expect_eq "module allocations after kill -9" "$(live_allocs)" "$before"
