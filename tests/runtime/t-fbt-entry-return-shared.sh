# fbt entry and return probes on one function, where return probes are
# kretprobes (6.1): the entry probes ride the kretprobe's kprobe, so ftrace
# enters the function through one ops, not two (enabled_functions shows
# "(1)"; two would go through ftrace's list function), while a function
# with entry probes alone keeps tracer's own ftrace_ops.  Firings still
# count exactly, see their arguments and caller, and stack() starts where
# it starts from ftrace's registers.
. tests/runtime/lib.sh

N=2000
readloop_bg "$N"
tracer_bg both -n "fbt::vfs_read:entry /pid == $pid/ { @e[arg2, func(caller)] = count(); @s[stack(1)] = count(); }
fbt::vfs_read:return /pid == $pid/ { @r[retval] = count(); }
fbt::ksys_read:entry /pid == $pid/ { @k = count(); }"
grep -E '^(vfs_read|ksys_read) ' /sys/kernel/tracing/enabled_functions >"$WORK/ops"
cat "$WORK/ops"
if [[ $(uname -r) == 6.1.* ]]; then
	grep -qE '^vfs_read \(1\)' "$WORK/ops" ||
		fail "vfs_read: not one ftrace_ops for its entry and return probes"
fi
grep -qE '^ksys_read \(1\)' "$WORK/ops" || fail "ksys_read: not traced once"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/both.out"
mapfile -t lines < <(awk 'NF { $1 = $1; print }' "$WORK/both.out")
expect_eq "lines" "${#lines[@]}" 5
expect_eq "vfs_read entry: arg2, func(caller)" "${lines[0]}" "1 vmlinux\`ksys_read $N"
shared_frame=${lines[1]}
expect_eq "stack(1) count" "${lines[2]}" "$N"
expect_eq "vfs_read return" "${lines[3]}" "1 $N"
expect_eq "ksys_read entry" "${lines[4]}" "$N"

# The same stack(1) from the entry probe alone, through ftrace_ops.
readloop_bg 10 go2
tracer_bg alone -n "fbt::vfs_read:entry /pid == $pid/ { @s[stack(1)] = count(); }"
touch "$WORK/go2"
wait "$loop"
tracer_stop
alone_frame=$(awk 'NF { $1 = $1; print; exit }' "$WORK/alone.out")
expect_eq "stack(1) riding the kretprobe" "$shared_frame" "$alone_frame"
