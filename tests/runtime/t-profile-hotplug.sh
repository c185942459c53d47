# profile-N follows CPU hotplug: a CPU that comes online while tracing gets
# its timer on the session's grid of expiries; a CPU going offline loses
# its timer (the kernel would otherwise migrate it and fire it on another
# CPU as well as that CPU's own).  Needs 2 CPUs.  Rates are checked against
# the session's own length (END prints it): a loaded TCG lab fires late and
# a late timer skips what it missed, so only the upper bounds are tight.
. tests/runtime/lib.sh

online=/sys/devices/system/cpu/cpu1/online
[[ -w $online ]] || fail "no hotpluggable cpu1 (run the lab with --cpus 2)"
trap 'echo 1 >"$online" 2>/dev/null || true; cleanup' EXIT

prog='BEGIN { start = timestamp; printf("go\n"); }
profile-97 { @[cpu] = count(); }
END { printf("ms %d\n", (timestamp - start) / 1000000); }'
count() { awk -v c="$2" 'NF == 2 && $1 == c { print $2 }' "$WORK/$1.out"; }
# most NAME: the most one CPU's timer may fire in the session, 97 Hz + 10%
most() { awk '$1 == "ms" { print int($2 * 97 * 1.1 / 1000) + 10 }' "$WORK/$1.out"; }

# cpu1 offline at GO, online 1 s later, tracing for 2 s more.
echo 0 >"$online"
tracer_bg_until up out go -q -n "$prog"
sleep 1
echo 1 >"$online"
sleep 2
tracer_stop
cat "$WORK/up.out"
max=$(most up)
[[ -n $max ]] || fail "END did not print the session's length"
n=$(count up 1)
[[ -n $n && $n -ge 1 && $n -le $max ]] || fail "cpu1, online for the last ~2 s, fired '$n' times (at most $max)"
n=$(count up 0)
[[ -n $n && $n -ge 1 && $n -le $max ]] || fail "cpu0 fired '$n' times (at most $max)"

# cpu1 online at GO, offline 1 s later: cpu0 fires no more than its own.
tracer_bg_until down out go -q -n "$prog"
sleep 1
echo 0 >"$online"
sleep 2
tracer_stop
echo 1 >"$online"
cat "$WORK/down.out"
max=$(most down)
[[ -n $max ]] || fail "END did not print the session's length"
n=$(count down 1)
[[ -n $n && $n -ge 1 && $n -le $max ]] || fail "cpu1, online for the first ~1 s, fired '$n' times (at most $max)"
n=$(count down 0)
[[ -n $n && $n -ge 1 && $n -le $max ]] || fail "cpu0 fired '$n' times, at most $max in the session (a migrated timer fires twice as often)"
