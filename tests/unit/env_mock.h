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
	u8 user;			/* tr_env_uregs(): a user thread (not 0), */
	u64 upid, upc, ufp;		/* its pid, pc and frame pointer */
};

extern struct env_mock env_mock;

/*
 * kmem: fake memory for the no-fault reads (tracer/kmem.h).  A read
 * succeeds only if every byte lies in a range of its kind; kernel reads
 * of addresses below ENV_MOCK_KERNEL_MIN and user reads at or above
 * ENV_MOCK_USER_END fail, as on x86.  data NULL: the pattern
 * (env_mock_mem_byte()).
 */
#define ENV_MOCK_KERNEL_MIN	0xffff800000000000ull
#define ENV_MOCK_USER_END	0x00007ffffffff000ull
#define ENV_MOCK_NMEM		4

struct env_mock_mem {
	u64 base;
	u64 len;
	bool user;		/* user memory of the current task, else kernel */
	const u8 *data;		/* len bytes, or NULL: the pattern */
};

/*
 * The default ranges cover nearly all of each half, so that the fuzzers
 * reach them with almost any MOVI or builtin: kernel memory from
 * ENV_MOCK_KBASE to the top of the address space (below it, down to
 * ENV_MOCK_KERNEL_MIN, an unmapped hole like x86's guard hole), and user
 * memory from ENV_MOCK_UBASE to ENV_MOCK_USER_END.  Both hold the pattern
 * env_mock_mem_byte(): letters, and a NUL at every address that is
 * ENV_MOCK_NUL_EVERY - 1 modulo ENV_MOCK_NUL_EVERY.
 */
#define ENV_MOCK_KBASE		0xffff880000000000ull
#define ENV_MOCK_UBASE		0x10000ull
#define ENV_MOCK_NUL_EVERY	61u

/* Replace the ranges with @n (at most ENV_MOCK_NMEM) of @r. */
void env_mock_mem_set(const struct env_mock_mem *r, unsigned int n);
/* Back to the default ranges (env_mock_fill() does it too). */
void env_mock_mem_default(void);
/* The pattern's byte at address @addr. */
u8 env_mock_mem_byte(u64 addr);

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
