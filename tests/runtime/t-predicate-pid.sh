# A predicate on pid keeps exactly one process's events: with @[pid, execname]
# only the traced process shows up, with its exact count.
. tests/runtime/lib.sh

"$TBIN/readloop" 5000 "$WORK/go" >"$WORK/pid1" &
l1=$!
"$TBIN/readloop" 7000 "$WORK/go" >"$WORK/pid2" &
l2=$!
BGPIDS+=("$l1" "$l2")
wait_for "$WORK/pid1" .
wait_for "$WORK/pid2" .
p1=$(cat "$WORK/pid1")

tracer_bg pred -n "kprobe:vfs_read /pid == $p1 && execname == \"readloop\"/ { @[pid, execname] = count(); }"
touch "$WORK/go"
wait "$l1" "$l2"
tracer_stop
cat "$WORK/pred.out"
lines=$(grep -c . "$WORK/pred.out")
expect_eq "keys printed" "$lines" 1
expect_eq "the line" "$(awk 'NF' "$WORK/pred.out" | tr -s ' ')" " $p1 readloop 5000"
