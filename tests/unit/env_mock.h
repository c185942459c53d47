/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/unit/env_mock.h - the host tests' probe environment: builtins the
 * interpreter reads (tr_env_builtin*) come from this settable struct.
 */
#ifndef TESTS_ENV_MOCK_H
#define TESTS_ENV_MOCK_H

#include "tracer/builtins.h"
#include "tracer/interp.h"

struct env_mock {
	u64 ints[TR_NBUILTINS];		/* by builtin id */
	char execname[16];
	char probefunc[128];
	u64 stack[8];			/* tr_env_stack(): the first nstack */
	u32 nstack;
	u8 record[64];			/* tpsys: a tracepoint's record, */
	u8 record_len;			/* its first record_len % 65 bytes */
};

extern struct env_mock env_mock;

/*
 * Set every builtin from @n bytes of @data (the fields of struct env_mock
 * in order; missing bytes are 0), keeping the strings NUL-terminated as
 * the kernel's are.  The fuzzers take the probe context from their input.
 */
void env_mock_fill(const u8 *data, size_t n);

/*
 * A struct tr_vm for @prog with freshly allocated scratch, aggregation
 * table and ring; env_mock_vm_free() releases them.
 */
void env_mock_vm(struct tr_vm *vm, const struct tr_prog *prog);
void env_mock_vm_free(struct tr_vm *vm);

#endif /* TESTS_ENV_MOCK_H */
