// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/env.c - the builtin variables in the kernel: the two environment
 * hooks the interpreter (common/interp.c) calls for LDB and LDBS.
 *
 * Called in probe context with preemption disabled, possibly in an
 * interrupt or NMI: nothing here locks, sleeps or allocates.  vm->env is
 * the struct tr_probe_ctx of the probe that is running (kmod/run.c).
 */
#include <linux/cred.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/uidgid.h>
#include <linux/user_namespace.h>
#include "tracer/builtins.h"
#include "run.h"

static u64 tr_env_arg(const struct tr_probe_ctx *ctx, unsigned int n)
{
	return ctx->regs ? regs_get_kernel_argument(ctx->regs, n) : 0;
}

u64 tr_env_builtin(struct tr_vm *vm, unsigned int id)
{
	const struct tr_probe_ctx *ctx = vm->env;

	switch (id) {
	case TR_BI_PID:
		return current->tgid;
	case TR_BI_TID:
		return current->pid;
	case TR_BI_UID:
		return from_kuid_munged(&init_user_ns, current_uid());
	case TR_BI_CPU:
		return smp_processor_id();
	case TR_BI_TIMESTAMP:
		return ktime_get_mono_fast_ns();	/* NMI-safe */
	case TR_BI_ARG0 ... TR_BI_ARG5:
		return tr_env_arg(ctx, id - TR_BI_ARG0);
	}
	WARN_ON_ONCE(1);	/* the verifier admits integer builtins only */
	return 0;
}

/* current->comm without task_lock: a racing rename may tear it, no more. */
static void tr_env_execname(char *dst, u32 size)
{
	u32 n = min_t(u32, size, TASK_COMM_LEN);
	u32 len;

	memcpy(dst, current->comm, n);
	dst[n - 1] = '\0';
	len = strnlen(dst, n);
	memset(dst + len, 0, size - len);
}

/* The function an fbt probe is on; "" for BEGIN and END. */
static const char *tr_env_probefunc(const struct tr_vm *vm,
				    const struct tr_probe_ctx *ctx)
{
	const struct tr_image_probe *p = &vm->prog->probes[ctx->probe];

	if (p->kind != TR_PROBE_KPROBE)
		return "";
	return vm->prog->rodata + p->func;
}

void tr_env_builtin_str(struct tr_vm *vm, unsigned int id, char *dst,
			u32 size)
{
	const struct tr_probe_ctx *ctx = vm->env;

	if (!size)
		return;
	switch (id) {
	case TR_BI_EXECNAME:
		tr_env_execname(dst, size);
		return;
	case TR_BI_PROBEFUNC:
		strscpy_pad(dst, tr_env_probefunc(vm, ctx), size);
		return;
	}
	WARN_ON_ONCE(1);	/* the verifier admits string builtins only */
	memset(dst, 0, size);
}
