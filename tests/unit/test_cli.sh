#!/usr/bin/env bash
# tests/unit/test_cli.sh - build/tracer end to end on the host, against the
# fake /dev/tracer of tests/unit/fakedev.c (LD_PRELOAD): stdout, stderr and
# the exit status of each run are compared byte for byte with what
# dtrace(1M) prints for the same program (illumos cmd/dtrace/dtrace.c and
# libdtrace; the aggregation lines as in Oracle DTrace's test/unittest/aggs
# expected outputs).  Ends with "test_cli: N passed, N failed".
#
#   tests/unit/test_cli.sh build/tracer build/tests/unit/fakedev.so
set -uo pipefail

TRACER=${1:-build/tracer}
FAKEDEV=$(realpath "${2:-build/tests/unit/fakedev.so}")
WORK=$(mktemp -d /tmp/test_cli.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0

check() {	# check NAME WHAT GOT WANT
	if [[ "$3" == "$4" ]]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $1: $2" >&2
		echo "  got:  $(printf '%q' "$3")" >&2
		echo "  want: $(printf '%q' "$4")" >&2
	fi
}

# run [ENV=VAL ...] -- ARGS...: the CLI on the fake device.  Sets OUT, ERR
# and RC (command substitution would eat trailing newlines: keep them).
run() {
	local envs=()
	while [[ $1 != -- ]]; do envs+=("$1"); shift; done
	shift
	env LD_PRELOAD="$FAKEDEV" "${envs[@]}" timeout 20 "$TRACER" "$@" \
		>"$WORK/out" 2>"$WORK/err"
	RC=$?
	OUT=$(cat "$WORK/out"; echo x); OUT=${OUT%x}
	ERR=$(cat "$WORK/err"; echo x); ERR=${ERR%x}
}

# run_int SECONDS ARGS...: as run, with Ctrl-C (SIGINT) after SECONDS.
run_int() {
	local t=$1
	shift
	env LD_PRELOAD="$FAKEDEV" FAKEDEV_FIRES=5 "$TRACER" "$@" \
		>"$WORK/out" 2>"$WORK/err" &
	local pid=$!
	sleep "$t"
	kill -INT "$pid"
	wait "$pid"
	RC=$?
	OUT=$(cat "$WORK/out"; echo x); OUT=${OUT%x}
	ERR=$(cat "$WORK/err"; echo x); ERR=${ERR%x}
}

pad() { printf '  %-50s' "$1"; }	# a string key: dt_print_bytes()

# printf, the notice, the blank line before the (no) aggregations, exit(0)
run -- -n 'BEGIN { printf("hello %d %s %x|%5d|%-4s|\n", 42, "world", 255, 7, "ab"); exit(0); }'
check begin stdout "$OUT" $'hello 42 world ff|    7|ab  |\n\n'
check begin stderr "$ERR" $'tracer: description \'BEGIN \' matched 1 probe\n'
check begin status "$RC" 0

# -q: no notice; exit()'s value is the exit status
run -- -q -n 'BEGIN { exit(3); }'
check exit3 stdout "$OUT" $'\n'
check exit3 stderr "$ERR" ""
check exit3 status "$RC" 3

# #pragma D option quiet does what -q does; a script is named as such
printf '#pragma D option quiet\nBEGIN { printf("s\\n"); exit(0); }\n' \
	>"$WORK/s.d"
run -- -s "$WORK/s.d"
check script stdout "$OUT" $'s\n\n'
check script stderr "$ERR" ""
printf 'BEGIN { exit(0); }\nEND { printf("bye\\n"); }\n' >"$WORK/t.d"
run -- -s "$WORK/t.d"
check script-notice stderr "$ERR" "tracer: script '$WORK/t.d' matched 2 probes"$'\n'
check script-notice stdout "$OUT" $'bye\n\n'

# Aggregations after exit(): one per variable, by value then key, merged
# over the CPUs.  Firings n = 0..4 have pid 100 + n % 3.
run FAKEDEV_FIRES=5 -- -n 'fbt::vfs_read:entry { @[execname] = count(); @s = sum(pid); } BEGIN { exit(0); }'
check aggs stderr "$ERR" $'tracer: description \'fbt::vfs_read:entry \' matched 2 probes\n'
check aggs stdout "$OUT" $'\n'"$(pad proc102)                1"$'\n'"$(pad proc100)                2"$'\n'"$(pad proc101)                2"$'\n'$'              504\n'
check aggs status "$RC" 0

# Ctrl-C: a newline at once (even when quiet), END, a blank line, the
# aggregations; exit status 0.
run_int 1 -q -n 'fbt::vfs_read:entry { @c[pid] = count(); } END { printf("end\n"); }'
check sigint stdout "$OUT" $'\nend\n\n      102                1\n      100                2\n      101                2\n'
check sigint stderr "$ERR" ""
check sigint status "$RC" 0

# BEGIN's output comes first even when other CPUs have records: the CPU
# that ran BEGIN is read first (dt_consume_begin).
if [[ $(nproc) -ge 2 ]] && command -v taskset >/dev/null; then
	for c in 0 1; do
		env LD_PRELOAD="$FAKEDEV" FAKEDEV_FIRES=4 taskset -c $c \
			"$TRACER" -q -n 'BEGIN { printf("begin\n"); } fbt::vfs_read:entry { printf("fire %d\n", cpu); } END { printf("end\n"); }' \
			>"$WORK/out" 2>&1 &
		pid=$!
		sleep 1
		kill -INT $pid
		wait $pid
		other=$((1 - c))
		check "begin-first-cpu$c" stdout "$(cat "$WORK/out")" \
			"$(printf 'begin\nfire %d\nfire %d\nfire %d\nfire %d\n\nend' $c $c $other $other)"
	done
fi

# A fault: DTrace's message on stderr; the probe's other clauses still run.
run -- -q -n 'BEGIN { printf("%d\n", 10 / (pid - pid)); } BEGIN { exit(0); }'
check fault stdout "$OUT" $'\n'
[[ $ERR =~ ^tracer:\ error\ on\ enabled\ probe\ ID\ 1\ \(ID\ 1:\ dtrace:::BEGIN\):\ divide-by-zero\ in\ action\ #1\ at\ DIF\ offset\ [0-9]+$'\n'$ ]]
check fault stderr-pattern "$?" 0
check fault status "$RC" 0

# Drops are reported, never silent: 5000 16-byte records a CPU into rings
# of 64 KiB (4096 records; on BEGIN's CPU the exit record takes one).
run FAKEDEV_FIRES=10000 -- -q -n '#pragma D option bufsize=64k
fbt::vfs_read:entry { printf("%d\n", pid); } BEGIN { exit(0); }'
check drops stderr "$ERR" $'tracer: 1809 drops on all CPUs\n'
check drops lines "$(grep -c . "$WORK/out")" 8191

# Failures, each in one line that says what to do, exit status 1.
run FAKEDEV_OPEN_ERRNO=13 -- -n 'BEGIN { exit(0); }'
check eacces stderr "$ERR" $'tracer: permission denied opening /dev/tracer: run tracer as root (it needs CAP_SYS_ADMIN)\n'
check eacces status "$RC" 1
run FAKEDEV_OPEN_ERRNO=2 -- -n 'BEGIN { exit(0); }'
check enoent stderr "$ERR" $'tracer: /dev/tracer not found: the tracer module is not loaded (run: sudo insmod kmod/tracer.ko)\n'
check enoent status "$RC" 1
run 'FAKEDEV_LOAD_MSG=V7: clause 0, insn 3: bad jump' -- -n 'BEGIN { exit(0); }'
check load stderr "$ERR" $'tracer: the kernel rejected the program: V7: clause 0, insn 3: bad jump\n'
check load status "$RC" 1
run -- -n 'fbt::nosuchfunc:entry { }'
check attach stderr "$ERR" $'tracer: could not enable probes: fbt::nosuchfunc:entry: no kernel function of that name\n'
check attach status "$RC" 1

# -S prints the program and never opens the device.
run FAKEDEV_OPEN_ERRNO=13 -- -S -n 'BEGIN { exit(0); }'
check dump status "$RC" 0
check dump stderr "$ERR" ""
[[ $OUT == *"exit"* ]]
check dump stdout-mentions-exit "$?" 0

# Usage errors: one line, status 2.
run -- -z
check usage stderr "$ERR" $'tracer: option -z unknown; try tracer -h\n'
check usage status "$RC" 2
run -- -n
check usage-arg stderr "$ERR" $'tracer: option -n needs an argument; try tracer -h\n'
check usage-arg status "$RC" 2
run -- -h
check help status "$RC" 0
run -- -n 'BEGIN { nonsense'
check compile-error status "$RC" 1
[[ $ERR == "tracer: <command line>:1:"* ]]
check compile-error names-command-line "$?" 0

echo "test_cli: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
