# The DTrace Guide's printa example (chapter 12, Output Formatting:
# "printa"), unchanged in tests/dtrace/guide/printa.d: profile-997 counts
# samples by caller until Ctrl-C, then END prints one row per caller with
# printa("%@8u %a\n"), the first on END's line, in ascending order:
#   CPU     ID                    FUNCTION:NAME
#     1      2                             :END        1 0x1
#          1 ohci`ohci_handle_root_hub_status_change+0x148
#          ...
# A profile cannot be compared byte for byte: this checks the layout, the
# order, and that the callers of the kernel's samples (dd copying zeros,
# kernel-bound) are named after real kernel functions.
. tests/runtime/lib.sh

dd if=/dev/zero of=/dev/null bs=1M 2>/dev/null &
BGPIDS+=($!)
tracer_bg pa -s tests/dtrace/guide/printa.d
sleep 2
tracer_stop
cat "$WORK/pa.out"
expect_eq "stderr" "$(cat "$WORK/pa.err")" \
	"tracer: script 'tests/dtrace/guide/printa.d' matched 2 probes"
# Ctrl-C's newline, the heading, END's line with the first row, the rows
# (each ending in the format's newline), END's newline, the final one.
expect_eq "Ctrl-C's newline" "$(sed -n 1p "$WORK/pa.out")" ""
expect_eq "heading" "$(sed -n 2p "$WORK/pa.out")" \
	"CPU     ID                    FUNCTION:NAME"
sed -n 3p "$WORK/pa.out" | grep -qE '^ {0,2}[0-9]+      2                             :END ' ||
	fail "no END line: '$(sed -n 3p "$WORK/pa.out")'"
expect_eq "END's and the final newline" "$(tail -2 "$WORK/pa.out" | tr -d '\n')" ""
# The rows: END's line less its 44 columns, then the lines up to the two.
{ sed -n '3s/^.\{44\}//p' "$WORK/pa.out"; sed -n '4,$p' "$WORK/pa.out" | head -n -2; } >"$WORK/rows"
sym='[A-Za-z0-9_.]+`[A-Za-z0-9_.]+(\+0x[0-9a-f]+)?'
bad=$(grep -Ev "^[ 0-9]{7}[0-9] ($sym|0x[0-9a-f]+)\$" "$WORK/rows" || true)
expect_eq "rows not '%@8u %a'" "$bad" ""
awk 'n != "" && $1 + 0 < n + 0 { print "not sorted: " $0; exit 1 }
	{ n = $1 }' "$WORK/rows" || fail "rows"
grep -E '^ *[0-9]+ vmlinux`' "$WORK/rows" | sed -E 's/^ *[0-9]+ vmlinux`//; s/\+0x[0-9a-f]+$//' |
	sort -u >"$WORK/names"
[[ -s $WORK/names ]] || fail "no caller in the kernel"
awk '$4 == "" { print $3 }' /proc/kallsyms | sort -u >"$WORK/kallsyms"
missing=$(comm -23 "$WORK/names" "$WORK/kallsyms")
expect_eq "callers not in /proc/kallsyms" "$missing" ""
echo "ok: $(wc -l <"$WORK/rows") rows, $(wc -l <"$WORK/names") kernel functions"
