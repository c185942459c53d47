# BEGIN runs first, printf formats integers and strings, exit() ends the
# trace with its status.
. tests/runtime/lib.sh

out=$("$TRACER" -n 'BEGIN { printf("hello %d %s %x|%5d|%-4s|\n", 42, "world", 255, 7, "ab"); exit(0); }')
expect_eq "printf output" "$out" "hello 42 world ff|    7|ab  |"

set +e
"$TRACER" -q -n 'BEGIN { exit(3); }'
status=$?
set -e
expect_eq "exit status" "$status" 3
