# The DTrace Guide's copyin() example (chapter 33, User Process Tracing),
# unchanged in tests/dtrace/guide/userwrite.d: what every process but
# tracer itself ($pid) writes, as stringof(copyin(arg1, arg2)).  A shell on
# CPU 1 writes "hello guide\n" in one write(); its line is the firing's
# prefix, the bytes, and the firing's newline.  Were $pid wrong, tracer
# would trace its own output without end.
. tests/runtime/lib.sh

tracer_bg uw -s tests/dtrace/guide/userwrite.d
taskset -c 1 sh -c 'printf "hello guide\n" >/dev/null'
wait_for "$WORK/uw.out" "hello guide"
tracer_stop
grep -A1 "hello guide" "$WORK/uw.out"
expect_eq "the shell's write" "$(grep 'hello guide' "$WORK/uw.out")" \
	"$(printf '%3d %6d %32s hello guide' 1 4 write:entry)"
expect_eq "then the firing's newline" \
	"$(grep -A1 'hello guide' "$WORK/uw.out" | sed -n '2{s/^$/(empty)/;p}')" "(empty)"
expect_eq "tracer's own writes" "$(grep -c 'hello guide' "$WORK/uw.out")" 1
