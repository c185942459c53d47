# Counting is exact: N read() calls of one process, traced with a predicate
# on its pid, give exactly N, while another process keeps the other CPU busy
# with reads of its own.
. tests/runtime/lib.sh

N=200000
readloop_start "$N"

tracer_bg count -n "fbt::vfs_read:entry /pid == $pid/ { @ = count(); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/count.out"
got=$(awk 'NF { v = $NF } END { print v }' "$WORK/count.out")
expect_eq "count of $N reads" "$got" "$N"
