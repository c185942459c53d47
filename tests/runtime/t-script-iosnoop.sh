# scripts/iosnoop.d against a null_blk device that completes every request
# 20 ms after issue: dd's N O_DIRECT 4 KB reads at sectors 0, 8, 16 ...
# each print one line with dd's pid, a read type, the device's
# major,minor, the sector, 4096 bytes and at least 20 ms of latency.
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

N=5
null_blk_dev 20000000
dev=$(printf '%d,%d' "0x$(stat -c %t "$NULLB")" "0x$(stat -c %T "$NULLB")")

tracer_bg_until iosnoop out "Tracing block I/O" -s scripts/iosnoop.d
dd if="$NULLB" of=/dev/null bs=4k count=$N iflag=direct &
ddpid=$!
wait $ddpid
tracer_stop
cat "$WORK/iosnoop.out"

expect_eq "header" "$(sed -n 2p "$WORK/iosnoop.out" | tr -s ' ')" \
	"STARTs ENDs COMM PID TYPE DEV BLOCK BYTES LATms"
awk 'NR > 2 && NF' "$WORK/iosnoop.out" | tr -s ' ' ' ' >"$WORK/rows"
expect_eq "rows" "$(wc -l <"$WORK/rows")" "$N"
# STARTs ENDs COMM PID TYPE DEV BLOCK BYTES LATms
expect_eq "comm pid dev bytes" "$(awk '{ print $3, $4, $6, $8 }' "$WORK/rows" | sort -u)" \
	"dd $ddpid $dev 4096"
expect_eq "types" "$(awk '$5 ~ /^R/' "$WORK/rows" | wc -l)" "$N"
expect_eq "blocks" "$(awk '{ printf "%s ", $7 }' "$WORK/rows")" "0 8 16 24 32 "
expect_eq "latency >= 20 ms" "$(awk '$9 >= 20 && $2 > $1' "$WORK/rows" | wc -l)" "$N"
