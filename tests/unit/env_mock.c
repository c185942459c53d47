// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/env_mock.c - the host tests' implementation of the interpreter's
 * environment hooks, and a helper that sets up a complete struct tr_vm the
 * way the module does at load.
 */
#include <stdlib.h>
#include "tracer/agg.h"
#include "tracer/helpers.h"
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

u32 tr_env_stack(struct tr_vm *vm, u8 *dst, u32 max)
{
	u32 n = env_mock.nstack < max ? env_mock.nstack : max;

	(void)vm;
	if (n > ARRAY_SIZE(env_mock.stack))
		n = ARRAY_SIZE(env_mock.stack);
	memcpy(dst, env_mock.stack, n * sizeof(u64));
	return n;
}

void env_mock_fill(const u8 *data, size_t n)
{
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
