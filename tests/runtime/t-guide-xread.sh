# The DTrace Guide's fbt example with flowindent (chapter 20, fbt Provider),
# as Linux allows it in tests/dtrace/guide/xread.d: the first read() of
# readloop (one byte of /dev/zero, fd 3, pinned to CPU 1) followed through
# the kernel functions of the read path, entries indented under the
# syscall's "=>", in dtrace -F's layout byte for byte.  The chain is
# 6.1's (fbt return probes as kretprobes).
. tests/runtime/lib.sh

taskset -c 1 "$TBIN/readloop" 1 "$WORK/go" >"$WORK/pid" &
BGPIDS+=("$!")
wait_for "$WORK/pid" .
tracer_bg xread -s tests/dtrace/guide/xread.d
touch "$WORK/go"
wait "$TRACER_PID"
cat "$WORK/xread.out"
# the output, then the blank line tracer (as dtrace) prints at the end
line() { printf '%3d %-41s %s\n' 1 "$1" "${2:-}"; }
{
	printf '%3s %-41s\n' CPU FUNCTION
	line ' => read' 'fd: 3'
	line '   -> __x64_sys_read'
	line '     -> ksys_read'
	line '       -> __fdget_pos'
	line '       <- __fdget_pos'
	line '       -> vfs_read'
	line '         -> rw_verify_area'
	line '           -> security_file_permission'
	line '           <- security_file_permission'
	line '         <- rw_verify_area'
	line '         -> read_zero'
	line '         <- read_zero'
	line '       <- vfs_read'
	line '     <- ksys_read'
	line '   <- __x64_sys_read'
	line ' <= read'
	echo
} | expect_output "output" "$WORK/xread.out"
expect_eq "stderr" "$(cat "$WORK/xread.err")" \
	"tracer: script 'tests/dtrace/guide/xread.d' matched 16 probes"
