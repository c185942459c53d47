# ustack(): the user stack, walked by frame pointers from the registers the
# thread entered the kernel with, named in its process as DTrace names it.
#  1. At a system call: openfail makes 3 open() calls itself (the syscall
#     instruction) from open_noatime(), called by main(), both with frame
#     pointers; it prints the offsets they must show, and lives on until
#     told, so that its frames are named (a process gone before tracer
#     reads its records has hex frames, as in DTrace).  ustack() as an
#     action (ustackframes=3: the third frame is main's caller in libc),
#     and ustack(2) as a key, counted exactly.
#  2. At a profile probe in user mode: busyloop spends its time in
#     spin_here(), called by main(): the most sampled stack is those two.
#  3. A kernel thread (the idle task, pid 0) has no user stack: one empty
#     key for all its samples.
. tests/runtime/lib.sh

# 1.
"$TBIN/openfail" 3 "$WORK/go" /etc/passwd >"$WORK/of.out" &
loop=$!
BGPIDS+=("$loop")
wait_for "$WORK/of.out" .
pid=$(head -1 "$WORK/of.out")
cat >"$WORK/us.d" <<'EOF'
#pragma D option quiet
#pragma D option ustackframes=3
BEGIN
{
	printf("ready\n");
}

syscall::open:return
/pid == $1/
{
	printf("open %d", arg1);
	ustack();
	@[ustack(2)] = count();
}
EOF
tracer_bg_until us out ready -s "$WORK/us.d" "$pid"
touch "$WORK/go"
wait_lines "$WORK/of.out" . 2 || fail "openfail: $(cat "$WORK/of.out")"
read -r soff moff < <(sed -n 2p "$WORK/of.out")
wait_lines "$WORK/us.out" '^open -1$' 3 || fail "not 3 firings: $(cat "$WORK/us.out")"
tracer_stop
rm "$WORK/go"
wait "$loop"
cat "$WORK/us.out"
f1="              openfail\`open_noatime+$soff"
f2="              openfail\`main+$moff"
expect_eq "the first firing's stack" "$(sed -n 2,4p "$WORK/us.out")" \
	"open -1"$'\n'"$f1"$'\n'"$f2"
sed -n 5p "$WORK/us.out" | grep -qE '^              libc\.so\.6`' ||
	fail "main's caller is not in libc: $(sed -n 5p "$WORK/us.out")"
expect_eq "firings" "$(grep -c '^open -1$' "$WORK/us.out")" 3
expect_eq "the key" "$(tail -4 "$WORK/us.out")" \
	$'\n'"$f1"$'\n'"$f2"$'\n                3'

# 2.
"$TRACER" -q -n 'profile-997 /pid == $target/ { @[ustack(2)] = count(); }' \
	-c "$TBIN/busyloop 2" >"$WORK/prof.out" 2>"$WORK/prof.err"
expect_eq "status" "$?" 0
tail -3 "$WORK/prof.out"
top1=$(tail -3 "$WORK/prof.out" | sed -n 1p)
top2=$(tail -3 "$WORK/prof.out" | sed -n 2p)
[[ $top1 =~ ^\ {14}busyloop\`spin_here(\+0x[0-9a-f]+)?$ ]] ||
	fail "the most sampled frame is not in spin_here: '$top1'"
[[ $top2 =~ ^\ {14}busyloop\`main\+0x[0-9a-f]+$ ]] ||
	fail "spin_here's caller is not main: '$top2'"
echo "ok: $top1 / $top2"

# 3.
"$TRACER" -q -n 'profile-997 /pid == 0/ { @[ustack()] = count(); }
	tick-1s { exit(0); } END { printa("idle:%k:%@u\n", @); }' \
	>"$WORK/idle.out" 2>"$WORK/idle.err"
expect_eq "status" "$?" 0
cat "$WORK/idle.out"
expect_eq "idle keys" "$(grep -c '^idle:$' "$WORK/idle.out")" 1
grep -qE '^:[1-9][0-9]*$' "$WORK/idle.out" || fail "no idle samples"

# 4. usym(), ufunc(), uaddr(), umod() of busyloop's user pcs (arg1), named
#    in the process that recorded them: as actions (a sample a second in,
#    as in t-usym), and as keys, usym()'s and umod()'s merged per function
#    and per object as DTrace merges them, uaddr()'s with their offsets.
"$TRACER" -q -n 'BEGIN { t0 = timestamp; }
profile-997 /pid == $target && arg1 && timestamp - t0 > 1000000000 && !done/ {
	usym(arg1); uaddr(arg1); umod(arg1); ufunc(arg1); printf("\n"); done = 1; }
profile-997 /pid == $target && arg1/ {
	@s[usym(arg1)] = count(); @f[ufunc(arg1)] = count();
	@m[umod(arg1)] = count(); @a[uaddr(arg1)] = count(); }
END { printa("usym %A %@d\n", @s); printa(@f); printa(@m);
	printa("uaddr %A\n", @a); }' -c "$TBIN/busyloop 3" \
	>"$WORK/sym.out" 2>"$WORK/sym.err"
expect_eq "status" "$?" 0
head -2 "$WORK/sym.out"
grep -E '^(usym|  busyloop)' "$WORK/sym.out"
grep -c '^uaddr ' "$WORK/sym.out"
off=$(head -1 "$WORK/sym.out" | grep -oE 'spin_here\+0x[0-9a-f]+' | cut -d+ -f2)
expect_eq "the actions" "$(head -1 "$WORK/sym.out")" \
	"$(printf '  %-50s' 'busyloop`spin_here' "busyloop\`spin_here+$off" \
		busyloop 'busyloop`spin_here')"
expect_eq "usym() keys in spin_here" \
	"$(grep -cE '^usym busyloop`spin_here [0-9]+$' "$WORK/sym.out")" 1
expect_eq "ufunc() keys in spin_here" \
	"$(grep -cE '^  busyloop`spin_here +[0-9]+$' "$WORK/sym.out")" 1
expect_eq "umod() keys in busyloop" \
	"$(grep -cE '^  busyloop +[0-9]+$' "$WORK/sym.out")" 1
# (under the lab's emulation the samples of the loop may all land on one
# pc: that uaddr() keys do not merge is tested on the host, test_usyms)
grep -qE '^uaddr busyloop`spin_here\+0x[0-9a-f]+$' "$WORK/sym.out" ||
	fail "no uaddr() key in spin_here with its offset"
