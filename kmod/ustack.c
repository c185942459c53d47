// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/ustack.c - the user registers ustack() starts from (tr_env_uregs(),
 * include/tracer/helpers.h); the frame walk itself is common/helpers.c's,
 * over the no-fault user reads of kmod/kmem.c.
 *
 * The registers are those the thread entered the kernel with: the probe's
 * own when it interrupted user mode (a profile probe), else
 * task_pt_regs(current), which the entry code saved at the bottom of the
 * thread's kernel stack (a system call, a fault, an interrupt of user
 * mode).  A kernel thread has none: no mm, or PF_KTHREAD (one that borrows
 * an mm keeps the flag).  A 32-bit task gives its pc only: its frames are
 * 4-byte ones.  Nothing here sleeps, allocates or reads memory other than
 * the thread's own registers.
 */
#include <linux/sched.h>
#include <linux/sched/task_stack.h>
#include <asm/ptrace.h>
#include "tracer/helpers.h"
#include "run.h"

bool tr_env_uregs(struct tr_vm *vm, u64 *pid, u64 *pc, u64 *fp)
{
	const struct tr_probe_ctx *ctx = vm->env;
	struct pt_regs *regs;

	if (!current->mm || (current->flags & PF_KTHREAD))
		return false;
	regs = ctx && ctx->regs && user_mode(ctx->regs) ?
	       ctx->regs : task_pt_regs(current);
	*pid = current->tgid;
	*pc = regs->ip;
	*fp = user_64bit_mode(regs) ? regs->bp : 0;
	return true;
}
