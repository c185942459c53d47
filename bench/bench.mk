# SPDX-License-Identifier: GPL-2.0
#
# bench/bench.mk - `make bench`: the performance benchmark (bench/run);
# included from the top-level Makefile after the compiler and libtracer.
#
#   make bench [KERNEL=6.1|6.12|6.12-rt] [BENCH_ARGS="--rows REGEX ..."]
#
# Builds, besides the CLI and tracer.ko:
#   build/bench/loop       the workload (bench/loop.c), run in the lab
#   build/bench/insns      host tool: instructions per event, compile times
#                          (common/interp.c built with bench/insn_count.h)
#   build/bench/speed      the same with the normal interpreter: host ns
#                          per event through it (-b)
#   bench/floor/floor.ko   the native floor module, against KDIR
# then boots the lab once (scripts/lab) and writes bench/results/KERNEL.md.

BENCH_BINS := build/bench/loop build/bench/insns build/bench/speed
BENCH_COMMON := $(filter-out build/common/interp.o,$(COMMON_OBJS))

build/bench/loop: bench/loop.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $<

build/bench/interp_count.o: common/interp.c bench/insn_count.h \
		$(wildcard include/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -include bench/insn_count.h -c -o $@ $<

build/bench/env_mock.o: tests/unit/env_mock.c tests/unit/env_mock.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -c -o $@ $<

# The same tool with the normal interpreter, for -b timings.
build/bench/speed: bench/insns.c build/common/interp.o \
		build/bench/env_mock.o $(TRC_LIB) $(TRC_LIBTRACER_OBJS) \
		$(BENCH_COMMON)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $^ $(TRC_LDLIBS)

build/bench/insns: bench/insns.c build/bench/interp_count.o \
		build/bench/env_mock.o $(TRC_LIB) $(TRC_LIBTRACER_OBJS) \
		$(BENCH_COMMON)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $^ $(TRC_LDLIBS)

# Kbuild decides what to rebuild (it also rebuilds for other headers,
# e.g. after KERNEL=6.12), so both modules are always handed to it.
bench-modules:
	@test -n "$(KDIR)" || { echo "tracer: no kernel headers; run: make deps" >&2; exit 1; }
	$(MAKE) -C $(KDIR) M=$(CURDIR)/kmod modules
	$(MAKE) -C $(KDIR) M=$(CURDIR)/bench/floor modules

bench: build/tracer $(BENCH_BINS) bench-modules
	bench/run --kernel $(KERNEL) $(BENCH_ARGS)

.PHONY: bench bench-modules
