# fbt:MODULE::entry: the functions of modules loaded with modprobe (ext4,
# jbd2).  With ext4 busy on a loop device from both CPUs, more than a
# thousand fbt entry probes fire on both, then detach while they fire, by
# Ctrl-C and by kill -9, leaving nothing allocated (the lab checks the
# guest log for use-after-free reports, oopses and warnings).
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

busy_ext4 "$WORK/mnt"

before=$(live_allocs)
tracer_bg ext4 -v -n 'fbt:ext4::entry { @ = count(); }'
ext4_writer "$WORK/mnt" 0 & w0=$!
BGPIDS+=("$w0")
sleep 2
kill "$w0"
tracer_stop
cat "$WORK/ext4.err" "$WORK/ext4.out"
n=$(sed -n "s/.*matched \([0-9]*\) probes/\1/p" "$WORK/ext4.err")
[[ $n -gt 500 ]] || fail "fbt:ext4::entry matched '$n' probes"
grep -q "^tracer: attached $n probes in [0-9.]* s$" "$WORK/ext4.err" || fail "no attach time"
grep -q "^tracer: detached $n probes in [0-9.]* s$" "$WORK/ext4.err" || fail "no detach time"
fired=$(awk 'NF { v = $NF } END { print v }' "$WORK/ext4.out")
[[ $fired -gt 100 ]] || fail "ext4 functions fired $fired times"
echo "ok: fbt:ext4::entry: $n probes fired $fired times"
expect_eq "module allocations after fbt:ext4::entry" "$(live_allocs)" "$before"

# more than a thousand probes firing on both CPUs, detached while they fire
ext4_writer "$WORK/mnt" 0 & BGPIDS+=($!)
ext4_writer "$WORK/mnt" 1 & BGPIDS+=($!)
prog='fbt:ext4::entry, fbt:jbd2::entry, fbt::vfs_*:entry { @[cpu] = count(); }'
tracer_bg many -n "$prog"
sleep 3
tracer_stop
cat "$WORK/many.err" "$WORK/many.out"
n=$(sed -n "s/.*matched \([0-9]*\) probes/\1/p" "$WORK/many.err")
[[ $n -gt 1000 ]] || fail "only $n probes"
cpus=$(awk 'NF == 2 && $2 > 0' "$WORK/many.out" | wc -l)
expect_eq "CPUs that fired with $n probes" "$cpus" 2
tracer_bg many9 -n "$prog"
sleep 2
kill9_tracer ext4_
expect_eq "module allocations after $n probes, Ctrl-C and kill -9" "$(live_allocs)" "$before"
