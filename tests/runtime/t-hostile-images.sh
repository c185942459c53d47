# Hostile images straight to the ioctl (tests/runtime/hostile.c): hand-made
# bad images for every rule and opcode, every seed of tests/fuzz/seeds run,
# and HOSTILE_COUNT (default 3000) random mutations of them, each rejected
# cleanly or run through its whole life cycle; no allocation may outlive
# its session.  HOSTILE_SEED picks another set of mutations.
. tests/runtime/lib.sh

"$TBIN/hostile" -n "${HOSTILE_COUNT:-3000}" -s "${HOSTILE_SEED:-1}" \
	tests/fuzz/seeds
expect_eq "live allocations after the test" "$(live_allocs)" 0
