# One dynamic variable space shared by every CPU and by interrupt context:
# two reading processes on two CPUs and the timer tick (hardirq) update the
# same arrays and create and free thread-locals at once.  Nothing may warn
# (the lab checks the kernel log) and the traced process's count is exact.
. tests/runtime/lib.sh

N=20000
readloop_start "$N"

cat >"$WORK/conc.d" <<EOD
#pragma D option dynvarsize=64k
fbt::vfs_read:entry { a[cpu, "read"]++; self->r = timestamp; }
fbt::vfs_read:entry /pid == $pid/ { n[pid]++; }
fbt::vfs_read:entry { t[timestamp & 255] = self->r; self->r = 0; }
fbt::update_process_times:entry { a[cpu, "tick"]++; t[timestamp & 255] = 0; }
END { printf("traced %d\n", n[$pid]); }
EOD
tracer_bg conc -s "$WORK/conc.d"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/conc.out" "$WORK/conc.err"
expect_eq "exact count under contention" \
	"$(grep -o 'traced [0-9]*' "$WORK/conc.out")" "traced $N"
