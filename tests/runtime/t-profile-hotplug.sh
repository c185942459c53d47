# profile-N follows CPU hotplug: a CPU that comes online while tracing gets
# its timer on the session's grid of expiries; a CPU going offline loses
# its timer (the kernel would otherwise migrate it and fire it on another
# CPU as well as that CPU's own).  Needs 2 CPUs.  The lower bounds are
# loose: a loaded lab fires late and a late timer skips what it missed; the
# upper bounds are the test (a migrated timer fires twice as often).
. tests/runtime/lib.sh

online=/sys/devices/system/cpu/cpu1/online
[[ -w $online ]] || fail "no hotpluggable cpu1 (run the lab with --cpus 2)"
trap 'echo 1 >"$online" 2>/dev/null || true; cleanup' EXIT

count() { awk -v c="$2" 'NF == 2 && $1 == c { print $2 }' "$WORK/$1.out"; }

# cpu1 offline at GO, online 1 s later, tracing for 3 s.
echo 0 >"$online"
tracer_bg up -n 'profile-97 { @[cpu] = count(); } tick-3s { exit(0); }'
sleep 1
echo 1 >"$online"
wait "$TRACER_PID"
cat "$WORK/up.out"
n=$(count up 1)
[[ -n $n && $n -ge 5 && $n -le 250 ]] || fail "cpu1 online for ~2 s fired '$n' times"
n=$(count up 0)
[[ -n $n && $n -ge 30 && $n -le 350 ]] || fail "cpu0 fired '$n' times in 3 s"

# cpu1 online at GO, offline 1 s later: cpu0 fires no more than its own.
tracer_bg down -n 'profile-97 { @[cpu] = count(); } tick-3s { exit(0); }'
sleep 1
echo 0 >"$online"
wait "$TRACER_PID"
echo 1 >"$online"
cat "$WORK/down.out"
n=$(count down 1)
[[ -n $n && $n -ge 5 && $n -le 200 ]] || fail "cpu1 online for ~1 s fired '$n' times"
n=$(count down 0)
[[ -n $n && $n -ge 30 && $n -le 350 ]] || fail "cpu0 fired '$n' times in 3 s (a migrated timer fires twice as often)"
