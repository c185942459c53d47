/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/run.h - running a probe's clauses on the current CPU.
 *
 * A firing is inlined into each probe type's handler: the per-CPU guard
 * and the counters (nothing more for a probe whose clauses are all
 * empty), then one call to the interpreter, which runs the clauses;
 * faults, exit() and the per-firing state are calls off that path.
 * The context the environment (kmod/env.c) reads builtins from is the
 * CPU's own (struct tr_cpu's ctx), filled by the firing holding its guard.
 */
#ifndef TR_KMOD_RUN_H
#define TR_KMOD_RUN_H

#include <linux/percpu.h>
#include <linux/ptrace.h>
#include <linux/smp.h>
#include "session.h"
#include "wake.h"

/* s->pflags[probe], set by LOAD (kmod/session.c) */
#define TR_PF_CLOCKED	0x1	/* a clause may write a record (EMIT): the
				 * firing reads the clock first */
#define TR_PF_EMPTY	0x2	/* every clause is a lone RET: a firing only
				 * counts (an empty quiet clause, no
				 * predicate) */
#define TR_PF_FIRESTATE	0x4	/* a clause may use this-> variables or
				 * strtok(): a firing clears them first */
#define TR_PF_PRETEST	0x8	/* the probe has a pretest (s->pretests,
				 * include/tracer/interp.h): a firing that
				 * fails it runs nothing */

/* Nonzero while a tracer probe runs on this CPU (kmod/run.c). */
DECLARE_PER_CPU(unsigned int, tr_guard);

/*
 * Take this CPU's guard for a firing of @probe and count it.  NULL if
 * there is nothing more to do: another tracer probe holds the guard (the
 * firing is dropped), or every clause of @probe is empty.  Otherwise the
 * caller fills the returned CPU's ctx and calls tr_run_fire().
 * Preemption must be disabled.
 */
static __always_inline struct tr_cpu *tr_run_enter(struct tr_session *s,
						   u32 probe)
{
	struct tr_cpu *c = s->cpus[smp_processor_id()];

	if (unlikely(this_cpu_inc_return(tr_guard) != 1)) {
		c->stats.guard_drops++;
		this_cpu_dec(tr_guard);
		return NULL;
	}
	c->stats.fired++;
	if (s->pflags[probe] & TR_PF_EMPTY) {
		this_cpu_dec(tr_guard);
		return NULL;
	}
	return c;
}

/*
 * What a firing of a probe with @flags does before its clauses: false if
 * its pretest fails, and then nothing else (the clauses do not run).
 */
bool tr_run_prepare(struct tr_session *s, struct tr_cpu *c, u8 flags);

/*
 * What a firing does after tr_run_clauses() returned @fault or exit() ran:
 * report the fault and run the clauses after it, end the session.
 */
void tr_run_finish(struct tr_session *s, struct tr_cpu *c,
		   enum tr_fault fault);

/*
 * Run the clauses of the probe in @c->ctx, then release the guard
 * tr_run_enter() took.  Takes no lock and allocates nothing: safe in any
 * probe context.  Inline: the handler's frame is the firing's only one
 * besides the interpreter's; the rare parts are calls.
 */
static __always_inline void tr_run_fire(struct tr_session *s,
					struct tr_cpu *c)
{
	const struct tr_image_probe *p = &s->prog.probes[c->ctx.probe];
	u8 flags = s->pflags[c->ctx.probe];
	enum tr_fault fault;

	if (unlikely(flags & (TR_PF_PRETEST | TR_PF_FIRESTATE |
			      TR_PF_CLOCKED)) &&
	    !tr_run_prepare(s, c, flags)) {
		this_cpu_dec(tr_guard);
		return;
	}
	fault = tr_run_clauses(&c->vm, p->clause_first,
			       p->clause_first + p->clause_count);
	if (unlikely(fault != TR_FAULT_NONE || c->vm.exited))
		tr_run_finish(s, c, fault);
	if (flags & TR_PF_CLOCKED)
		tr_wake_check(s, c);	/* records: the consumer due? */
	this_cpu_dec(tr_guard);
}

/*
 * Run every clause of @probe on @c, which tr_run_enter() gave: @regs are
 * the probe's (or NULL), @args its TR_CTX_NARGS arguments (or NULL: from
 * @regs, fbt entry), @rec (tpsys) a tracepoint's record of @rec_len bytes,
 * @caller (fbt entry) the return address, or 0 to unwind it from @regs
 * when read (kmod/env.c).
 */
static __always_inline void tr_run_probe_on(struct tr_session *s,
					    struct tr_cpu *c, u32 probe,
					    struct pt_regs *regs,
					    const u64 *args,
					    const void *rec, u32 rec_len,
					    unsigned long caller)
{
	c->ctx.regs = regs;
	c->ctx.probe = probe;
	c->ctx.args = args;
	c->ctx.caller = caller;
	if (rec) {	/* tpsys: the record; only a tracepoint's clauses
			 * read it (the verifier's V10), so no other firing
			 * needs to clear it */
		c->vm.pctx = rec;
		c->vm.pctx_len = rec_len;
	}
	tr_run_fire(s, c);
}

/* The same on this CPU, entered here.  Preemption must be disabled. */
static __always_inline void tr_run_probe_full(struct tr_session *s, u32 probe,
					      struct pt_regs *regs,
					      const u64 *args,
					      const void *rec, u32 rec_len,
					      unsigned long caller)
{
	struct tr_cpu *c = tr_run_enter(s, probe);

	if (c)
		tr_run_probe_on(s, c, probe, regs, args, rec, rec_len, caller);
}

/* An fbt entry probe called from @caller (a return address). */
static __always_inline void tr_run_probe(struct tr_session *s, u32 probe,
					 struct pt_regs *regs,
					 unsigned long caller)
{
	tr_run_probe_full(s, probe, regs, NULL, NULL, 0, caller);
}

/*
 * An fbt return probe (kmod/probe_kretprobe.c, kmod/probe_fexit.c): arg0
 * @retaddr, the address it returns to, arg1 the return value, in the
 * CPU's ret_args, written only by a firing that runs clauses.
 */
static __always_inline void tr_run_probe_ret(struct tr_session *s, u32 probe,
					     struct pt_regs *regs,
					     unsigned long retaddr)
{
	struct tr_cpu *c = tr_run_enter(s, probe);

	if (!c)
		return;
	c->ret_args[0] = retaddr;
	c->ret_args[1] = regs_return_value(regs);
	tr_run_probe_on(s, c, probe, regs, c->ret_args, NULL, 0, 0);
}

/* With the probe's arguments given (timers, syscalls). */
static __always_inline void tr_run_probe_args(struct tr_session *s,
					      u32 probe, struct pt_regs *regs,
					      const u64 *args)
{
	tr_run_probe_full(s, probe, regs, args, NULL, 0, 0);
}

/* tpsys: with a tracepoint's record (the VM's TR_VA_PCTX). */
static __always_inline void tr_run_probe_rec(struct tr_session *s, u32 probe,
					     struct pt_regs *regs,
					     const void *rec, u32 rec_len)
{
	tr_run_probe_full(s, probe, regs, NULL, rec, rec_len, 0);
}

/*
 * SNAPSHOT: make @c's spare aggregation table the one @cpu's probes update
 * and the table they updated the spare, in process context.  0, -EINTR,
 * or -EAGAIN when a probe was running on @cpu at every try (nothing
 * switched: the updates stay for the next SNAPSHOT).
 */
int tr_run_swap_agg(struct tr_cpu *c, unsigned int cpu);

/* Run the probes of @kind (BEGIN or END) in process context. */
void tr_run_probes_of_kind(struct tr_session *s, u32 kind);

#endif /* TR_KMOD_RUN_H */
