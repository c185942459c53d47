# make check's short soak: 20 s of scripts/soak (random sessions of hot
# probes under a mixed workload, a third killed with SIGKILL), no hostile
# images or back-to-back cycles (t-hostile-images and t-cycles do those);
# every byte given back.
. tests/runtime/lib.sh

SOAK_HOSTILE=0 SOAK_CYCLES=0 SOAK_SEED=${SOAK_SEED:-1} scripts/soak "${SOAK_TIME:-20}" | tee "$WORK/out"
grep -q "^soak: passed" "$WORK/out" || fail "the soak did not pass"
grep -q "^soak: fired [1-9]" "$WORK/out" || fail "no probe fired during the soak"
