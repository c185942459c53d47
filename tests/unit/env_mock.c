// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/env_mock.c - the host tests' implementation of the interpreter's
 * environment hooks (builtins, stack, user registers, and the no-fault memory reads over a
 * table of fake kernel and user ranges), and a helper that sets up a
 * complete struct tr_vm the way the module does at load.
 */
#include <stdlib.h>
#include "tracer/agg.h"
#include "tracer/helpers.h"
#include "tracer/kmem.h"
#include "env_mock.h"

struct env_mock env_mock;

u64 tr_env_builtin(struct tr_vm *vm, unsigned int id)
{
	(void)vm;
	return env_mock.ints[id];
}

void tr_env_builtin_str(struct tr_vm *vm, unsigned int id, char *dst,
			u32 size)
{
	const char *s = id == TR_BI_EXECNAME ? env_mock.execname :
			id == TR_BI_PROBEFUNC ? env_mock.probefunc : "";
	u32 i;

	(void)vm;
	for (i = 0; i + 1 < size && s[i]; i++)
		dst[i] = s[i];
	memset(dst + i, 0, size - i);
}

struct tr_env_str tr_env_builtin_strp(struct tr_vm *vm, unsigned int id)
{
	(void)vm;
	if (id == TR_BI_EXECNAME)
		return (struct tr_env_str){ env_mock.execname,
					    sizeof(env_mock.execname) };
	if (id == TR_BI_PROBEFUNC)
		return (struct tr_env_str){ env_mock.probefunc,
					    sizeof(env_mock.probefunc) };
	return (struct tr_env_str){ "", 1 };
}

u32 tr_env_stack(struct tr_vm *vm, u8 *dst, u32 max)
{
	u32 n = env_mock.nstack < max ? env_mock.nstack : max;

	(void)vm;
	if (n > ARRAY_SIZE(env_mock.stack))
		n = ARRAY_SIZE(env_mock.stack);
	memcpy(dst, env_mock.stack, n * sizeof(u64));
	return n;
}

bool tr_env_uregs(struct tr_vm *vm, u64 *pid, u64 *pc, u64 *fp)
{
	(void)vm;
	*pid = env_mock.upid;
	*pc = env_mock.upc;
	*fp = env_mock.ufp;
	return env_mock.user;
}

/* kmem: the fake memory ranges; the defaults until a test sets others. */
static const struct env_mock_mem env_mock_mem_def[] = {
	{ ENV_MOCK_KBASE, 0 - ENV_MOCK_KBASE, false, NULL },
	{ ENV_MOCK_UBASE, ENV_MOCK_USER_END - ENV_MOCK_UBASE, true, NULL },
};
static struct env_mock_mem env_mock_mem_set_by_test[ENV_MOCK_NMEM];
static const struct env_mock_mem *env_mock_mem = env_mock_mem_def;
static unsigned int env_mock_nmem = ARRAY_SIZE(env_mock_mem_def);

void env_mock_mem_set(const struct env_mock_mem *r, unsigned int n)
{
	if (n > ENV_MOCK_NMEM)
		n = ENV_MOCK_NMEM;
	memcpy(env_mock_mem_set_by_test, r, n * sizeof(*r));
	env_mock_mem = env_mock_mem_set_by_test;
	env_mock_nmem = n;
}

void env_mock_mem_default(void)
{
	env_mock_mem = env_mock_mem_def;
	env_mock_nmem = ARRAY_SIZE(env_mock_mem_def);
}

u8 env_mock_mem_byte(u64 addr)
{
	if (addr % ENV_MOCK_NUL_EVERY == ENV_MOCK_NUL_EVERY - 1)
		return 0;
	return 'a' + addr % 26;
}

/* The byte at @addr of a range of kind @user into *@out: 0, or -EFAULT. */
static int env_mock_mem_read1(u64 addr, bool user, u8 *out)
{
	const struct env_mock_mem *r;
	unsigned int i;

	for (i = 0; i < env_mock_nmem; i++) {
		r = &env_mock_mem[i];
		if (r->user != user || addr < r->base ||
		    addr - r->base >= r->len)
			continue;
		*out = r->data ? r->data[addr - r->base] :
				 env_mock_mem_byte(addr);
		return 0;
	}
	return -EFAULT;
}

/* @len bytes at @src of kind @user, all or nothing, as the kernel's. */
static int env_mock_read(void *dst, u64 src, u32 len, bool user)
{
	u8 *d = dst;
	u32 i;

	if (user ? src >= ENV_MOCK_USER_END ||
		   len > ENV_MOCK_USER_END - src :
		   src < ENV_MOCK_KERNEL_MIN)
		return -EFAULT;
	for (i = 0; i < len; i++)
		if (env_mock_mem_read1(src + i, user, &d[i]))
			return -EFAULT;
	return 0;
}

int tr_env_read_kernel(void *dst, u64 src, u32 len)
{
	return env_mock_read(dst, src, len, false);
}

int tr_env_read_user(void *dst, u64 src, u32 len)
{
	return env_mock_read(dst, src, len, true);
}

/* Byte by byte: a range may end anywhere. */
long tr_env_read_kernel_str(char *dst, u64 src, u32 max)
{
	return tr_kmem_read_str(dst, src, max, tr_env_read_kernel, 1, 1);
}

long tr_env_read_user_str(char *dst, u64 src, u32 max)
{
	return tr_kmem_read_str(dst, src, max, tr_env_read_user, 1, 1);
}

void env_mock_fill(const u8 *data, size_t n)
{
	env_mock_mem_default();
	memset(&env_mock, 0, sizeof(env_mock));
	memcpy(&env_mock, data, n < sizeof(env_mock) ? n : sizeof(env_mock));
	env_mock.execname[sizeof(env_mock.execname) - 1] = '\0';
	env_mock.probefunc[sizeof(env_mock.probefunc) - 1] = '\0';
}

void env_mock_vm(struct tr_vm *vm, const struct tr_prog *prog)
{
	const struct tr_image_hdr *h = prog->hdr;
	u32 stride = tr_agg_stride(prog);

	memset(vm, 0, sizeof(*vm));
	vm->prog = prog;
	vm->scratch = calloc(1, h->scratch_size ? h->scratch_size : 1);
	vm->agg = malloc(tr_agg_table_bytes(h->agg_entries, stride));
	tr_agg_table_init(vm->agg, h->agg_entries, tr_agg_key_area(prog),
			  stride);
	vm->ring = malloc(tr_ring_bytes(h->buf_size));
	tr_ring_init(vm->ring, h->buf_size);
	vm->stats = calloc(1, sizeof(*vm->stats));
	vm->globals = calloc(1, h->globals_size ? h->globals_size : 1);
	if (prog->ndvars)
		vm->dyn = tr_dynvar_init(malloc(tr_dynvar_bytes(prog,
							       h->dynvar_size)),
					 prog, h->dynvar_size);
}

void env_mock_vm_free(struct tr_vm *vm)
{
	free(vm->scratch);
	free(vm->agg);
	free(vm->ring);
	free(vm->stats);
	free(vm->globals);
	free(vm->dyn);
}
