# tests/runtime/lib.sh: helpers shared by the runtime tests (sourced).
# Every test runs as root inside the lab with the module loaded.
set -euo pipefail

: "${TRACER:=build/tracer}" "${TBIN:=build/tests}"
WORK=$(mktemp -d /tmp/t.XXXXXX)
BGPIDS=() ATEXIT=()
cleanup() {
	local p i
	for p in "${BGPIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	for ((i = ${#ATEXIT[@]} - 1; i >= 0; i--)); do
		eval "${ATEXIT[i]}" >/dev/null 2>&1 || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT

# at_exit CMD: run CMD (eval'ed) when the test exits, after the background
# jobs are killed, the last registered first.
at_exit() { ATEXIT+=("$1"); }

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_eq WHAT GOT WANT
expect_eq() {
	[[ "$2" == "$3" ]] || fail "$1: got '$2', want '$3'"
	echo "ok: $1 = '$2'"
}

# expect_output WHAT FILE: FILE must hold exactly the bytes of stdin
# (trailing newlines included).
expect_output() {
	cat >"$WORK/want"
	cmp -s "$2" "$WORK/want" ||
		fail "$1: $(diff "$WORK/want" "$2" | cat -A | head -20)"
	echo "ok: $1"
}

# wait_for FILE TEXT [SECONDS]: until FILE contains TEXT.
wait_for() {
	local i
	for ((i = 0; i < ${3:-60} * 10; i++)); do
		grep -q -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	fail "timed out waiting for '$2' in $1: $(cat "$1" 2>/dev/null)"
}

# wait_lines FILE TEXT N: until N lines of FILE contain TEXT (60 s at most).
wait_lines() {
	local i
	for ((i = 0; i < 600; i++)); do
		[[ $(grep -c -- "$2" "$1" 2>/dev/null) -ge $3 ]] && return 0
		sleep 0.1
	done
	return 1
}

# readloop_bg N [GO]: start readloop for N reads, waiting for $WORK/GO
# (default go); sets loop (its job, to wait for) and pid (the pid it
# prints).
readloop_bg() {
	local go=${2:-go}

	"$TBIN/readloop" "$1" "$WORK/$go" >"$WORK/$go.pid" &
	loop=$!
	BGPIDS+=("$loop")
	wait_for "$WORK/$go.pid" .
	pid=$(cat "$WORK/$go.pid")
}

# tracer_bg NAME ARGS...: start the CLI in the background; its output goes
# to $WORK/NAME.out and .err; waits until the probes are enabled.
tracer_bg() {
	local name=$1
	shift
	tracer_bg_until "$name" err matched "$@"
}

# tracer_bg_until NAME out|err TEXT ARGS...: tracer_bg, waiting for TEXT on
# stdout or stderr instead (a quiet script's BEGIN header).  Both wait
# TRACER_WAIT seconds (60) at most.
tracer_bg_until() {
	local name=$1 stream=$2 text=$3
	shift 3
	"$TRACER" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
	TRACER_PID=$!
	BGPIDS+=("$TRACER_PID")
	wait_for "$WORK/$name.$stream" "$text" "${TRACER_WAIT:-60}"
}

# tracer_stop: Ctrl-C the background CLI and wait for it to exit.
tracer_stop() {
	kill -INT "$TRACER_PID"
	wait "$TRACER_PID"
}

# writeloop_bg N SIZE: start writeloop (pinned to CPU 1) for N writes of
# SIZE bytes to /dev/null (fd 3), waiting for $WORK/go; sets loop (its job),
# pid and addr (of the buffer it writes).
writeloop_bg() {
	taskset -c 1 "$TBIN/writeloop" "$1" "$2" "$WORK/go" >"$WORK/go.pid" &
	loop=$!
	BGPIDS+=("$loop")
	wait_for "$WORK/go.pid" .
	read -r pid addr <"$WORK/go.pid"
}

# agg_block FILE KEY: the lines of FILE's aggregation entry whose key (a
# string) is KEY: its line, and if the value is a quantization (the line
# holds only the key), the table up to the blank line that ends it.
agg_block() {
	awk -v k="  $2" '
		!on && substr($0, 1, length(k) + 1) == k " " {
			print
			if (substr($0, length(k) + 1) !~ /^ *$/)
				exit
			on = 1
			next
		}
		on && $0 == "" { exit }
		on { print }' "$1"
}

# readloop_start N: a busy reader on the other CPU and a readloop of N
# one-byte reads waiting for $WORK/go; sets $loop (its pid) and $pid.
readloop_start() {
	"$TBIN/readloop" 100000000 >/dev/null &
	BGPIDS+=($!)
	readloop_bg "$1"
}

# kill9_tracer FUNC: kill -9 the background CLI; no probe on FUNC may be
# left registered.
kill9_tracer() {
	kill -9 "$TRACER_PID"
	wait "$TRACER_PID" 2>/dev/null || true
	sleep 0.5
	if probes_list | grep -q "$1"; then
		probes_list
		fail "$1 probe still registered after kill -9"
	fi
}

# Kernel state the lifecycle tests look at: kprobes (fbt return) and the
# functions an ftrace_ops traces (fbt entry).
probes_list() {
	cat /sys/kernel/debug/kprobes/list /sys/kernel/tracing/enabled_functions 2>/dev/null || true
}
live_allocs() { cat /sys/module/tracer/parameters/live_allocs; }
