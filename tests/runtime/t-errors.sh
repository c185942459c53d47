# Errors a person can act on: a non-root user, a function that does not
# exist, and a compile error, each in one line (plus source and caret).
. tests/runtime/lib.sh

if setpriv --reuid=65534 --regid=65534 --clear-groups \
	"$TRACER" -n 'BEGIN { exit(0); }' 2>"$WORK/err"; then
	fail "tracer ran as nobody"
fi
cat "$WORK/err"
expect_eq "error lines as nobody" "$(wc -l <"$WORK/err")" 1
grep -q "root" "$WORK/err" || fail "the error does not say to run as root"

if "$TRACER" -n 'fbt::no_such_function_xyz:entry { @ = count(); }' 2>"$WORK/err"; then
	fail "attached to a function that does not exist"
fi
cat "$WORK/err"
grep -q "no_such_function_xyz" "$WORK/err" || fail "the error does not name the function"

set +e
"$TRACER" -n 'BEGIN { @[execnam] = count(); }' 2>"$WORK/err"
status=$?
set -e
cat "$WORK/err"
expect_eq "compile error status" "$status" 1
expect_eq "compile error first line" "$(head -1 "$WORK/err")" \
	"tracer: <command line>:1:11: unknown builtin 'execnam'; did you mean 'execname'?"
