# SPDX-License-Identifier: GPL-2.0
#
# compiler/compiler.mk - the D compiler and its host tests; included from the
# top-level Makefile, paths relative to the top of the tree.
#
# Provides:
#   TRC_OBJS          the compiler's objects (link with the common objects)
#   TRC_LIB           build/compiler/libtrc.a, the same as an archive
#   TRC_COMMON_OBJS   host builds of common/*.c for the tests; override it
#                     to link the top-level Makefile's own common objects
#   TRC_COMMON_LIB    the same as an archive, so that a program pulls in
#                     only what it uses (trc-dump needs no interpreter)
#   TRC_LIBTRACER_OBJS  the libtracer objects the compiler calls (link them
#                     with TRC_OBJS): build/libtracer/printf.o, whose
#                     trl_printf_scan() parses printf() formats; the rule
#                     is libtracer/libtracer.mk's; and ksyms.o and
#                     usyms.o, which printf.o calls for %a and %A,
#                     symprint.o, for %k, and grow.o, which usyms.o calls
#   TRC_LDLIBS        libraries the compiler needs: libbpf (kernel BTF),
#                     libelf (usyms.o: user symbols)
#   trc               target: the library
#   trc-test          target: build and run the compiler's host tests
#   trc-golden-update target: regenerate tests/golden expectations
#   build/trc-dump    a driver: compile a D file (or -e PROGRAM) and print
#                     trc_dump(), or the errors
#
# Uses CC and CFLAGS from the includer (CFLAGS must carry -Iinclude
# -Ilibtracer -Icompiler -Ibuild/compiler); the defaults below are for
# stand-alone use: make -f compiler/compiler.mk trc-test, which includes
# libtracer/libtracer.mk itself (the top-level Makefile includes it after
# this file).

CC ?= gcc
CFLAGS ?= -Wall -Wextra -O2 -g -MMD -MP -Iinclude -Ilibtracer -Icompiler \
	  -Ibuild/compiler
FLEX ?= flex
BISON ?= bison

TRC_BUILD := build/compiler

TRC_SRCS := \
	compiler/aggs.c \
	compiler/args.c \
	compiler/ast.c \
	compiler/asm.c \
	compiler/btf.c \
	compiler/catalog.c \
	compiler/codegen.c \
	compiler/compile.c \
	compiler/ctype.c \
	compiler/diag.c \
	compiler/dump.c \
	compiler/fbtargs.c \
	compiler/fold.c \
	compiler/macro.c \
	compiler/image.c \
	compiler/kdata.c \
	compiler/options.c \
	compiler/parse.c \
	compiler/printf.c \
	compiler/probes.c \
	compiler/program.c \
	compiler/sema.c \
	compiler/subr.c \
	compiler/syscalls.c \
	compiler/timers.c \
	compiler/tpsys.c \
	compiler/tracefs.c \
	compiler/types.c \
	compiler/vars.c

TRC_GEN_SRCS := $(TRC_BUILD)/parser.c $(TRC_BUILD)/lexer.c
TRC_GEN_HDRS := $(TRC_BUILD)/parser.h $(TRC_BUILD)/lexer.h \
		$(TRC_BUILD)/syscall_names.h

TRC_OBJS := $(patsubst compiler/%.c,$(TRC_BUILD)/%.o,$(TRC_SRCS)) \
	    $(TRC_GEN_SRCS:.c=.o)
TRC_LIB := $(TRC_BUILD)/libtrc.a

TRC_COMMON_OBJS ?= $(patsubst common/%.c,$(TRC_BUILD)/common/%.o,\
			      $(wildcard common/*.c))

TRC_COMMON_LIB := $(TRC_BUILD)/libtrcommon.a

TRC_LIBTRACER_OBJS := build/libtracer/printf.o build/libtracer/ksyms.o \
		      build/libtracer/usyms.o build/libtracer/symprint.o \
		      build/libtracer/grow.o

TRC_LDLIBS := -lbpf -lelf

# Generated code is not ours to keep warning-free.
TRC_GEN_CFLAGS := -Wno-unused-function -Wno-unused-parameter \
		  -Wno-sign-compare

TRC_TEST_BINS := build/tests/trc_golden build/tests/trc_semantics \
		 build/tests/test_catalog

.PHONY: trc trc-test trc-golden-update

trc: $(TRC_LIB)

$(TRC_LIB): $(TRC_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(TRC_COMMON_LIB): $(TRC_COMMON_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(TRC_BUILD)/parser.c $(TRC_BUILD)/parser.h &: compiler/parser.y
	@mkdir -p $(TRC_BUILD)
	$(BISON) -Wall -Werror --header=$(TRC_BUILD)/parser.h \
		-o $(TRC_BUILD)/parser.c $<

$(TRC_BUILD)/lexer.c $(TRC_BUILD)/lexer.h &: compiler/lexer.l
	@mkdir -p $(TRC_BUILD)
	$(FLEX) --header-file=$(TRC_BUILD)/lexer.h -o $(TRC_BUILD)/lexer.c $<

# tpsys: the x86-64 syscall table, from <asm/unistd_64.h>.
$(TRC_BUILD)/syscall_names.h: compiler/syscall_names.sh
	@mkdir -p $(@D)
	sh $< $(CC) > $@.tmp && mv $@.tmp $@

# Static pattern rules: explicit, so make never tries its built-in yacc
# and lex rules on compiler/parser.y and compiler/lexer.l.
$(patsubst compiler/%.c,$(TRC_BUILD)/%.o,$(TRC_SRCS)): \
		$(TRC_BUILD)/%.o: compiler/%.c | $(TRC_GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(TRC_GEN_SRCS:.c=.o): $(TRC_BUILD)/%.o: $(TRC_BUILD)/%.c $(TRC_GEN_HDRS)
	$(CC) $(CFLAGS) $(TRC_GEN_CFLAGS) -c -o $@ $<

$(TRC_BUILD)/common/%.o: common/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(TRC_BUILD)/tests/%.o: tests/unit/%.c | $(TRC_GEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit -c -o $@ $<

build/trc-dump: $(TRC_BUILD)/tests/trc_dump_main.o $(TRC_LIB) \
		$(TRC_LIBTRACER_OBJS) $(TRC_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(TRC_LDLIBS)

build/tests/trc_golden: $(TRC_BUILD)/tests/test_golden.o \
		$(TRC_BUILD)/tests/check.o $(TRC_BUILD)/tests/synth_btf.o \
		$(TRC_LIB) \
		$(TRC_LIBTRACER_OBJS) $(TRC_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(TRC_LDLIBS)

build/tests/trc_semantics: $(TRC_BUILD)/tests/test_semantics.o \
		$(TRC_BUILD)/tests/env_mock.o $(TRC_BUILD)/tests/check.o \
		$(TRC_BUILD)/tests/synth_btf.o \
		$(TRC_LIB) $(TRC_LIBTRACER_OBJS) $(TRC_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(TRC_LDLIBS)

build/tests/test_catalog: $(TRC_BUILD)/tests/test_catalog.o \
		$(TRC_BUILD)/tests/check.o $(TRC_LIB) \
		$(TRC_LIBTRACER_OBJS) $(TRC_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(TRC_LDLIBS)

trc-test: $(TRC_TEST_BINS) build/trc-dump
	build/tests/trc_golden tests/golden
	build/tests/trc_semantics
	build/tests/test_catalog tests/fake-tracefs

trc-golden-update: build/tests/trc_golden
	build/tests/trc_golden --update tests/golden

# Stand-alone, nobody else defines the rule of TRC_LIBTRACER_OBJS.
ifeq ($(notdir $(firstword $(MAKEFILE_LIST))),compiler.mk)
include libtracer/libtracer.mk
endif

-include $(TRC_OBJS:.o=.d) $(TRC_COMMON_OBJS:.o=.d) \
	 $(wildcard $(TRC_BUILD)/tests/*.d)
