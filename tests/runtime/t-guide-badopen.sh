# The DTrace Guide's ustack() example, badopen.d (chapter 33, User Process
# Tracing), unchanged in tests/dtrace/guide/badopen.d: the user stack of
# each open() of process $1 that returns -1.  openfail (pinned to CPU 1)
# makes 2 open() calls that fail with EPERM, from open_noatime(), called by
# main() (both with frame pointers), prints the offsets the stack must
# show, and lives on until told (its frames are named while it lives).
# main's caller is libc's, which has no frame pointers, so what follows it
# depends on what its registers held (as in DTrace or bpftrace on such a
# libc): the test checks the firing's line, the first three frames, and
# the blank line that ends the firing.
. tests/runtime/lib.sh

taskset -c 1 "$TBIN/openfail" 2 "$WORK/go" /etc/passwd >"$WORK/of.out" &
loop=$!
BGPIDS+=("$loop")
wait_for "$WORK/of.out" .
pid=$(head -1 "$WORK/of.out")
tracer_bg bad -s tests/dtrace/guide/badopen.d "$pid"
touch "$WORK/go"
wait_lines "$WORK/of.out" . 2 || fail "openfail: $(cat "$WORK/of.out")"
read -r soff moff < <(sed -n 2p "$WORK/of.out")
wait_lines "$WORK/bad.out" 'open for' 2 || fail "not 2 firings: $(cat "$WORK/bad.out")"
tracer_stop
rm "$WORK/go"
wait "$loop"
cat "$WORK/bad.out"
expect_eq "stderr" "$(cat "$WORK/bad.err")" \
	"tracer: script 'tests/dtrace/guide/badopen.d' matched 2 probes"
expect_eq "heading" "$(sed -n 1p "$WORK/bad.out")" \
	"$(printf '%3s %6s %32s' CPU ID FUNCTION:NAME)"
expect_eq "firings" "$(grep -c 'open for' "$WORK/bad.out")" 2
id=$(sed -n 2p "$WORK/bad.out" | awk '{ print $2 }')
awk '/open for/ { n++ } n == 1' "$WORK/bad.out" >"$WORK/first"
expect_eq "the first firing" "$(sed -n 1,3p "$WORK/first")" \
	"$(printf '%3d %6d %32s %s' 1 "$id" open:return "open for '/etc/passwd' failed")
              openfail\`open_noatime+$soff
              openfail\`main+$moff"
sed -n 4p "$WORK/first" | grep -qE '^              libc\.so\.6`' ||
	fail "main's caller is not in libc: $(sed -n 4p "$WORK/first")"
# at most 20 frames (ustackframes), then the firing's blank line
nframes=$(tail -n +2 "$WORK/first" | sed '/^              [^ ]/!q' |
	grep -c '^              [^ ]')
[[ $nframes -ge 3 && $nframes -le 20 ]] || fail "$nframes frames"
expect_eq "after the frames" "$(sed -n "$((nframes + 2))p" "$WORK/first")" ""
