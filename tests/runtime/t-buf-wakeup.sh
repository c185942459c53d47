# The consumer is woken when a CPU's record buffer is half full
# (kmod/wake.c), not only every switchrate: 5000 printf records from a
# 2000 Hz tick into the smallest buffer (64 KB: about 1,600 of them) with
# a switchrate of a minute all arrive, in order, and none is dropped.
# Without the wakeup the CLI would read once a minute and the buffer
# would overflow within a second.  exit() wakes the consumer too, so the
# CLI ends once the last record is in, not a switchrate later.
. tests/runtime/lib.sh

cat >"$WORK/wake.d" <<'EOD'
#pragma D option quiet
#pragma D option bufsize=64k
#pragma D option switchrate=60s
tick-2000hz { printf("%d\n", i++); }
tick-2000hz /i == 5000/ { exit(0); }
EOD
"$TRACER" -s "$WORK/wake.d" >"$WORK/wake.out" 2>"$WORK/wake.err"
tail -n 3 "$WORK/wake.out"
cat "$WORK/wake.err"
expect_eq "records" "$(grep -c . "$WORK/wake.out")" 5000
expect_eq "out of sequence" \
	"$(awk 'NF && $1 != NR - 1 { n++ } END { print n + 0 }' "$WORK/wake.out")" 0
expect_eq "stderr (no drops)" "$(cat "$WORK/wake.err")" ""
