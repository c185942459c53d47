# The DTrace Guide's prof.d (chapter 19, profile Provider), unchanged in
# tests/dtrace/guide/prof.d: profile-97 counts samples per process until
# Ctrl-C, then END prints a heading and one row per process with printa(),
# in ascending order of count, e.g.
#   PID      CMD                                      COUNT
#   223887   sh                                       1
. tests/runtime/lib.sh

sh -c 'while :; do :; done' &
spin=$!
BGPIDS+=("$spin")
"$TRACER" -s tests/dtrace/guide/prof.d >"$WORK/out" 2>"$WORK/err" &
TRACER_PID=$!
BGPIDS+=("$TRACER_PID")
sleep 2
kill -INT "$TRACER_PID"
wait "$TRACER_PID"
cat "$WORK/out"
# Ctrl-C's newline, the heading, then the rows.
expect_eq "heading" "$(sed -n 2p "$WORK/out")" \
	"$(printf '%-8s %-40s %s' PID CMD COUNT)"
awk 'NR > 2 && NF && !/^[0-9]+ +[^ ]+ +[0-9]+$/ { print "bad row: " $0; exit 1 }
     NR > 2 && NF && substr($0, 9, 1) != " " { print "PID not in 8: " $0; exit 1 }
     NR > 2 && NF && (n != "" && $NF + 0 < n + 0) { print "not sorted: " $0; exit 1 }
     NR > 2 && NF { n = $NF }' "$WORK/out" || fail "rows"
grep -Eq "^$spin +sh +[0-9]+$" "$WORK/out" || fail "the spinning shell $spin is not sampled"
expect_eq "stderr" "$(cat "$WORK/err")" ""
