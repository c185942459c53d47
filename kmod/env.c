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
#include <linux/err.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/uidgid.h>
#include <linux/user_namespace.h>
#include <asm/syscall.h>
#include "tracer/builtins.h"
#include "run.h"

/*
 * arg0 .. arg9: given by the probe (timers, fbt return, syscall return,
 * ERROR), else read from its registers when a clause asks: the function's
 * arguments at an fbt entry probe -- on x86-64 arg0..arg5 are the
 * registers of the calling convention and arg6..arg9 the stack slots above
 * the return address (regs_get_kernel_argument(), which checks that they
 * lie on the kernel stack and gives 0 if not) -- and the syscall's six at a
 * syscall entry probe (kmod/probe_syscall.c).
 */
/*
 * Out of line, so that tr_env_arg() has nothing on its stack (no canary)
 * for the commonest, an argument in a register: an fbt entry probe's
 * argument @n on the stack (arg6 and up), read without faulting.
 */
static noinline u64 tr_env_stack_arg(struct pt_regs *regs, unsigned int n)
{
	return regs_get_kernel_argument(regs, n);
}

/* A syscall's argument @n (out of line too: its array). */
static noinline u64 tr_env_syscall_arg(struct pt_regs *regs, unsigned int n)
{
	unsigned long a[6];

	if (n >= ARRAY_SIZE(a))
		return 0;
	syscall_get_arguments(current, regs, a);
	return a[n];
}

static u64 tr_env_arg(const struct tr_vm *vm, const struct tr_probe_ctx *ctx,
		      unsigned int n)
{
	if (ctx->args)
		return ctx->args[n];
	if (!ctx->regs)
		return 0;
	switch (vm->prog->probes[ctx->probe].kind) {
	case TR_PROBE_KPROBE:
		if (n >= NR_REG_ARGUMENTS)
			return tr_env_stack_arg(ctx->regs, n);
		return regs_get_kernel_argument(ctx->regs, n);
	case TR_PROBE_SYSCALL_ENTRY:
		return tr_env_syscall_arg(ctx->regs, n);
	}
	return 0;
}

/*
 * The value an fbt return probe's function or a syscall return probe's
 * syscall returns (arg0 there: kmod/probe_syscall.c); 0 elsewhere.
 */
static u64 tr_env_retval(const struct tr_vm *vm,
			 const struct tr_probe_ctx *ctx)
{
	u32 kind = vm->prog->probes[ctx->probe].kind;

	if (kind == TR_PROBE_SYSCALL_RETURN && ctx->args)
		return ctx->args[0];
	if (!ctx->regs || kind != TR_PROBE_KRETPROBE)
		return 0;
	return regs_return_value(ctx->regs);
}

/*
 * caller, as DTrace has it.  At fbt probes the address in the calling
 * function that the probed function returns to (ftrace's parent_ip at
 * entry, or one unwinder step from the registers at an entry probe that
 * rides a kretprobe's kprobe; at return probes the return address, arg0
 * there: kmod/probe_kretprobe.c, kmod/probe_fexit.c).  At tick and profile
 * probes that interrupted the kernel, the return address of the
 * interrupted function (one frame up from arg0, as illumos's
 * dtrace_getpcstack() from the interrupted PC gives it), found when a
 * clause reads it; 0 when the CPU was in user mode (no registers here:
 * kmod/probe_timer.c).  0 at other probes.
 */
static u64 tr_env_caller(const struct tr_vm *vm,
			 const struct tr_probe_ctx *ctx)
{
	switch (vm->prog->probes[ctx->probe].kind) {
	case TR_PROBE_KPROBE:	/* 0: from a kprobe, which has no parent_ip
				 * (kmod/probe_kretprobe.c) */
		return ctx->caller ? ctx->caller :
				     tr_stack_caller(ctx->regs);
	case TR_PROBE_KRETPROBE:
		return ctx->args ? ctx->args[0] : 0;
	case TR_PROBE_TICK:
	case TR_PROBE_PROFILE:
		return ctx->regs ? tr_stack_caller(ctx->regs) : 0;
	}
	return 0;
}

/*
 * errno, as DTrace has it: at a syscall return probe, the error the
 * syscall returns (-ret when ret is in [-MAX_ERRNO, -1]); 0 elsewhere.
 */
static u64 tr_env_errno(const struct tr_vm *vm,
			const struct tr_probe_ctx *ctx)
{
	s64 ret;

	if (vm->prog->probes[ctx->probe].kind != TR_PROBE_SYSCALL_RETURN ||
	    !ctx->args)
		return 0;
	ret = ctx->args[0];
	return ret >= -MAX_ERRNO && ret <= -1 ? -ret : 0;
}

/*
 * The thread's on-CPU time: the scheduler's runtime as last accounted,
 * plus the time since (both in the scheduler's clock).  It includes the
 * tracer's own time, and where the scheduler skipped a clock update at a
 * context switch the accounted runtime can come out a few microseconds
 * below what was extrapolated before: vtimestamp may step back that much.
 */
static u64 tr_env_vtimestamp(void)
{
	const struct sched_entity *se = &current->se;
	u64 sum = READ_ONCE(se->sum_exec_runtime);
	u64 start = READ_ONCE(se->exec_start);
	u64 now = local_clock();

	return now > start ? sum + (now - start) : sum;
}

u64 tr_env_builtin(struct tr_vm *vm, unsigned int id)
{
	const struct tr_probe_ctx *ctx = vm->env;

	/* the commonest first: the switch is a tree of compares (no jump
	 * tables in this kernel), several per LDB */
	if (id >= TR_BI_ARG0 && id <= TR_BI_ARG5)
		return tr_env_arg(vm, ctx, id - TR_BI_ARG0);
	if (id == TR_BI_PID)
		return current->tgid;
	if (id == TR_BI_CPU)
		return smp_processor_id();
	switch (id) {
	case TR_BI_PID:
		return current->tgid;
	case TR_BI_TID:
		return tr_env_tid(vm);
	case TR_BI_UID:
		return from_kuid_munged(&init_user_ns, current_uid());
	case TR_BI_CPU:
		return smp_processor_id();
	case TR_BI_TIMESTAMP:
		return ktime_get_mono_fast_ns();	/* NMI-safe */
	case TR_BI_ARG0 ... TR_BI_ARG5:
		return tr_env_arg(vm, ctx, id - TR_BI_ARG0);
	case TR_BI_ARG6 ... TR_BI_ARG9:
		return tr_env_arg(vm, ctx, id - TR_BI_ARG6 + 6);
	case TR_BI_RETVAL:
		return tr_env_retval(vm, ctx);
	case TR_BI_PPID:
		return task_ppid_nr(current);
	case TR_BI_GID:
		return from_kgid_munged(&init_user_ns, current_gid());
	case TR_BI_VTIMESTAMP:
		return tr_env_vtimestamp();
	case TR_BI_WALLTIMESTAMP:
		return ktime_get_real_fast_ns();	/* NMI-safe */
	case TR_BI_EPID:
		return vm->clause + 1;
	case TR_BI_CURTHREAD:
		return (u64)(unsigned long)current;
	case TR_BI_ERRNO:
		return tr_env_errno(vm, ctx);
	case TR_BI_ID:
		return tr_probe_id(vm->prog->probes[ctx->probe].kind,
				   ctx->probe);
	case TR_BI_CALLER:
		return tr_env_caller(vm, ctx);
	}
	WARN_ON_ONCE(1);	/* the verifier admits integer builtins only */
	return 0;
}

/* @w with every byte from its first NUL on cleared; *@nul if it had one. */
static inline u64 tr_env_cut_at_nul(u64 w, bool *nul)
{
	u64 z = (w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull;

	*nul = z != 0;
	/* bytes above the first NUL may be flagged too: only the lowest counts */
	return z ? w & ((1ull << (__ffs64(z) & ~7u)) - 1) : w;
}

/*
 * current->comm without task_lock: a racing rename may tear it, no more.
 * It is TASK_COMM_LEN (16) bytes, read as two little-endian words and cut
 * at the first NUL there, with no byte loop and no call.
 */
static void tr_env_execname(char *dst, u32 size)
{
	u32 n = min_t(u32, size, TASK_COMM_LEN);
	u64 lo, hi;
	bool nul;
	u32 len;

	BUILD_BUG_ON(TASK_COMM_LEN != 16);
	if (size >= TASK_COMM_LEN) {
		memcpy(&lo, current->comm, 8);
		memcpy(&hi, current->comm + 8, 8);
		lo = tr_env_cut_at_nul(le64_to_cpu((__force __le64)lo), &nul);
		/* byte 15 is the NUL a full name ends with */
		hi = nul ? 0 : tr_env_cut_at_nul(le64_to_cpu((__force __le64)hi) &
						 ~(0xffull << 56), &nul);
		lo = (__force u64)cpu_to_le64(lo);
		hi = (__force u64)cpu_to_le64(hi);
		memcpy(dst, &lo, 8);
		memcpy(dst + 8, &hi, 8);
		if (size > TASK_COMM_LEN)
			memset(dst + TASK_COMM_LEN, 0, size - TASK_COMM_LEN);
		return;
	}
	memcpy(dst, current->comm, n);
	dst[n - 1] = '\0';
	len = strnlen(dst, n);
	memset(dst + len, 0, size - len);
}

/*
 * The part @id of the running probe's description, from rodata (the
 * verifier's I7 and I10 put every offset inside it, and it ends in NUL).
 */
static const char *tr_env_probe_part(const struct tr_vm *vm,
				     const struct tr_probe_ctx *ctx,
				     unsigned int id)
{
	const struct tr_image_probe *p = &vm->prog->probes[ctx->probe];

	switch (id) {
	case TR_BI_PROBEPROV:
		return vm->prog->rodata + p->provider;
	case TR_BI_PROBEMOD:
		return vm->prog->rodata + p->module;
	case TR_BI_PROBENAME:
		return vm->prog->rodata + p->name;
	}
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
	case TR_BI_PROBEPROV:
	case TR_BI_PROBEMOD:
	case TR_BI_PROBENAME:
		strscpy_pad(dst, tr_env_probe_part(vm, ctx, id), size);
		return;
	}
	WARN_ON_ONCE(1);	/* the verifier admits string builtins only */
	memset(dst, 0, size);
}

struct tr_env_str tr_env_probe_strp(struct tr_vm *vm, unsigned int id)
{
	/* rodata ends in a NUL (the verifier's I5) */
	const char *s = tr_env_probe_part(vm, vm->env, id);

	return (struct tr_env_str){
		s, vm->prog->rodata + vm->prog->rodata_len - s };
}
