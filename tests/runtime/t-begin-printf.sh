# BEGIN runs first, printf formats integers and strings, exit() ends the
# trace with its status.  Without -q, DTrace's heading and the CPU (BEGIN
# runs on the CPU of the CLI, pinned to 1 here), probe ID and
# FUNCTION:NAME come first.
. tests/runtime/lib.sh

out=$(taskset -c 1 "$TRACER" -n 'BEGIN { printf("hello %d %s %x|%5d|%-4s|\n", 42, "world", 255, 7, "ab"); exit(0); }')
expect_eq "printf output" "$out" "CPU     ID                    FUNCTION:NAME
  1      1                           :BEGIN hello 42 world ff|    7|ab  |"
out=$("$TRACER" -q -n 'BEGIN { printf("hello %d\n", 42); exit(0); }')
expect_eq "quiet printf output" "$out" "hello 42"

set +e
"$TRACER" -q -n 'BEGIN { exit(3); }'
status=$?
set -e
expect_eq "exit status" "$status" 3
