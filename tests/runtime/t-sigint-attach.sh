# Ctrl-C, then kill -9, while a thousand fbt return probes (fbt:ext4::return,
# kretprobes registered one by one on 6.1; 6.12 attaches them in one fprobe)
# are being registered: ATTACH stops between two registrations, the module
# unregisters those it had registered and frees every byte, and the CLI
# exits saying that nothing was traced (the lab checks the guest log for
# warnings).
. tests/runtime/lib.sh

modprobe ext4
# kprobes/list: "ADDRESS  r  ext4_foo+0x0 ext4  [FTRACE]" for a kretprobe
ext4_kretprobes() { probes_list | grep -c '  r  .* ext4 ' || true; }

# attaching NAME: start the CLI on every ext4 function's return and wait
# until its first kretprobes are registered (it is still attaching: it
# has not said "matched").
attaching() {
	local i
	"$TRACER" -n 'fbt:ext4::return { @ = count(); }' >"$WORK/$1.out" 2>"$WORK/$1.err" &
	TRACER_PID=$!
	BGPIDS+=("$TRACER_PID")
	for ((i = 0; i < 600; i++)); do
		(($(ext4_kretprobes) > 0)) && break
		sleep 0.1
	done
	(($(ext4_kretprobes) > 0)) || fail "no ext4 kretprobe registered: $(cat "$WORK/$1.err")"
	! grep -q matched "$WORK/$1.err" || fail "ATTACH ended before the signal was sent"
}

before=$(live_allocs)
attaching int
kill -INT "$TRACER_PID"
status=0
wait "$TRACER_PID" || status=$?
expect_eq "CLI exit status after Ctrl-C during attach" "$status" 1
expect_eq "CLI message" "$(cat "$WORK/int.err")" \
	"tracer: interrupted while enabling probes; nothing was traced"
expect_eq "ext4 kretprobes left after Ctrl-C" "$(ext4_kretprobes)" 0
expect_eq "module allocations after Ctrl-C during attach" "$(live_allocs)" "$before"

attaching kill
kill -9 "$TRACER_PID"
wait "$TRACER_PID" 2>/dev/null || true
expect_eq "ext4 kretprobes left after kill -9" "$(ext4_kretprobes)" 0
expect_eq "module allocations after kill -9 during attach" "$(live_allocs)" "$before"
