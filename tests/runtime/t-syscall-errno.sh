# tpsys: syscall::openat:return gives DTrace's errno: a shell script that
# opens a missing file makes exactly one more openat fail with ENOENT (2),
# returning -2 in arg0 and args->ret, than the same script once the file
# exists (whatever its startup opens).
. tests/runtime/lib.sh

missing=$WORK/tpsys-missing
echo "exec 3<$missing" >"$WORK/open.sh"
prog='syscall::openat:return /pid == $target && errno == 2 && (int)arg0 == -2 && args->ret == -2/ { @ = count(); }
END { printa("%@d\n", @); }'
run() {
	"$TRACER" -q -n "$prog" -c "sh $WORK/open.sh" \
		>"$WORK/$1.out" 2>"$WORK/$1.err" || true
	cat "$WORK/$1.out"
	awk 'NF { n = $1 } END { print n + 0 }' "$WORK/$1.out"
}
fails=$(run missing | tail -1)
touch "$missing"
base=$(run present | tail -1)
expect_eq "ENOENT openat returns of the missing file" "$((fails - base))" 1
