# stack() as an aggregation key: readloop's 300 read() calls share one
# kernel stack, printed as DTrace prints it: first the probed function,
# then its callers (ksys_read ...), "module`function+0xoff" indented 14,
# then the count.  stack(2) as an action prints two frames.
. tests/runtime/lib.sh

readloop_bg 300 go

tracer_bg st -n "fbt::vfs_read:entry /pid == $pid/ { @[stack()] = count(); }"
touch "$WORK/go"
wait "$loop" || true
tracer_stop
cat "$WORK/st.out"
frame='^ {14}vmlinux`[A-Za-z0-9_.]+\+0x[0-9a-f]+$'
first=$(awk 'NF' "$WORK/st.out" | head -1)
echo "$first" | grep -qE "^ {14}vmlinux\`vfs_read\+0x[0-9a-f]+$" ||
	fail "the first frame is not in vfs_read: '$first'"
grep -qE "^ {14}vmlinux\`ksys_read\+0x[0-9a-f]+$" "$WORK/st.out" ||
	fail "no ksys_read frame"
expect_eq "count line" "$(tail -1 "$WORK/st.out")" "              300"
nframes=$(grep -cE "$frame" "$WORK/st.out")
[[ $nframes -ge 3 && $nframes -le 20 ]] || fail "$nframes frames"
# Ctrl-C's newline, the one before the aggregations, dt_print_stack()'s
expect_eq "blank lines before the stack" "$(sed -n 1,3p "$WORK/st.out" | tr -d '\n')" ""

# stack(2) as an action, without -q: the heading, the probe's line, a
# newline, two frames, the firing's newline, the final one.
readloop_bg 1 go2
tracer_bg st2 -n "fbt::vfs_read:entry /pid == $pid/ { stack(2); exit(0); }"
touch "$WORK/go2"
wait "$TRACER_PID"
cat "$WORK/st2.out"
expect_eq "action lines" "$(wc -l <"$WORK/st2.out")" 6
sed -n 2p "$WORK/st2.out" | grep -qE "^ +[0-9]+ +[0-9]+ +vfs_read:entry \$" ||
	fail "no CPU ID FUNCTION:NAME line"
sed -n 3p "$WORK/st2.out" | grep -qE "^ {14}vmlinux\`vfs_read\+0x" ||
	fail "stack(2) does not start at vfs_read"
sed -n 4p "$WORK/st2.out" | grep -qE "$frame" || fail "no second frame"
