# copyinstr() reads the file name of an openat() by a workload the CLI
# starts (-c, $target), whole and cut to n bytes; stringof() reads a kernel
# string (linux_banner, address from /proc/kallsyms, as a macro argument).
# copyinstr() of a bad user address and stringof() of NULL report the
# fault with its address, and tracing goes on (the count after them).
# copyin() of a struct, cast to its kernel type, reads the copy's members.
. tests/runtime/lib.sh

f=$WORK/kmem-copyinstr-file
echo hi >"$f"
probe='fbt::do_sys_openat2:entry /pid == $target/'

"$TRACER" -q -c "cat $f" -n "$probe { printf(\"open %s|%s\\n\", copyinstr(arg1), copyinstr(arg1, 4)); }" \
	>"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "copyinstr run failed"; }
cat "$WORK/out" "$WORK/err"
grep -qxF "open $f|${f:0:4}" "$WORK/out" || fail "no 'open $f|${f:0:4}' line"
echo "ok: copyinstr of the openat() file name"

addr=$(awk '$3 == "linux_banner" { print "0x" $1; exit }' /proc/kallsyms)
"$TRACER" -q -n 'BEGIN { printf("%s", stringof($1)); exit(0); }' "$addr" \
	>"$WORK/banner" 2>"$WORK/err" || { cat "$WORK/err"; fail "stringof run failed"; }
expect_eq "stringof(linux_banner)" "$(head -c 60 "$WORK/banner")" \
	"$(head -c 60 /proc/version)"

"$TRACER" -q -c "cat $f" -n "$probe { trace(copyinstr(1)); }
$probe { trace(stringof(0)); }
$probe { @opens = count(); }
END { printa(\"opens %@d\\n\", @opens); }" >"$WORK/out" 2>"$WORK/err" ||
	{ cat "$WORK/err"; fail "fault run failed"; }
cat "$WORK/out" "$WORK/err"
opens=$(sed -n 's/^opens //p' "$WORK/out")
[[ ${opens:-0} -ge 1 ]] || fail "tracing did not go on after the faults"
expect_eq "copyinstr faults" "$(grep -c 'do_sys_openat2:entry): invalid address (0x1) in action #1' "$WORK/err")" "$opens"
expect_eq "stringof faults" "$(grep -c 'do_sys_openat2:entry): invalid address (0x0) in action #1' "$WORK/err")" "$opens"

# copyin() cast to a kernel type: sleep 1.5's clock_nanosleep() request,
# read from the copy in scratch through the struct's BTF layout.
"$TRACER" -q -c "sleep 1.5" -n 'syscall::clock_nanosleep:entry /pid == $target/ {
	this->t = (struct __kernel_timespec *)copyin(arg2, sizeof(struct __kernel_timespec));
	printf("req %d %d\n", this->t->tv_sec, this->t->tv_nsec); }' \
	>"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "copyin struct run failed"; }
cat "$WORK/out" "$WORK/err"
expect_eq "copyin() as struct __kernel_timespec" "$(cat "$WORK/out")" "req 1 500000000"
