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

# The CLI runs on CPU 0 where it can be pinned: BEGIN and END then run on
# CPU 0, the first column of DTrace's default output.
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)

# run [ENV=VAL ...] -- ARGS...: the CLI on the fake device.  Sets OUT, ERR
# and RC (command substitution would eat trailing newlines: keep them).
run() {
	local envs=()
	while [[ $1 != -- ]]; do envs+=("$1"); shift; done
	shift
	env LD_PRELOAD="$FAKEDEV" "${envs[@]}" timeout 20 "${PIN[@]}" "$TRACER" "$@" \
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

# The kernel's symbols, for stack() and for the addresses ATTACH passes
printf 'ffffffff81200100 T vfs_read\nffffffff81200200 T ksys_read\nffffffff81200300 T vfs_write\nffffffff81200400 T vfs_readv\nffffffff81200500 T vfs_writev\nffffffffc0a01000 t ext4_foo\t[ext4]\n0000000000000000 A bogus\n' >"$WORK/kallsyms"
export TRACER_KALLSYMS=$WORK/kallsyms

# printf, the notice, the blank line before the (no) aggregations, exit(0)
run -- -n 'BEGIN { printf("hello %d %s %x|%5d|%-4s|\n", 42, "world", 255, 7, "ab"); exit(0); }'
# Without -q: DTrace's heading, then CPU, probe ID and FUNCTION:NAME
# before each firing's output, and a newline after it (dtrace.c chew(),
# chewrec()).
HEAD=$'CPU     ID                    FUNCTION:NAME\n'
check begin stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN hello 42 world ff|    7|ab  |\n\n\n'
check begin stderr "$ERR" $'tracer: description \'BEGIN \' matched 1 probe\n'
check begin status "$RC" 0

# -F (flowindent): chew()'s "CPU FUNCTION" heading, then "%3d %-41s " of
# the CPU and the indented function; BEGIN is neither entry nor return
run -- -F -n 'BEGIN { printf("x"); exit(0); }'
check flowindent stdout "$OUT" "$(printf '%3s %-41s' CPU FUNCTION)"$'\n'"$(printf '%3d %-41s ' 0 '| :BEGIN')"$'x\n\n'
# and with quiet too, but no newline after a firing (chewrec())
run -- -q -x flowindent -n 'BEGIN { printf("x"); exit(0); }'
check flowindent-quiet stdout "$OUT" "$(printf '%3s %-41s' CPU FUNCTION)"$'\n'"$(printf '%3d %-41s ' 0 '| :BEGIN')"$'x\n'

# $pid, $uid, $gid: tracer's own process (dt_open.c's _dtrace_macros), as
# constants in the program (sh's $$ is the pid tracer gets by exec)
got=$(sh -c 'echo "$$"; exec "$1" -S -n "BEGIN { trace(\$pid); trace(\$uid); trace(\$gid); }"' sh "$TRACER" |
	awk 'NR == 1 || / movi / { print $NF }' | tr '\n' ' ')
mypid=${got%% *}
check macro-pid -S "$got" "$mypid $mypid $(id -u) $(id -g) "

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
check script-notice stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN \n  0      2                             :END bye\n\n\n'

# Aggregations after exit(): one per variable, by value then key, merged
# over the CPUs.  Firings n = 0..4 have pid 100 + n % 3.
run FAKEDEV_FIRES=5 -- -n 'fbt::vfs_read:entry { @[execname] = count(); @s = sum(pid); } BEGIN { exit(0); }'
check aggs stderr "$ERR" $'tracer: description \'fbt::vfs_read:entry \' matched 2 probes\n'
check aggs stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN \n\n'"$(pad proc102)                1"$'\n'"$(pad proc100)                2"$'\n'"$(pad proc101)                2"$'\n'$'              504\n'
check aggs status "$RC" 0

# All aggregation actions of a pass act on one snapshot: an update landing
# after it (FAKEDEV_SNAP_FIRES: the fbt probe fires right after the first
# snapshot) is neither hidden by trunc() nor reset by clear(); the next
# snapshot brings it.
for act in trunc clear; do
	run FAKEDEV_FIRES=0 FAKEDEV_SNAP_FIRES=1 -- -q -n "fbt::vfs_read:entry { @n = count(); }
BEGIN { @n = count(); printa(\"begin %@d\n\", @n); $act(@n); exit(0); }
END { printa(\"end %@d\n\", @n); }"
	check "snapshot-$act" stdout "$OUT" $'begin 1\nend 1\n\n'
	check "snapshot-$act" stderr "$ERR" ""
done

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
# Without quiet, the faulting clause prints nothing, not even its probe
# (DTrace discards a faulting ECB's data).
run -- -q -n 'BEGIN { printf("%d\n", 10 / (pid - pid)); } BEGIN { exit(0); }'
check fault stdout "$OUT" $'\n'
[[ $ERR =~ ^tracer:\ error\ on\ enabled\ probe\ ID\ 1\ \(ID\ 1:\ dtrace:::BEGIN\):\ divide-by-zero\ in\ action\ #1\ at\ DIF\ offset\ [0-9]+$'\n'$ ]]
check fault stderr-pattern "$?" 0
check fault status "$RC" 0
run -- -n 'BEGIN { trace(1); trace(10 / (pid - pid)); } BEGIN { exit(0); }'
check fault-noquiet stdout "$OUT" $'CPU     ID                    FUNCTION:NAME\n  0      1                           :BEGIN \n\n'

# Printing a NULL string (strstr() finding nothing, an absent thread-local)
# faults at address 0 as DTrace's does; that clause's record is not
# written and tracing goes on.
run -- -q -n 'self string s; BEGIN { printf("%s\n", strstr("abc", "x")); } BEGIN { trace(self->s); } BEGIN { printf("on\n"); exit(0); }'
check null-string stdout "$OUT" $'on\n\n'
[[ $ERR =~ ^tracer:\ error\ on\ enabled\ probe\ ID\ 1\ \(ID\ 1:\ dtrace:::BEGIN\):\ invalid\ address\ \(0x0\)\ in\ action\ #1\ at\ DIF\ offset\ [0-9]+$'\n'tracer:\ error\ on\ enabled\ probe\ ID\ 2\ \(ID\ 1:\ dtrace:::BEGIN\):\ invalid\ address\ \(0x0\)\ in\ action\ #1\ at\ DIF\ offset\ [0-9]+$'\n'$ ]]
check null-string stderr-pattern "$?" 0
check null-string status "$RC" 0

# Drops are reported per CPU, never silent: 5000 24-byte records a CPU into
# rings of 64 KiB (2730 records; on BEGIN's CPU the exit record takes one).
run FAKEDEV_FIRES=10000 -- -q -n '#pragma D option bufsize=64k
fbt::vfs_read:entry { printf("%d\n", pid); } BEGIN { exit(0); }'
# BEGIN's CPU (one more record, one more drop) is the CLI's: either one.
check drops stderr "$(sed -E 's/[0-9]+ drops on CPU [01]/N drops on CPU C/' <<<"$ERR")" \
	$'tracer: N drops on CPU C\ntracer: N drops on CPU C'
check drops total "$(grep -o '[0-9]* drops' <<<"$ERR" | awk '{ n += $1 } END { print n }')" 4541
check drops lines "$(grep -c . "$WORK/out")" 5459

# fbt return firings the kretprobes missed are reported as drops.
run FAKEDEV_RET_MISSED=3 -- -q -n 'BEGIN { exit(0); }'
check ret_missed stderr "$ERR" $'tracer: 3 fbt return firings dropped: more calls in flight than the probes follow, or a return inside a probe handler\n'

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
# (without the kernel's lists, an fbt description is taken as written)
run TRACER_TRACEFS=/nonexistent -- -n 'fbt::nosuchfunc:entry { }'
check attach stderr "$ERR" $'tracer: could not enable probes: fbt::nosuchfunc:entry: no kernel function of that name in /proc/kallsyms (are you root?)\n'
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

# ---- strs: several programs, options, macro arguments, -e -o -w -l -c -p

# Several -n and -s programs run together, each with its notice.
printf 'BEGIN { printf("s\\n"); }\n' >"$WORK/two.d"
run -- -n 'BEGIN { printf("n\n"); }' -s "$WORK/two.d" -n 'BEGIN { exit(0); }'
check multi stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN n\n\n  0      1                           :BEGIN s\n\n  0      1                           :BEGIN \n\n'
check multi stderr "$ERR" "tracer: description 'BEGIN ' matched 1 probe"$'\n'"tracer: script '$WORK/two.d' matched 1 probe"$'\n'"tracer: description 'BEGIN ' matched 1 probe"$'\n'
check multi status "$RC" 0
run -- -n 'BEGIN { exit(0); }' -n 'BEGIN { nonsense; }'
check multi-error stderr "$ERR" $'tracer: <command line>:1:9: unknown identifier \'nonsense\': no builtin or variable of that name is assigned anywhere\nBEGIN { nonsense; }\n        ^\n'
check multi-error status "$RC" 1

# -x sets options as #pragma D option does; a pragma wins over -x.
run -- -x quiet -x strsize=8 -n 'BEGIN { printf("%s\n", toupper("abcdefghij")); exit(0); }'
check x-opts stdout "$OUT" $'ABCDEFG\n\n'
check x-opts stderr "$ERR" ""
printf '#pragma D option strsize=4\nBEGIN { printf("%%s\\n", toupper("abcd")); exit(0); }\n' >"$WORK/ss.d"
run -- -q -x strsize=8 -s "$WORK/ss.d"
check x-pragma stdout "$OUT" $'ABC\n\n'
# strjoin() whose result does not fit strsize: DTrace runs out of scratch;
# the faulting clause's output (its first printf too) is discarded.
run -- -q -x strsize=8 -n 'BEGIN { printf("%s\n", strjoin("abcd", "efg")); printf("%s\n", strjoin("abcd", "efgh")); } BEGIN { printf("next\n"); exit(0); }'
check strjoin-noscratch stdout "$OUT" $'next\n\n'
[[ $ERR =~ ^tracer:\ error\ on\ enabled\ probe\ ID\ 1\ \(ID\ 1:\ dtrace:::BEGIN\):\ out\ of\ scratch\ space\ in\ action\ #2\ at\ DIF\ offset\ [0-9]+$'\n' ]]
check strjoin-noscratch stderr-pattern "$?" 0
run -- -x nosuch=1 -n 'BEGIN { exit(0); }'
check x-unknown stderr "$ERR" $'tracer: <command line>: unknown option \'nosuch\'\n'
check x-unknown status "$RC" 1
run -- -x strsize=1 -n 'BEGIN { exit(0); }'
check x-range stderr "$ERR" $'tracer: <command line>: option strsize=1 is out of range (2 to 4096)\n'
run -- -x switchrate=abc -n 'BEGIN { exit(0); }'
check x-rate stderr "$ERR" $'tracer: <command line>: invalid value \'abc\' for option switchrate\n'
run -- -q -x switchrate=10hz -x statusrate=50ms -x aggrate=1s -n 'BEGIN { exit(0); }'
check x-rates status "$RC" 0

# Macro arguments follow the options: $N as a number or a name, $$N as a
# string; an argument not given is an error unless defaultargs is set.
run -- -q -n 'BEGIN { printf("%d %s %s %d\n", $1, $$2, $$1, $2 == pid); exit(0); }' 42 pid
check macro stdout "$OUT" $'42 pid 42 1\n\n'
run -- -q -n 'BEGIN { printf("%d\n", $3); exit(0); }' 1
check macro-undef stderr "$ERR" $'tracer: <command line>:1:24: macro argument $3 is not defined (give it after the program, or set -x defaultargs)\nBEGIN { printf("%d\\n", $3); exit(0); }\n                       ^\n'
check macro-undef status "$RC" 1
run -- -q -x defaultargs -n 'BEGIN { printf("%d [%s]\n", $3, $$3); exit(0); }'
check defaultargs stdout "$OUT" $'0 []\n\n'
run -- -n 'fbt::$1:entry { @ = count(); } BEGIN { exit(0); }' vfs_read
check macro-pdesc stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN \n\n                3\n'
run TRACER_TRACEFS=/nonexistent -- -n 'fbt::$1:entry { @ = count(); } BEGIN { exit(0); }' nosuchfunc
check macro-pdesc-attach stderr "$ERR" $'tracer: could not enable probes: fbt::nosuchfunc:entry: no kernel function of that name in /proc/kallsyms (are you root?)\n'

# A script is an executable: #! with the options, arguments after it.
printf '#!%s -qs\nBEGIN { printf("%%s %%d\\n", $$0, $1 + 1); exit(0); }\n' \
	"$(realpath "$TRACER")" >"$WORK/exe.d"
chmod +x "$WORK/exe.d"
env LD_PRELOAD="$FAKEDEV" "$WORK/exe.d" 41 >"$WORK/out" 2>"$WORK/err"
check shebang stdout "$(cat "$WORK/out")" "$WORK/exe.d 42"
check shebang stderr "$(cat "$WORK/err")" ""

# -e compiles and stops; -w is refused; -o appends the output to a file.
run FAKEDEV_OPEN_ERRNO=13 -- -e -n 'BEGIN { exit(0); }'
check compile-only status "$RC" 0
check compile-only stderr "$ERR" ""
run -- -w -n 'BEGIN { exit(0); }'
check destructive stderr "$ERR" $'tracer: -w: destructive actions are not supported, so tracer does not permit them\n'
check destructive status "$RC" 2
echo first >"$WORK/o.txt"
run -- -q -o "$WORK/o.txt" -n 'BEGIN { printf("second\n"); exit(0); }'
check ofile stdout "$OUT" ""
check ofile file "$(cat "$WORK/o.txt")" $'first\nsecond'

# -l: dtrace -l's layout, from the kernel's lists (the fake tracefs of
# tests/fake-tracefs: TRACER_TRACEFS, TRACER_KPROBES_BLACKLIST).
FAKE=$(realpath "$(dirname "$0")/../fake-tracefs")
export TRACER_TRACEFS=$FAKE TRACER_KPROBES_BLACKLIST=$FAKE/kprobes-blacklist
hdr=$(printf '%5s %10s %17s %33s %s' ID PROVIDER MODULE FUNCTION NAME)
run -- -l -n 'fbt::vfs_*:entry' -n BEGIN
check list stdout "$OUT" "$(printf '%s\n' "$hdr"; printf '%5s %10s %17s %33s %s\n' \
	1 dtrace '' '' BEGIN 4 fbt vmlinux vfs_read entry \
	6 fbt vmlinux vfs_write entry 8 fbt vmlinux vfs_readv entry \
	14 fbt vmlinux vfs_writev entry)"$'\n'
check list status "$RC" 0
run -- -l -n 'fbt:ext4:ext4_file_*:return'
check list-module stdout "$OUT" "$(printf '%s\n' "$hdr"; printf '%5s %10s %17s %33s %s\n' \
	17 fbt ext4 ext4_file_read_iter return \
	19 fbt ext4 ext4_file_write_iter return)"$'\n'
# every probe: 3 dtrace, 2 x 15 fbt (less the blacklisted, the tracer's
# own, __ftrace_invalid_address___ and the repeated line), 13 profile,
# 2 x 3 syscall, 9 tracepoint (not events/ftrace), and the header
run -- -l
check list-all lines "$(wc -l <"$WORK/out")" 62
# -P provider, -m [provider:]module, -f [[provider:]module:]function
run -- -l -P syscall -m sched -f fbt:ext4:show_map
check list-Pmf stdout "$OUT" "$(printf '%s\n' "$hdr"; printf '%5s %10s %17s %33s %s\n' \
	22 fbt ext4 show_map entry 23 fbt ext4 show_map return \
	47 syscall '' stat entry 48 syscall '' stat return \
	49 syscall '' openat entry 50 syscall '' openat return \
	51 syscall '' read entry 52 syscall '' read return \
	55 tracepoint sched '' sched_process_exec \
	56 tracepoint sched '' sched_switch)"$'\n'
run -- -l -n 'fbt::nosuch:entry'
check list-nomatch stderr "$ERR" $'tracer: failed to match fbt::nosuch:entry: No probe matches description\n'
check list-nomatch status "$RC" 1
# -lv: a tracepoint's arguments, from its format file
run -- -lv -n 'tracepoint:syscalls::sys_exit_read'
check list-v stdout "$OUT" "$(printf '%s\n' "$hdr"; printf '%5s %10s %17s %33s %s\n' \
	61 tracepoint syscalls '' sys_exit_read)"$'\n\n\tArgument Types\n\t\tint __syscall_nr\n\t\tlong ret\n\n'
# -lv: fbt probes' types need the kernel's BTF (tests/unit/test_btf_kernel.sh
# lists them from a real one); without it the raw arguments, saying why
run TRACER_BTF=/nonexistent -- -lv -n 'fbt::vfs_read:entry'
check list-v-nobtf stdout "$OUT" "$(printf '%s\n' "$hdr"; printf '%5s %10s %17s %33s %s\n' \
	4 fbt vmlinux vfs_read entry)"$'\n\n\tArgument Types\n\t\targ0 .. arg9: uint64_t (no kernel BTF: /nonexistent cannot be read)\n\n'
run TRACER_TRACEFS=/nonexistent -- -l
check list-notracefs stderr "$ERR" $'tracer: cannot read /nonexistent/available_filter_functions: No such file or directory (is tracefs mounted, and are you root?)\n'

# Globs and -Z: the "matched N probes" notice counts what a glob matched
run -- -n 'fbt::vfs_*:entry { } BEGIN { exit(0); }'
check glob-notice stderr "$ERR" $'tracer: description \'fbt::vfs_*:entry \' matched 5 probes\n'
run -- -n 'fbt::nosuch*:entry { }'
check glob-nomatch stderr "$ERR" $'tracer: <command line>:1:1: probe description \'fbt::nosuch*:entry\' does not match any probes\nfbt::nosuch*:entry { }\n^\n'
check glob-nomatch status "$RC" 1
run -- -Z -n 'fbt::nosuch*:entry { } BEGIN { exit(0); }'
check zdefs stderr "$ERR" $'tracer: description \'fbt::nosuch*:entry \' matched 1 probe\n'
check zdefs status "$RC" 0

# -c runs a command once tracing has begun ($target is its pid) and stops
# when it exits; -p follows a process the same way.
run -- -n 'BEGIN { printf("%d\n", $target > 0 && $target != pid); }' -c 'sh -c exit'
check target-c stdout "$OUT" "$HEAD"$'  0      1                           :BEGIN 1\n\n\n'
[[ $ERR =~ ^tracer:\ description\ \'BEGIN\ \'\ matched\ 1\ probe$'\n'tracer:\ pid\ [0-9]+\ has\ exited$'\n'$ ]]
check target-c stderr-pattern "$?" 0
check target-c status "$RC" 0
sleep 1 &
spid=$!
run -- -q -n 'END { printf("%d\n", $target); }' -p "$spid"
check target-p stdout "$OUT" "$spid"$'\n\n'
check target-p status "$RC" 0
run -- -q -n 'BEGIN { exit(0); }' -p 999999999
check target-p-none stderr "$ERR" $'tracer: failed to grab pid 999999999: No such process\n'
run -- -q -n 'BEGIN { printf("%d", $target); }'
check target-undef status "$RC" 1
[[ $ERR == *"macro variable \$target is not defined: give a process with -c or -p"* ]]
check target-undef message "$?" 0

# stack(): symbolized from kallsyms (here a fake one; the fake device's
# firings have a three-frame stack whose first frame alternates).
run TRACER_KALLSYMS="$WORK/kallsyms" FAKEDEV_FIRES=3 -- -q -n 'fbt::vfs_read:entry { @[stack()] = count(); } BEGIN { exit(0); }'
s1='              vmlinux`vfs_read+0x5'
s1b='              vmlinux`vfs_read+0x15'
s2='              vmlinux`ksys_read+0x33'
s3='              ext4`ext4_foo+0x10'
check stack-key stdout "$OUT" $'\n\n'"$s1b"$'\n'"$s2"$'\n'"$s3"$'\n                1\n\n'"$s1"$'\n'"$s2"$'\n'"$s3"$'\n                2\n'
# printa()'s %k prints a stack() key as pfprint_stack() does: a newline,
# then the frames indented by 14, or with '-' by the width.
run TRACER_KALLSYMS="$WORK/kallsyms" FAKEDEV_FIRES=3 -- -q -n 'fbt::vfs_read:entry { @[stack()] = count(); } BEGIN { exit(0); } END { printa("%k%@d\n", @); printa("%-4k|%@d\n", @); }'
k4() { printf '    %s\n' "${1##* }" "${2##* }" "${3##* }"; }
check printa-k stdout "$OUT" $'\n'"$s1b"$'\n'"$s2"$'\n'"$s3"$'\n1\n\n'"$s1"$'\n'"$s2"$'\n'"$s3"$'\n2\n\n'"$(k4 "$s1b" "$s2" "$s3")"$'\n|1\n\n'"$(k4 "$s1" "$s2" "$s3")"$'\n|2\n\n'
run -- -q -n 'fbt::vfs_read:entry { @[stack()] = count(); } END { printa("%d %@d\n", @); }'
check printa-k-key status "$RC" 1
[[ $ERR == *"printa() conversion '%d' prints key 1 of @, which is a stack() (use %k)"* ]]
check printa-k-key message "$?" 0
printf 'ffffffff90000000 T vfs_read\n' >"$WORK/kallsyms-far"
run TRACER_KALLSYMS="$WORK/kallsyms-far" FAKEDEV_FIRES=1 -- -q -n 'fbt::vfs_read:entry { stack(1); } BEGIN { exit(0); }'
check stack-nosyms stdout "$OUT" $'\n              0xffffffff81200105\n\n'
# ustack(): the frames named in the process that recorded them, here the
# CLI itself (the fake device's user stack: its ioctl(), env_mock_vm(),
# then a pc mapped nowhere), as an action and as a key.
run FAKEDEV_FIRES=1 -- -q -n 'fbt::vfs_read:entry { ustack(); } BEGIN { exit(0); }'
u1='              fakedev.so`ioctl+0x10'
u2='              fakedev.so`env_mock_vm+0x8'
check ustack stdout "$OUT" $'\n'"$u1"$'\n'"$u2"$'\n              0x1234\n\n'
run FAKEDEV_FIRES=3 -- -q -n 'fbt::vfs_read:entry { @[ustack(2)] = count(); } BEGIN { exit(0); } END { printa("%k%@d\n", @); }'
check ustack-key stdout "$OUT" $'\n'"$u1"$'\n'"$u2"$'\n3\n\n'
run FAKEDEV_FIRES=1 -- -q -n 'fbt::vfs_read:entry { @[ustack(1)] = count(); } BEGIN { exit(0); }'
check ustack-agg stdout "$OUT" $'\n\n'"$u1"$'\n                1\n'
run -- -n 'BEGIN { printf("%d", stack()); }'
check stack-value stderr "$ERR" $'tracer: <command line>:1:22: stack() can only be an action, stack(); or an aggregation key, @[stack()]\nBEGIN { printf("%d", stack()); }\n                     ^\n'

# func() and sym(): dt_print_sym()'s "  %-50s" of module`function, as an
# action (quiet or not) and as a key.
run TRACER_KALLSYMS="$WORK/kallsyms" -- -q -n 'BEGIN { func(0xffffffff81200142); sym(0xffffffffc0a01000); func(16); exit(0); }'
check func-action stdout "$OUT" "$(pad 'vmlinux`vfs_read')$(pad 'ext4`ext4_foo')$(pad 0x10)"$'\n'
run TRACER_KALLSYMS="$WORK/kallsyms" FAKEDEV_FIRES=2 -- -q -n 'fbt::vfs_read:entry { @[sym(0xffffffff81200233), pid] = count(); } BEGIN { exit(0); }'
check func-key stdout "$OUT" $'\n'"$(pad 'vmlinux`ksys_read')      100                1"$'\n'"$(pad 'vmlinux`ksys_read')      101                1"$'\n'
# keys of one function merge, as DTrace's dt_aggregate_sym() makes them
run TRACER_KALLSYMS="$WORK/kallsyms" FAKEDEV_FIRES=2 -- -q -n 'fbt::vfs_read:entry { @[func(pid == 100 ? 0xffffffff81200233 : 0xffffffff81200240)] = count(); } BEGIN { exit(0); } END { printa(@); printa("%a %@d\n", @); }'
check func-key-merge stdout "$OUT" $'\n'"$(pad 'vmlinux`ksys_read')"$'                2\nvmlinux`ksys_read 2\n\n'
run -- -n 'BEGIN { trace(func(1)); }'
check func-value status "$RC" 1
# usym(), ufunc(), uaddr(), umod(): dt_print_usym()'s "  %-50s" too; an
# address no process maps prints in hex (the lab names real ones).
run -- -q -n 'BEGIN { usym(16); ufunc(17); uaddr(18); umod(19); exit(0); }'
check usym-action stdout "$OUT" "$(pad 0x10)$(pad 0x11)$(pad 0x12)$(pad 0x13)"$'\n'
run FAKEDEV_FIRES=2 -- -q -n 'fbt::vfs_read:entry { @[uaddr(0x10)] = count(); } BEGIN { exit(0); } END { printa("%A %@d\n", @); }'
check usym-key stdout "$OUT" $'0x10 1\n0x10 1\n\n'

echo "test_cli: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
