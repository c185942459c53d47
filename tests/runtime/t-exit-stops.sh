# After exit() no probe fires but END (as in DTrace): a clause that counts
# and exits on a function firing on every CPU counts at most once per CPU,
# and END still runs.
. tests/runtime/lib.sh

"$TBIN/readloop" 100000000 >/dev/null &
BGPIDS+=($!)
out=$("$TRACER" -q -n 'fbt::vfs_read:entry { @n = count(); exit(0); } END { printf("end ran\n"); }')
echo "$out"
n=$(awk '/[0-9]/ { v = $NF } END { print v }' <<<"$out")
grep -q "end ran" <<<"$out" || fail "END did not run after exit()"
[[ $n -ge 1 && $n -le $(nproc) ]] || fail "counted $n firings after exit(); want 1..$(nproc)"
echo "ok: $n firing(s) counted"
