# scripts/ext4slower.d 100 against ext4 behind dm-delay (150 ms per read):
# each O_DIRECT read of "slowfile" is reported once, by dd, R, 64 KB, at
# least 100 ms, with its file name; reads of the cached "fastfile" (no
# device I/O) are not.
. tests/runtime/lib.sh
. tests/runtime/workloads.sh

N=3
slow_ext4 "$WORK/mnt" 150
dd if=/dev/urandom of="$WORK/mnt/slowfile" bs=64k count=$N 2>/dev/null
dd if=/dev/urandom of="$WORK/mnt/fastfile" bs=64k count=$N 2>/dev/null
drop_caches
cat "$WORK/mnt/fastfile" >/dev/null	# now in the page cache

tracer_bg_until ext4slower out "Tracing ext4" -s scripts/ext4slower.d 100
dd if="$WORK/mnt/slowfile" of=/dev/null bs=64k count=$N iflag=direct
dd if="$WORK/mnt/fastfile" of=/dev/null bs=64k count=$N
tracer_stop
cat "$WORK/ext4slower.out"

expect_eq "header" "$(sed -n 1,2p "$WORK/ext4slower.out" | tr -s ' ')" \
	"Tracing ext4 read/write slower than 100 ms
TIME PROCESS D KB ms FILE"
# TIME is "%-20Y": 2026 Nov 21 16:40:01, four fields
awk 'NR > 2 && NF' "$WORK/ext4slower.out" >"$WORK/rows"
expect_eq "rows" "$(wc -l <"$WORK/rows")" "$N"
expect_eq "time" "$(awk '$1 ~ /^20[0-9][0-9]$/ && $4 ~ /^..:..:..$/' "$WORK/rows" | wc -l)" "$N"
expect_eq "process D KB FILE" "$(awk '{ print $5, $6, $7, $9 }' "$WORK/rows" | sort -u)" \
	"dd R 64 slowfile"
expect_eq "ms >= 100" "$(awk '$8 >= 100' "$WORK/rows" | wc -l)" "$N"
