# SPDX-License-Identifier: GPL-2.0
#
# Makefile - builds tracer and runs its tests and demo.
#
#   make            build/tracer (the CLI) and kmod/tracer.ko (the module)
#   make deps       install what is missing (Debian packages, lab kernels)
#   make check      host unit tests, then the runtime tests in the lab;
#                   ends with "N passed, N failed"
#   make demo       deps, build, boot the lab and run a few one-liners
#   make soak       the soak in the lab (SOAK_TIME=sec, SOAK_HOSTILE=n)
#   make fuzz       a fuzzing campaign (tests/fuzz/fuzz.mk; FUZZ_TIME=sec)
#   make bench      the benchmark in the lab (bench/bench.mk)
#   make clean
#
# Variables: KERNEL (lab kernel: 6.1, 6.12 or 6.12-rt; default 6.1),
# KERNELS (kernels `make deps` fetches), KDIR (headers the module is built
# against: the running kernel's build directory if it exists, else the lab
# kernel's headers).

KERNEL ?= 6.1
# Kernels make check also boots for a smoke subset (tests/lab-smoke).
SMOKE_KERNELS ?= 6.12 6.12-rt
KERNELS ?= $(KERNEL) $(SMOKE_KERNELS)
RUNNING_KDIR := /lib/modules/$(shell uname -r)/build
KDIR ?= $(if $(wildcard $(RUNNING_KDIR)/Makefile),$(RUNNING_KDIR),$(shell scripts/lab-kernel --kernel $(KERNEL) --kdir 2>/dev/null))

CC := gcc
# -MMD -MP: every object and program also depends on the headers it
# includes (build/**/*.d, read at the end).
CFLAGS := -std=gnu11 -Wall -Wextra -O2 -g -MMD -MP -Iinclude -Ilibtracer \
	  -Icompiler -Ibuild/compiler
# Host tests of the shared kernel code run under the sanitizers.
SAN_CFLAGS := -std=gnu11 -Wall -Wextra -O1 -g -fno-omit-frame-pointer \
	      -fsanitize=address,undefined -fno-sanitize-recover=all \
	      -Iinclude -Itests/unit -Itests/fuzz

.PHONY: all module deps check check-host check-lab demo clean soak
all: build/tracer module tools

# ---- userspace --------------------------------------------------------

COMMON_SRCS := $(wildcard common/*.c)
COMMON_OBJS := $(COMMON_SRCS:%.c=build/%.o)

build/common/%.o: common/%.c $(wildcard include/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

TRC_COMMON_OBJS := $(COMMON_OBJS)
include compiler/compiler.mk
COMPILER_OBJS := $(TRC_OBJS)
include libtracer/libtracer.mk
include cmd/cmd.mk
include bench/bench.mk

build/tests/unit/check.o: tests/unit/check.c tests/unit/check.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# ---- the module -------------------------------------------------------

module: kmod/tracer.ko

# build/kdir records the headers the module was last built against, so that
# another KERNEL or KDIR rebuilds it.
KDIR_STAMP := $(shell mkdir -p build && { [ "$$(cat build/kdir 2>/dev/null)" = "$(KDIR)" ] || echo "$(KDIR)" > build/kdir; } && echo build/kdir)
kmod/tracer.ko: $(wildcard kmod/*.c kmod/*.h kmod/Kbuild common/*.c \
			   include/*/*.h) $(KDIR_STAMP)
	@test -n "$(KDIR)" || { echo "tracer: no kernel headers; run: make deps" >&2; exit 1; }
	$(MAKE) -C $(KDIR) M=$(CURDIR)/kmod modules

# The module for another lab kernel K (make module-6.12): the sources
# copied under build/kmod-K/ (same layout, so the relative includes hold)
# and built there against K's headers.
KMOD_SRCS := $(wildcard kmod/*.c kmod/*.h kmod/Kbuild kmod/shared/*.c \
		common/*.c include/*/*.h)
module-%: build/kmod-%/kmod/tracer.ko
	@:
build/kmod-%/kmod/tracer.ko: $(KMOD_SRCS)
	@kdir=$$(scripts/lab-kernel --kernel $* --kdir) || exit 1; \
	rm -rf build/kmod-$* && mkdir -p build/kmod-$* && \
	cp --parents $(KMOD_SRCS) build/kmod-$*/ && \
	$(MAKE) -C $$kdir M=$(CURDIR)/build/kmod-$*/kmod modules
SMOKE_MODULES := $(SMOKE_KERNELS:%=build/kmod-%/kmod/tracer.ko)

# ---- tests ------------------------------------------------------------

# Host tests of common/ (ISA, verifier, interpreter) under ASan and UBSan.
SHARED_TESTS := test_isa test_verify test_interp test_agg test_helpers \
		test_dynvar
SHARED_TEST_BINS := $(SHARED_TESTS:%=build/tests/%)
SHARED_TEST_DEPS := $(COMMON_SRCS) tests/unit/check.c \
		    tests/unit/imgbuild.c tests/unit/env_mock.c \
		    tests/unit/verify_rules.c tests/fuzz/mutate.c

$(SHARED_TEST_BINS): build/tests/%: tests/unit/%.c $(SHARED_TEST_DEPS) \
		$(wildcard include/*/*.h tests/unit/*.h)
	@mkdir -p $(@D)
	$(CC) $(SAN_CFLAGS) -o $@ $< $(SHARED_TEST_DEPS)

# Programs the runtime tests run in the lab.
TOOLS := build/tests/readloop build/tests/rawload build/tests/hostile \
	 build/tests/sessdrv build/tests/kmemload build/tests/tcpxfer \
	 build/tests/sleeploop build/tests/writeloop build/tests/busyloop \
	 build/tests/openfail
tools: $(TOOLS)

build/tests/readloop build/tests/sleeploop build/tests/writeloop: \
		build/tests/%: tests/runtime/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $<

# Known user stacks (ustack()): frame pointers, for the frame-pointer walk.
build/tests/busyloop build/tests/openfail: build/tests/%: tests/runtime/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -fno-omit-frame-pointer -o $@ $<

build/tests/tcpxfer: tests/runtime/tcpxfer.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $<

build/tests/rawload: tests/runtime/rawload.c tests/unit/imgbuild.c \
		tests/unit/check.c $(wildcard include/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $< tests/unit/imgbuild.c \
		tests/unit/check.c

# Whole sessions of a D program, many times (lifecycle tests, make soak).
build/tests/sessdrv: tests/runtime/sessdrv.c $(LIBTRACER_OBJS) \
		$(COMPILER_OBJS) $(CMD_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(TRC_LDLIBS)

build/tests/kmemload: tests/runtime/kmemload.c tests/unit/imgbuild.c \
		$(LIBTRACER_OBJS) build/common/agg.o build/common/tables.o \
		$(wildcard include/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $< tests/unit/imgbuild.c \
		$(LIBTRACER_OBJS) build/common/agg.o build/common/tables.o \
		$(LIBTRACER_LDLIBS)

include tests/fuzz/fuzz.mk

HOST_TEST_BINS := $(SHARED_TEST_BINS) $(TRC_TEST_BINS) $(LIBTRACER_TESTS) \
		  $(LIBTRACER_FAKEDEV) build/trc-dump $(FUZZ_REPLAY_BIN)

check: all $(HOST_TEST_BINS) $(SMOKE_MODULES)
	@tests/check --kernel $(KERNEL) $(SMOKE_KERNELS:%=--smoke %)

check-host: build/tracer $(HOST_TEST_BINS)
	@tests/check --host-only

check-lab: all $(SMOKE_MODULES)
	@tests/check --lab-only --kernel $(KERNEL) $(SMOKE_KERNELS:%=--smoke %)

# ---- set-up and demo --------------------------------------------------

deps:
	@scripts/deps $(foreach k,$(KERNELS),--kernel $(k))

# The soak (scripts/soak): SOAK_TIME seconds of sessions under load, then
# SOAK_CYCLES start/stop cycles and SOAK_HOSTILE random hostile images, in
# one lab boot.
SOAK_TIME ?= 600
SOAK_CYCLES ?= 1000
SOAK_HOSTILE ?= 100000
soak: all build/kmod-$(KERNEL)/kmod/tracer.ko
	scripts/lab --kernel $(KERNEL) --timeout $$(($(SOAK_TIME) + 7200)) \
		--module build/kmod-$(KERNEL)/kmod/tracer.ko -- \
		env SOAK_HOSTILE=$(SOAK_HOSTILE) SOAK_CYCLES=$(SOAK_CYCLES) scripts/soak $(SOAK_TIME)

demo: deps
	@$(MAKE) --no-print-directory all
	scripts/lab --kernel $(KERNEL) -- scripts/demo

clean:
	rm -rf build
	-$(MAKE) -C kmod clean >/dev/null 2>&1

-include $(shell find build -name '*.d' 2>/dev/null)
