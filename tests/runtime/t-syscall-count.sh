# tpsys: the syscall provider counts exactly: N one-byte read() calls of
# one process (another keeps the other CPU busy with reads of its own),
# seen by syscall::read:entry and :return and by the syscalls tracepoints,
# all served by the direct sys_enter / sys_exit path; args-> and arg0
# agree, and no read fails (errno 0).
. tests/runtime/lib.sh

N=${N:-100000}
readloop_start "$N"

tracer_bg sys -n "
syscall::read:entry /pid == $pid/ { @a = count(); @c = sum(args->count); }
tracepoint:syscalls:sys_enter_read /pid == $pid/ { @t = count(); @f = sum(arg2); }
syscall::read:return /pid == $pid/ { @r = sum(arg0); @e = sum(errno); }
tracepoint:syscalls::sys_exit_read /pid == $pid/ { @x = sum(args->ret); }
END { printa(\"@@ %@d %@d %@d %@d %@d %@d %@d\\n\", @a, @c, @t, @f, @r, @e, @x); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/sys.out" "$WORK/sys.err"
expect_eq "entry, sum(args->count), tracepoint, sum(arg2), return, errno, sys_exit" \
	"$(sed -n 's/.*@@ //p' "$WORK/sys.out")" "$N $N $N $N $N 0 $N"
