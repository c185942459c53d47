# The DTrace Guide's trussrw.d (chapter 1, Output Formatting), unchanged in
# tests/dtrace/guide/trussrw.d: read() and write() of process $1 in truss's
# style.  writeloop makes 3 writes of 100 bytes of its buffer to fd 3 on
# CPU 1, so the output is known byte for byte: each entry's line, then the
# return's, whose printf ends in a newline of its own before the firing's.
. tests/runtime/lib.sh

writeloop_bg 3 100
tracer_bg truss -s tests/dtrace/guide/trussrw.d "$pid"
touch "$WORK/go"
wait "$loop"
wait_lines "$WORK/truss.out" '= 100' 3	# all 3 writes printed, then Ctrl-C
tracer_stop
cat "$WORK/truss.out"
# the firings, then Ctrl-C's newline and the last one (dtrace.c)
{
	printf '%3s %6s %32s\n' CPU ID FUNCTION:NAME
	for i in 1 2 3; do
		printf '%3d %6d %32s write(3, %s,  100)\n' 1 5 write:entry "$addr"
		printf '%3d %6d %32s \t\t = 100\n\n' 1 7 write:return
	done
	printf '\n\n'
} | expect_output "output" "$WORK/truss.out"
expect_eq "stderr" "$(cat "$WORK/truss.err")" \
	"tracer: script 'tests/dtrace/guide/trussrw.d' matched 4 probes"
