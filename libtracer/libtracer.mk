# SPDX-License-Identifier: GPL-2.0
#
# libtracer/libtracer.mk - libtracer and its unit tests; included by the
# top-level Makefile (before cmd/cmd.mk, which uses LIBTRACER_OBJS).
#
# Defines:
#   LIBTRACER_SRCS         the library's sources
#   LIBTRACER_OBJS         their objects, under build/libtracer/
#   LIBTRACER_LDLIBS       what a program linking them needs: libelf
#                          (usyms.c, user symbols)
#   LIBTRACER_TESTS        unit test binaries, under build/tests/unit/
#   check-libtracer        phony: build and run LIBTRACER_TESTS
#   LIBTRACER_FAKEDEV      build/tests/unit/fakedev.so, a host /dev/tracer
# Uses CC and CFLAGS (with -Iinclude -Ilibtracer).  The tests also link
# LIBTRACER_TEST_LIBS: the host objects of common/ that libtracer calls and
# the tests/unit/check.c harness, which the top-level Makefile builds.

LIBTRACER_SRCS := libtracer/device.c libtracer/printf.c libtracer/consume.c \
		  libtracer/aggregate.c libtracer/agg_print.c \
		  libtracer/agg_value.c libtracer/agg_action.c \
		  libtracer/agg_join.c \
		  libtracer/trace.c \
		  libtracer/ksyms.c libtracer/usyms.c libtracer/symprint.c \
		  libtracer/grow.c \
		  libtracer/order.c libtracer/flow.c
LIBTRACER_OBJS := $(LIBTRACER_SRCS:%.c=build/%.o)
LIBTRACER_LDLIBS := -lelf

LIBTRACER_TEST_NAMES := test_printf test_agg_print test_consume test_flow \
			test_usyms
LIBTRACER_TESTS := $(LIBTRACER_TEST_NAMES:%=build/tests/unit/%)
LIBTRACER_TEST_LIBS ?= build/common/agg.o build/common/tables.o \
		       build/tests/unit/check.o

build/libtracer/%.o: libtracer/%.c $(wildcard libtracer/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(LIBTRACER_TEST_NAMES:%=build/tests/unit/%.o): build/tests/unit/%.o: \
		tests/unit/%.c $(wildcard libtracer/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -c -o $@ $<

$(LIBTRACER_TESTS): build/tests/unit/%: build/tests/unit/%.o \
		$(LIBTRACER_OBJS) $(LIBTRACER_TEST_LIBS)
	$(CC) $(CFLAGS) -o $@ $^ $(LIBTRACER_LDLIBS)

check-libtracer: $(LIBTRACER_TESTS)
	@for t in $(LIBTRACER_TESTS); do $$t || exit 1; done

.PHONY: check-libtracer

# A host stand-in for /dev/tracer, preloaded into build/tracer by
# tests/unit/test_cli.sh (cmd/cmd.mk's check-tracer-cli): the module's
# common/ code on pretend CPUs.
LIBTRACER_FAKEDEV := build/tests/unit/fakedev.so

$(LIBTRACER_FAKEDEV): tests/unit/fakedev.c tests/unit/env_mock.c \
		$(wildcard common/*.c include/tracer/*.h include/uapi/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -shared -fPIC -o $@ \
		tests/unit/fakedev.c tests/unit/env_mock.c $(wildcard common/*.c) -ldl
