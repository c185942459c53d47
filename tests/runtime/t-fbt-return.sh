# fbt return probes see the exact return value: N one-byte reads of one
# process return 1 N times, as retval and as arg1, in both spellings; a
# clause shared by the entry and the return probe runs N times for each.
. tests/runtime/lib.sh

N=3000
readloop_bg "$N"

tracer_bg ret -n "fbt::vfs_read:return /pid == $pid/ { @r[retval] = count(); }
kretprobe:vfs_read /pid == $pid/ { @a[arg1] = count(); }
fbt::vfs_read:entry, fbt::vfs_read:return /pid == $pid/ { @n[probeprov, probefunc, probename] = count(); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/ret.out"
mapfile -t lines < <(awk 'NF { $1 = $1; print }' "$WORK/ret.out")
expect_eq "lines" "${#lines[@]}" 4
expect_eq "retval" "${lines[0]}" "1 $N"
expect_eq "arg1" "${lines[1]}" "1 $N"
# One clause shared by the entry and the return probe: N firings each.
expect_eq "names" "${lines[2]} ${lines[3]}" \
	"fbt vfs_read entry $N fbt vfs_read return $N"
