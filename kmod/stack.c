// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/stack.c - stack(): the kernel stack of the probe that is running,
 * for the STACK helper (common/helpers.c), from probe context.
 *
 * The stack is taken with stack_trace_save(), the exported stack trace
 * API (stack_trace_save_regs() is not exported), into a per-CPU buffer:
 * nothing is allocated, and the per-CPU guard of kmod/run.c means one
 * user per CPU at a time.  That walk starts inside the tracer, so its own
 * frames (and those of the kprobe or ftrace code that called it) are
 * dropped: for an fbt probe the stack starts at the frame inside the
 * probed function (the return address of its fentry call or the address
 * of the breakpoint, close to regs->ip), which DTrace shows first; when
 * that frame is not found, and for BEGIN and END, it starts at the first
 * frame outside this module.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/stacktrace.h>
#include "tracer/helpers.h"
#include "run.h"

/* The deepest stack(n) (TRC_MAX_STACKFRAMES) and the frames above it. */
#define TR_STACK_MAX		100
#define TR_STACK_SKIP_MAX	32
#define TR_STACK_NEAR		32	/* bytes from regs->ip: the probed
					 * function's own frame */

static DEFINE_PER_CPU(unsigned long[TR_STACK_MAX + TR_STACK_SKIP_MAX],
		      tr_stack_buf);

static bool tr_stack_near(unsigned long pc, unsigned long ip)
{
	return pc >= ip - TR_STACK_NEAR && pc <= ip + TR_STACK_NEAR;
}

u32 tr_env_stack(struct tr_vm *vm, u8 *dst, u32 max)
{
	const struct tr_probe_ctx *ctx = vm->env;
	unsigned long *buf = this_cpu_ptr(tr_stack_buf);
	unsigned int n, first = 0, i;
	bool found = false;
	u64 pc;

	if (max > TR_STACK_MAX)
		max = TR_STACK_MAX;
	n = stack_trace_save(buf, TR_STACK_MAX + TR_STACK_SKIP_MAX, 0);
	if (ctx && ctx->regs) {
		for (i = 0; i < n && i < TR_STACK_SKIP_MAX && !found; i++)
			found = tr_stack_near(buf[i],
					      instruction_pointer(ctx->regs));
		if (found)
			first = i - 1;
	}
	if (!found)
		while (first < n && within_module(buf[first], THIS_MODULE))
			first++;
	for (i = 0; i < max && first + i < n; i++) {
		pc = buf[first + i];
		memcpy(dst + (size_t)i * sizeof(pc), &pc, sizeof(pc));
	}
	return i;
}
