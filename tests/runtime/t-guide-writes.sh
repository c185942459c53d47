# The DTrace Guide's write() aggregations (chapter 9, Aggregations),
# unchanged: the count() one-liner, writetime.d (avg), wrquantize.d
# (quantize of the time), wrlquantize.d (lquantize of the fd), each until
# Ctrl-C over the whole system.  writeloop makes 10 writes of 100 bytes to
# fd 3, so its entry is known: exactly for count() and lquantize(), in
# total for the time's quantize(), a positive average for avg().
. tests/runtime/lib.sh

N=10
# run NAME ARGS...: tracer ARGS while writeloop runs, then Ctrl-C.
run() {
	local name=$1
	shift
	rm -f "$WORK/go"
	writeloop_bg "$N" 100
	tracer_bg "$name" "$@"
	touch "$WORK/go"
	wait "$loop"
	tracer_stop
	agg_block "$WORK/$name.out" writeloop
}

run count -n 'syscall::write:entry { @counts[execname] = count(); }'
expect_eq "count()" "$(agg_block "$WORK/count.out" writeloop)" \
	"$(printf '  %-50s %16d' writeloop "$N")"

run avg -s tests/dtrace/guide/writetime.d
agg_block "$WORK/avg.out" writeloop |
	grep -qE "^  writeloop +[1-9][0-9]*$" || fail "avg(): no positive average for writeloop"
[[ $(agg_block "$WORK/avg.out" writeloop | awk '{ print length($0) }') == 69 ]] ||
	fail "avg(): the line is not \"  %-50s %16lld\""

run quantize -s tests/dtrace/guide/wrquantize.d
expect_eq "quantize(): heading" "$(agg_block "$WORK/quantize.out" writeloop | sed -n 2p)" \
	"$(printf '%16s %41s %-9s' value '------------- Distribution -------------' count)"
expect_eq "quantize(): writes counted" \
	"$(agg_block "$WORK/quantize.out" writeloop | awk 'NR > 2 { n += $NF } END { print n }')" "$N"

run lquantize -s tests/dtrace/guide/wrlquantize.d
bar=$(printf '%40s' '' | tr ' ' @)
expect_eq "lquantize()" "$(agg_block "$WORK/lquantize.out" writeloop)" \
	"$(printf '  %-50s\n' writeloop
	   printf '%16s %41s %-9s\n' value '------------- Distribution -------------' count
	   printf '%16d |%40s %-9d\n' 2 '' 0
	   printf '%16d |%s %-9d\n' 3 "$bar" "$N"
	   printf '%16d |%40s %-9d' 4 '' 0)"
