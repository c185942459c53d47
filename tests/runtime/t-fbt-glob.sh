# Globbed fbt descriptions attach through one ftrace_ops: fbt::vfs_*:entry
# counts exactly and -v reports attach and detach times; tracer -l lists
# the kernel's probes; a blacklisted function is refused with the reason.
. tests/runtime/lib.sh

# exact counts through a glob: every vfs_read of the loop, no more
N=20000
readloop_start "$N"
tracer_bg glob -v -n "fbt::vfs_*:entry /pid == $pid/ { @[probefunc] = count(); }"
touch "$WORK/go"
wait "$loop"
tracer_stop
cat "$WORK/glob.err" "$WORK/glob.out"
got=$(awk '$1 == "vfs_read" { print $2 }' "$WORK/glob.out")
expect_eq "vfs_read count of $N reads through fbt::vfs_*:entry" "$got" "$N"
n=$(sed -n 's/.*matched \([0-9]*\) probes/\1/p' "$WORK/glob.err")
[[ $n -gt 20 ]] || fail "fbt::vfs_*:entry matched '$n' probes"
grep -q "^tracer: attached $n probes in [0-9.]* s$" "$WORK/glob.err" ||
	fail "no attach time: $(cat "$WORK/glob.err")"
grep -q "^tracer: detached $n probes in [0-9.]* s$" "$WORK/glob.err" ||
	fail "no detach time: $(cat "$WORK/glob.err")"
echo "ok: fbt::vfs_*:entry: $n probes, attach and detach times"

# tracer -l: every probe of the kernel, dtrace's layout
"$TRACER" -l >"$WORK/l.out"
lines=$(wc -l <"$WORK/l.out")
[[ $lines -gt 10000 ]] || fail "tracer -l lists $lines lines"
echo "ok: tracer -l lists $lines lines"
"$TRACER" -l -n 'fbt::vfs_read:*' >"$WORK/l1.out"
id=$(awk '$2 == "fbt" && $4 == "vfs_read" && $5 == "entry" { print $1 }' "$WORK/l.out")
expect_eq "tracer -l -n 'fbt::vfs_read:*'" "$(cat "$WORK/l1.out")" "$(printf '%5s %10s %17s %33s %s\n' \
	ID PROVIDER MODULE FUNCTION NAME "$id" fbt vmlinux vfs_read entry \
	$((id + 1)) fbt vmlinux vfs_read return)"

# a function on the kprobe blacklist, named exactly
if "$TRACER" -e -n 'fbt::asm_exc_divide_error:entry { }' 2>"$WORK/bl.err"; then
	fail "a blacklisted function compiled"
fi
grep -q "it is on the kprobe blacklist" "$WORK/bl.err" ||
	fail "blacklist: $(cat "$WORK/bl.err")"
echo "ok: a blacklisted function is refused, saying why"
