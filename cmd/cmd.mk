# SPDX-License-Identifier: GPL-2.0
#
# cmd/cmd.mk - the tracer command, build/tracer; included by the top-level
# Makefile after libtracer/libtracer.mk and after COMPILER_OBJS (the D
# compiler's objects, generated parser and scanner included) and
# COMMON_OBJS (the host objects of common/) are defined: prerequisites are
# expanded when this file is read.
#
# Defines:
#   CMD_SRCS      cmd/tracer.c, list.c (-l), target.c (-c, -p)
#   CMD_OBJS      their objects under build/cmd/
#   CMD_COMMON_LIB  build/cmd/libcommon.a: COMMON_OBJS as an archive, so
#                 the CLI links only what it calls (not the interpreter,
#                 whose environment hooks live in the module)
#   TRACER_BIN    build/tracer
#   check-tracer-cli  phony: tests/unit/test_cli.sh, build/tracer end to
#                 end on the host against LIBTRACER_FAKEDEV (a fake device)
# Uses CC, CFLAGS (with -Iinclude -Ilibtracer -Icompiler -Ibuild/compiler)
# and LDLIBS.

CMD_SRCS := cmd/tracer.c cmd/list.c cmd/target.c
CMD_OBJS := $(CMD_SRCS:%.c=build/%.o)
TRACER_BIN := build/tracer

build/cmd/%.o: cmd/%.c $(wildcard libtracer/*.h cmd/*.h) compiler/compiler.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

CMD_COMMON_LIB := build/cmd/libcommon.a

$(CMD_COMMON_LIB): $(COMMON_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(TRACER_BIN): $(CMD_OBJS) $(LIBTRACER_OBJS) $(COMPILER_OBJS) \
		$(CMD_COMMON_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(TRC_LDLIBS)

check-tracer-cli: $(TRACER_BIN) $(LIBTRACER_FAKEDEV)
	tests/unit/test_cli.sh $(TRACER_BIN) $(LIBTRACER_FAKEDEV)

.PHONY: check-tracer-cli
