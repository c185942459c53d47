# fbt return firings beyond the kretprobe's maxactive (32 on the lab's two
# CPUs: kmod/probe_kretprobe.c) are reported, never silent: M readers block
# in fifo_open() at once until one writer opens the FIFO, so of the M + 1
# calls some find no free instance; every call is either counted or
# reported as dropped on stderr ("tracer: N fbt return firings dropped").
. tests/runtime/lib.sh

M=48
mkfifo "$WORK/fifo"
tracer_bg ret -n 'fbt::fifo_open:return { @ = count(); }
END { printa("returns %@d\n", @); }'
readers=()
for ((i = 0; i < M; i++)); do
	cat "$WORK/fifo" >/dev/null &
	readers+=($!)
	BGPIDS+=($!)
done
# all M are asleep in fifo_open(), each holding a kretprobe instance
for p in "${readers[@]}"; do
	for ((t = 0; t < 600; t++)); do
		grep -q fifo_open "/proc/$p/stack" && break
		sleep 0.1
	done
	grep -q fifo_open "/proc/$p/stack" || fail "reader $p is not in fifo_open"
done
echo x >"$WORK/fifo"
wait "${readers[@]}"
tracer_stop
cat "$WORK/ret.out" "$WORK/ret.err"
counted=$(awk 'NF > 1 && $(NF - 1) == "returns" { print $NF }' "$WORK/ret.out")
dropped=$(grep -o '[0-9]* fbt return firings* dropped' "$WORK/ret.err" |
	awk '{ n += $1 } END { print n + 0 }')
echo "counted $counted, dropped $dropped"
[[ $dropped -gt 0 ]] || fail "no fbt return firing reported dropped"
expect_eq "counted + dropped" "$((counted + dropped))" "$((M + 1))"
