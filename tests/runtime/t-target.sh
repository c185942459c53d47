# -c starts a command once the probes are live, $target is its pid, and
# tracing stops when it exits; -p follows a running process the same way.
. tests/runtime/lib.sh

"$TRACER" -n 'fbt::vfs_read:entry /pid == $target/ { @n = count(); }' \
	-c "$TBIN/readloop 200" >"$WORK/c.out" 2>"$WORK/c.err"
expect_eq "-c status" "$?" 0
cat "$WORK/c.out" "$WORK/c.err"
grep -qE '^tracer: pid [0-9]+ has exited$' "$WORK/c.err" ||
	fail "no exit notice"
n=$(awk 'NF' "$WORK/c.out" | tail -1 | tr -d ' ')
# readloop's 200 reads, and the dynamic loader's few before them
[[ $n -ge 200 && $n -le 220 ]] || fail "-c counted $n reads"

"$TBIN/readloop" 500 "$WORK/go" >"$WORK/pid" &
BGPIDS+=("$!")
wait_for "$WORK/pid" .
p=$(cat "$WORK/pid")
tracer_bg p -n 'fbt::vfs_read:entry /pid == $target/ { @n = count(); } END { printf("target %d\n", $target); }' -p "$p"
touch "$WORK/go"
wait "$TRACER_PID"
expect_eq "-p status" "$?" 0
cat "$WORK/p.out"
# Without -q: the heading, END's line on the CPU that ran it, the count.
expect_eq "-p output" "$(awk 'NF' "$WORK/p.out" | tr -s ' ' |
	sed -E 's/^ [0-9]+ 2 :END /CPU 2 :END /')" "CPU ID FUNCTION:NAME
CPU 2 :END target $p
 500"
