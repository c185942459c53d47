# LDK reads real kernel memory without faulting: the first 16 bytes of
# linux_banner (address from /proc/kallsyms) equal the start of
# /proc/version.  LDK at NULL, at a readable user address of the loading
# process, at non-canonical addresses and at an unmapped kernel address
# each fault: counted, reported in DTrace's words with the address, ERROR
# fires with it, the clauses after them still run, and the guest log stays
# clean (the lab fails the run on a WARN).
. tests/runtime/lib.sh

addr=$(awk '$3 == "linux_banner" { print "0x" $1; exit }' /proc/kallsyms)
[[ -n "$addr" && "$addr" != 0x0000000000000000 ]] ||
	fail "no linux_banner address in /proc/kallsyms"
"$TBIN/kmemload" "$addr" >"$WORK/out" 2>"$WORK/err" ||
	{ cat "$WORK/out" "$WORK/err"; fail "kmemload failed"; }
cat "$WORK/out" "$WORK/err"
mapfile -t bad < <(sed -n 's/^bad address: //p' "$WORK/out")
expect_eq "bad addresses" "${#bad[@]}" 5

expect_eq "linux_banner" "$(grep '^banner: ' "$WORK/out")" \
	"banner: $(head -c 16 /proc/version)"
expect_eq "ERROR fired for each" "$(grep '^ERROR' "$WORK/out" | tr '\n' ' ')" \
	"$(printf 'ERROR 1 %s ' "${bad[@]}")"
expect_eq "tracing goes on" "$(grep -c '^goes on$' "$WORK/out")" 1
expect_eq "faults counted" "$(sed -n 's/^badaddr faults: //p' "$WORK/out")" 5
for i in "${!bad[@]}"; do
	want="error on enabled probe ID $((i + 2)) (ID 1: dtrace:::BEGIN): invalid address (${bad[$i]}) in action #1 at DIF offset 8"
	grep -qF "kmemload: $want" "$WORK/err" || fail "not reported: $want"
	echo "ok: reported: $want"
done
