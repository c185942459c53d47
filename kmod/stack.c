// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/stack.c - stack(): the kernel stack of the probe that is running,
 * for the STACK helper (common/helpers.c), from probe context.
 *
 * At an fbt entry probe the walk starts from the probe's registers, as
 * stack_trace_save_regs() does (it is not exported; the x86 unwinder it
 * uses is: unwind_start() .. unwind_next_frame()): regs->ip, the return
 * address of the probed function's fentry call, which DTrace shows first,
 * then its callers.  Neither the tracer's frames nor ftrace's are walked.
 *
 * Elsewhere the stack is taken with stack_trace_save(), the exported stack
 * trace API, into a per-CPU buffer: nothing is allocated, and the per-CPU
 * guard of kmod/run.c means one user per CPU at a time.  That walk starts
 * inside the tracer, so its own frames (and those of the kprobe code that
 * called it) are dropped: where the probe has registers the stack starts
 * at the frame close to regs->ip; when that frame is not found, and for
 * BEGIN and END, at the first frame outside this module.
 *
 * caller at a timer probe is one step of the same unwinder from the
 * interrupted registers (tr_stack_caller()).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/stacktrace.h>
#include <asm/unwind.h>
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

/* fbt entry: up to @max frames from the probe's registers. */
static u32 tr_stack_from_regs(struct pt_regs *regs, u8 *dst, u32 max)
{
	struct unwind_state state;
	u64 pc = instruction_pointer(regs);
	u32 n = 0;

	if (!max)
		return 0;
	memcpy(dst, &pc, sizeof(pc));
	n++;
	for (unwind_start(&state, current, regs, NULL);
	     n < max && !unwind_done(&state); unwind_next_frame(&state)) {
		pc = unwind_get_return_address(&state);
		if (!pc)
			break;
		memcpy(dst + (size_t)n * sizeof(pc), &pc, sizeof(pc));
		n++;
	}
	return n;
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
	if (ctx && ctx->regs &&
	    vm->prog->probes[ctx->probe].kind == TR_PROBE_KPROBE)
		return tr_stack_from_regs(ctx->regs, dst, max);
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

/*
 * The return address of the function interrupted at @regs (kernel mode):
 * unwind_start() from registers already steps past their frame, as
 * tr_stack_from_regs()'s walk does for its second frame.
 */
u64 tr_stack_caller(struct pt_regs *regs)
{
	struct unwind_state state;

	unwind_start(&state, current, regs, NULL);
	return unwind_done(&state) ? 0 : unwind_get_return_address(&state);
}
