# The DTrace Guide's dateprof.d (chapter 9, Aggregations: lquantize()),
# in tests/dtrace/guide/dateprof.d as Linux names its system calls
# (execve for Solaris's exece, exit_group for rexit): the system calls of
# date(1) over its virtual time, in 100 us steps.  date runs under -c; the
# table must count every system call date makes after execve returns, as
# many as the Guide's totals.d (chapter 38) counts for it, and nothing
# else.
. tests/runtime/lib.sh

"$TRACER" -s tests/dtrace/guide/dateprof.d -c date >"$WORK/prof.out" 2>"$WORK/prof.err" ||
	fail "dateprof.d: $(cat "$WORK/prof.err")"
"$TRACER" -s tests/dtrace/guide/totals.d -c date >"$WORK/tot.out" 2>"$WORK/tot.err" ||
	fail "totals.d: $(cat "$WORK/tot.err")"
cat "$WORK/prof.out"
n=$(awk '$1 == "date" && NF == 2 { print $2 }' "$WORK/tot.out")
[[ $n -gt 10 ]] || fail "totals.d: date made '$n' system calls"
block=$(agg_block "$WORK/prof.out" "system calls over time")
expect_eq "key" "$(head -1 <<<"$block")" "$(printf '  %-50s' 'system calls over time')"
expect_eq "heading" "$(sed -n 2p <<<"$block")" \
	"$(printf '%16s %41s %-9s' value '------------- Distribution -------------' count)"
expect_eq "system calls counted" "$(awk 'NR > 2 { n += $NF } END { print n }' <<<"$block")" "$n"
awk 'NR > 2 && !($1 ~ /^([0-9]+|>=|<)$/ && $1 % 100 == 0) { print "bad row: " $0; exit 1 }' \
	<<<"$block" || fail "rows are not 100 us steps"
