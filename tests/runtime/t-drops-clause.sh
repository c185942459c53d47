# A clause whose record finds the buffer full leaves no output at all, as
# DTrace drops an ECB's data as one: with the smallest buffer (64k) read
# once a second, 20,000 read()s each print a large record (execname: a
# 256-byte string) then two small ones.  Small records still fit when the
# large one no longer does, yet every firing's three lines come whole or
# not at all; each lost firing is reported as one drop: printed and
# dropped firings add up to the firings count() saw.
. tests/runtime/lib.sh

"$TRACER" -q -x bufsize=64k -x switchrate=1hz -n 'syscall::read:entry /pid == $target/ {
	this->n = ++n;
	@firings = count();
	printf("A %d %s\n", this->n, execname);
	printf("B %d\n", this->n);
	printf("C %d\n", this->n);
}' -c "$TBIN/readloop 20000" >"$WORK/out" 2>"$WORK/err" || fail "$(cat "$WORK/err")"
cat "$WORK/err"
grep -qE '^tracer: [0-9]+ drops on CPU [0-9]+$' "$WORK/err" || fail "no drops: the test did not fill the buffer"
# readloop prints its pid first; @firings comes last, after a newline.
awk '
	NR == 1 && /^[0-9]+$/ || !NF || /^ +[0-9]+$/ { next }
	$1 == "A" && want == "" { n = $2; want = "B"; groups++; next }
	$1 == want && $2 == n { want = want == "B" ? "C" : ""; next }
	{ print "line " NR " breaks a firing: " $0; bad = 1; exit }
	END {
		if (want != "" && !bad) print "firing " n " has no " want " line"
		print groups " firings"
		exit bad || want != "" || groups < 100
	}' "$WORK/out" ||
	fail "a firing printed in part"
# Every firing is printed or counted as one drop.
drops=$(awk '{ d += $2 } END { print d }' "$WORK/err")
printed=$(grep -c '^A ' "$WORK/out")
firings=$(tail -1 "$WORK/out" | tr -d ' ')
echo "$printed printed, $drops dropped, $firings firings"
expect_eq "printed + dropped" "$((printed + drops))" "$firings"
