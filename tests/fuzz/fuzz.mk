# SPDX-License-Identifier: GPL-2.0
#
# tests/fuzz/fuzz.mk - the fuzzing of the shared verifier and interpreter;
# included from the top-level Makefile (paths from the top of the tree).
#
#   make fuzz           a campaign: FUZZ_TIME seconds (default 600) of
#                       libFuzzer on build/fuzz/fuzz-verify under ASan and
#                       UBSan; FUZZ_RAW=1 for byte-level mutations only.
#                       New coverage goes to build/fuzz/corpus, crashes to
#                       tests/fuzz/crashes/ (keep them: make check replays
#                       them).
#   make fuzz-seeds     regenerate tests/fuzz/seeds/: every golden program
#                       compiled (golden-*.img), one image per opcode (op-*)
#   make fuzz-merge     fold build/fuzz/corpus into tests/fuzz/corpus,
#                       keeping only inputs that add coverage
#   make fuzz-cov       line coverage of common/ by tests/fuzz/ (llvm-cov)
#
# FUZZ_REPLAY_BIN (build/tests/fuzz-replay, part of the host tests) runs
# tests/fuzz/{seeds,corpus,crashes} through the same harness without
# libFuzzer.  build/tests/hostile (one of the top-level TOOLS) sends hand-
# made and mutated images straight to the module in the lab
# (tests/runtime/t-hostile-images.sh).

FUZZ_TIME ?= 600
FUZZ_RAW ?= 0
FUZZ_CC ?= clang
FUZZ_DIRS := tests/fuzz/seeds tests/fuzz/corpus tests/fuzz/crashes
FUZZ_FLAGS := -std=gnu11 -g -O1 -fno-omit-frame-pointer -Iinclude \
	      -Itests/unit -Itests/fuzz
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_HARNESS := tests/fuzz/harness.c tests/unit/env_mock.c $(COMMON_SRCS)
FUZZ_DEPS := $(FUZZ_HARNESS) $(wildcard include/*/*.h tests/fuzz/*.h \
					tests/unit/*.h)
FUZZ_REPLAY_BIN := build/tests/fuzz-replay

build/fuzz/fuzz-verify: tests/fuzz/fuzz_verify.c tests/fuzz/mutate.c \
		$(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ \
		tests/fuzz/fuzz_verify.c tests/fuzz/mutate.c $(FUZZ_HARNESS)

$(FUZZ_REPLAY_BIN): tests/fuzz/replay.c tests/fuzz/corpus.c \
		tests/unit/check.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(CC) $(SAN_CFLAGS) -Itests/fuzz -o $@ tests/fuzz/replay.c \
		tests/fuzz/corpus.c tests/unit/check.c $(FUZZ_HARNESS)

build/tests/fuzz-seeds: tests/fuzz/seeds.c tests/fuzz/mutate.c \
		common/tables.c common/agg.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ tests/fuzz/seeds.c tests/fuzz/mutate.c \
		common/tables.c common/agg.c

HOSTILE_SRCS := tests/runtime/hostile.c tests/fuzz/mutate.c \
		tests/fuzz/corpus.c libtracer/device.c libtracer/ksyms.c \
		common/tables.c \
		common/agg.c tests/unit/check.c

build/tests/hostile: $(HOSTILE_SRCS) $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -Itests/fuzz -o $@ $(HOSTILE_SRCS)

.PHONY: fuzz fuzz-seeds fuzz-merge fuzz-cov
fuzz-seeds: build/tests/fuzz-seeds build/trc-dump
	@mkdir -p tests/fuzz/seeds
	@rm -f tests/fuzz/seeds/*.img
	@build/tests/fuzz-seeds tests/fuzz/seeds
	@for d in tests/golden/*.d tests/dtrace/*/*.d; do \
		case $$d in *.err.d|*/err.*) continue ;; esac; \
		n=$$(basename $$(dirname $$d))-$$(basename $$d .d); \
		TRACER_TRACEFS=tests/fake-tracefs \
		TRACER_KPROBES_BLACKLIST=tests/fake-tracefs/kprobes-blacklist \
		build/trc-dump -o tests/fuzz/seeds/$$n.img $$d 2>/dev/null || \
			rm -f tests/fuzz/seeds/$$n.img; \
	done
	@echo "fuzz-seeds: $$(ls tests/fuzz/seeds | wc -l) images in tests/fuzz/seeds"

fuzz: build/fuzz/fuzz-verify fuzz-seeds
	@mkdir -p build/fuzz/corpus tests/fuzz/crashes
	TRACER_FUZZ_RAW=$(FUZZ_RAW) build/fuzz/fuzz-verify \
		-max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
		-rss_limit_mb=4096 -print_final_stats=1 -print_pcs=0 \
		-artifact_prefix=tests/fuzz/crashes/ \
		build/fuzz/corpus tests/fuzz/corpus tests/fuzz/seeds \
		2>&1 | tee build/fuzz/last.log | grep --line-buffered -E '^#[0-9]+[[:space:]]+(INITED|DONE|pulse)'; \
	grep -E '^(stat::|Done|==[0-9]+==ERROR|SUMMARY)|invariant broken' build/fuzz/last.log; \
	! grep -qE '^==[0-9]+==ERROR|invariant broken|^SUMMARY' build/fuzz/last.log

fuzz-merge: build/fuzz/fuzz-verify
	@rm -rf build/fuzz/merged && mkdir -p build/fuzz/merged build/fuzz/corpus
	build/fuzz/fuzz-verify -merge=1 -max_len=65536 build/fuzz/merged \
		tests/fuzz/corpus build/fuzz/corpus 2>&1 | tail -2
	rm -rf tests/fuzz/corpus && mv build/fuzz/merged tests/fuzz/corpus

# Line coverage of common/ by the kept inputs, with clang's source-based
# coverage: the replay harness built with profiling, run over tests/fuzz/.
build/fuzz/fuzz-cov: tests/fuzz/replay.c tests/fuzz/corpus.c \
		tests/unit/check.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fprofile-instr-generate -fcoverage-mapping \
		-o $@ tests/fuzz/replay.c tests/fuzz/corpus.c \
		tests/unit/check.c $(FUZZ_HARNESS)

fuzz-cov: build/fuzz/fuzz-cov
	@rm -f build/fuzz/cov-*.profraw
	@LLVM_PROFILE_FILE=build/fuzz/cov-%p.profraw build/fuzz/fuzz-cov \
		$(FUZZ_DIRS) $(wildcard build/fuzz/corpus) | tail -1
	@llvm-profdata merge -sparse -o build/fuzz/cov.profdata \
		build/fuzz/cov-*.profraw
	@llvm-cov report build/fuzz/fuzz-cov \
		-instr-profile=build/fuzz/cov.profdata $(COMMON_SRCS)
