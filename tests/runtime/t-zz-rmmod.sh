# rmmod is refused while a session is open; after sessions the module
# unloads cleanly (nothing left allocated), and it loads again.  Named zz so
# it runs last.
. tests/runtime/lib.sh

tracer_bg open -n 'fbt::vfs_read:entry { @ = count(); }'
if rmmod tracer 2>"$WORK/rmmod.err"; then
	fail "rmmod succeeded while a session was open"
fi
cat "$WORK/rmmod.err"
[[ -c /dev/tracer ]] || fail "/dev/tracer gone after a refused rmmod"
tracer_stop

"$TRACER" -q -n 'fbt::vfs_read:entry { @ = count(); } BEGIN { exit(0); }' >/dev/null
expect_eq "live allocations" "$(live_allocs)" 0
rmmod tracer
[[ ! -e /dev/tracer ]] || fail "/dev/tracer still exists after rmmod"
if "$TRACER" -n 'BEGIN { exit(0); }' 2>"$WORK/err"; then
	fail "tracer ran without the module"
fi
cat "$WORK/err"
expect_eq "error lines without the module" "$(wc -l <"$WORK/err")" 1
grep -q "insmod" "$WORK/err" || fail "the error does not say how to load the module"
insmod kmod/tracer.ko
[[ -c /dev/tracer ]] || fail "/dev/tracer missing after insmod"
