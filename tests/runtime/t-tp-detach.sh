# tpsys: detaching while syscall and tracepoint probes fire on every CPU is
# clean: readers on both CPUs, tracepoints through perf (raw_syscalls, on
# every syscall) and directly (syscalls), stopped five times, by Ctrl-C and
# by kill -9 in turn; every byte comes back and the guest log stays clean
# (the lab fails the run on any warning).
. tests/runtime/lib.sh

"$TBIN/readloop" 1000000000 >/dev/null &
BGPIDS+=($!)
"$TBIN/readloop" 1000000000 >/dev/null &
BGPIDS+=($!)
before=$(live_allocs)
prog='tracepoint:raw_syscalls:sys_enter { @[args->id == 0] = count(); }
tracepoint:sched:sched_switch { @s[args->next_comm] = count(); }
syscall::read:entry, tracepoint:syscalls:sys_enter_read { @r = count(); }
syscall::read:return { @e = sum(errno); }'
for i in 1 2 3 4 5; do
	tracer_bg d$i -n "$prog"
	sleep 0.2
	if ((i % 2)); then
		tracer_stop
	else
		kill -9 "$TRACER_PID"
		wait "$TRACER_PID" 2>/dev/null || true
	fi
done
sleep 0.5
expect_eq "module allocations after 5 detaches" "$(live_allocs)" "$before"
