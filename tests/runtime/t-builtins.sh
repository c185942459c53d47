# The builtins of the probes slice: ppid, gid, walltimestamp, epid,
# probeprov/mod/name, vtimestamp, arg6..arg8 (arguments on the stack).
. tests/runtime/lib.sh

"$TRACER" -q -n 'BEGIN { printf("%d %d %d\n", ppid, gid, walltimestamp / 1000000000); }
BEGIN { printf("%s:%s:%s:%s %d\n", probeprov, probemod, probefunc, probename, epid); exit(0); }' \
	>"$WORK/out" 2>"$WORK/err"
now=$(date +%s)
cat "$WORK/out" "$WORK/err"
read -r ppid gid wall <"$WORK/out"
expect_eq "ppid" "$ppid" "$$"
expect_eq "gid" "$gid" "$(id -g)"
(( wall >= now - 5 && wall <= now )) || fail "walltimestamp $wall, date says $now"
expect_eq "names and epid" "$(sed -n 2p "$WORK/out")" "dtrace:::BEGIN 2"

# vtimestamp: a busy thread's on-CPU time grows, and no faster than the
# time itself (a step back of a few microseconds is allowed where the
# scheduler's clock skipped an update at a context switch: kmod/env.c).
readloop_bg 2000
tracer_bg vt -n "fbt::vfs_read:entry /pid == $pid/ { printf(\"%d %d\n\", vtimestamp, timestamp); }"
touch "$WORK/go"
wait "$loop"
sleep 0.5
tracer_stop
# Lines "CPU ID vfs_read:entry VTIMESTAMP TIMESTAMP" after the heading.
expect_eq "firings" "$(grep -c ' vfs_read:entry ' "$WORK/vt.out")" 2000
awk '/ vfs_read:entry / { if (n++ == 0) { v0 = $4; t0 = $5 } v = $4; t = $5 }
     END { print "on CPU " v - v0 " ns of " t - t0 " ns"
	   if (v - v0 <= 0 || v - v0 > (t - t0) + 1000000) exit 1 }' \
	"$WORK/vt.out" || fail "vtimestamp"

# arg6 and up come from the stack (x86-64): do_mmap() has 8 arguments on
# 6.1 (pgoff is arg5, then the pointers populate and uf, on the kernel
# stack) and 9 from 6.3 (vm_flags, then pgoff as arg6).
cat >"$WORK/mapper.py" <<'PY'
import mmap, sys
f = open(sys.argv[1], "w+b")
f.truncate(4096 * 2000)
open(sys.argv[2], "w").close()
import time
while True:
    try:
        open(sys.argv[3]).close()
        break
    except OSError:
        time.sleep(0.05)
m = mmap.mmap(f.fileno(), 4096 * 3, offset=4096 * 1234)
PY
if [[ $(uname -r) == 6.1.* ]]; then
	pred='arg5 == 1234 && arg6 < 0 && arg7 < 0'
else
	pred='arg6 == 1234 && arg7 < 0 && arg8 < 0'
fi
python3 "$WORK/mapper.py" "$WORK/file" "$WORK/ready" "$WORK/mgo" &
py=$!
BGPIDS+=("$py")
for ((i = 0; i < 600; i++)); do [[ -e $WORK/ready ]] && break; sleep 0.1; done
tracer_bg mm -n "fbt::do_mmap:entry /pid == $py && arg2 == 3 * 4096 && $pred/ { @ = count(); }"
touch "$WORK/mgo"
wait "$py"
tracer_stop
cat "$WORK/mm.out"
expect_eq "do_mmap seen with its stack arguments" "$(awk 'NF { print $1 }' "$WORK/mm.out")" 1
