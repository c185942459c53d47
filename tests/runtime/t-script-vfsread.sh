# scripts/vfsread.d against reads known to be slow: dd's O_DIRECT reads of
# an ext4 file behind dm-delay (150 ms per read) all land in the rows at
# or above 134217728 ns (2^27, 134 ms); nothing is faster than the delay.
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

N=4
slow_ext4 "$WORK/mnt" 150
dd if=/dev/urandom of="$WORK/mnt/data" bs=64k count=$N 2>/dev/null
drop_caches

tracer_bg vfsread -s scripts/vfsread.d
dd if="$WORK/mnt/data" of=/dev/null bs=64k count=$N iflag=direct
tracer_stop
cat "$WORK/vfsread.out"

# dd's block: from its "dd ns" key line to the blank line after its rows
awk '$1 == "dd" && $2 == "ns" { on = 1; next } on && !NF { exit } on' \
	"$WORK/vfsread.out" >"$WORK/dd.rows"
grep -q Distribution "$WORK/dd.rows" || fail "no distribution for dd"
slow=$(awk '$1 ~ /^[0-9]+$/ && $1 >= 134217728 { n += $NF } END { print n + 0 }' "$WORK/dd.rows")
expect_eq "dd reads at or above 134217728 ns" "$slow" "$N"
