# scripts/iolatency.d against a null_blk device that completes every
# request 20 ms after issue: all of dd's N O_DIRECT reads are counted in
# the 16 ms row (16 <= ms < 32) or above, none below, summed over the
# per-second distributions.
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

N=20
null_blk_dev 20000000

tracer_bg_until iolat out "Tracing block I/O" -s scripts/iolatency.d
dd if="$NULLB" of=/dev/null bs=4k count=$N iflag=direct
tracer_stop
cat "$WORK/iolat.out"

grep -q "block I/O latency (ms)" "$WORK/iolat.out" || fail "no distribution"
rows() { awk -v lo="$1" -v hi="$2" '$2 == "|" || $2 ~ /^\|/ {
	if ($1 >= lo && $1 < hi) n += $NF } END { print n + 0 }' "$WORK/iolat.out"; }
expect_eq "I/O at 16 ms or more" "$(rows 16 1e18)" "$N"
expect_eq "I/O under 16 ms" "$(rows 0 16)" "0"
