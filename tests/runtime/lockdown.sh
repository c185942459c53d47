# Kernel lockdown: once the kernel is locked down for confidentiality, LOAD
# refuses programs with fbt probes or kernel memory reads (stringof) with
# a message the CLI prints, and BEGIN-only programs, including copyinstr()
# of user memory, still run.  Lockdown cannot be lifted until reboot, and
# booting with lockdown= would refuse the unsigned module itself, so this
# test raises it at run time, in a lab boot of its own (tests/check):
#
#   scripts/lab -- tests/runtime/run tests/runtime/lockdown.sh
. tests/runtime/lib.sh

lock=/sys/kernel/security/lockdown
[[ -e $lock ]] || mount -t securityfs securityfs /sys/kernel/security
[[ -e $lock ]] || fail "no $lock: the lockdown LSM is not enabled"
echo confidentiality >"$lock"
expect_eq "lockdown" "$(cat "$lock")" "none integrity [confidentiality]"

want="kernel is locked down (confidentiality): fbt probes and kernel memory reads are not allowed"
for prog in 'fbt::vfs_read:entry { @ = count(); }' \
	    'fbt::vfs_read:return { @ = count(); }' \
	    'BEGIN { trace(stringof(0)); exit(0); }'; do
	status=0
	timeout 60 "$TRACER" -n "$prog" >"$WORK/out" 2>"$WORK/err" || status=$?
	cat "$WORK/err"
	expect_eq "status of '$prog'" "$status" 1
	grep -qF "$want" "$WORK/err" || fail "'$prog': no lockdown message"
done

"$TRACER" -q -n 'BEGIN { printf("begin %d\n", 6 * 7); exit(0); }' \
	>"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "BEGIN refused"; }
expect_eq "BEGIN runs" "$(cat "$WORK/out")" "begin 42"
"$TRACER" -q -n 'BEGIN { trace(copyinstr(0)); } BEGIN { printf("on\n"); exit(0); }' \
	>"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "copyinstr refused"; }
expect_eq "copyinstr is allowed" "$(cat "$WORK/out")" "on"
grep -qF 'invalid address (0x0)' "$WORK/err" || fail "copyinstr(0) did not fault"
