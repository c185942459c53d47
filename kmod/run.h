/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/run.h - running a probe's clauses on the current CPU, and the
 * context the environment (kmod/env.c) reads builtins from.
 */
#ifndef TR_KMOD_RUN_H
#define TR_KMOD_RUN_H

#include <linux/ptrace.h>
#include "session.h"

/* arg0 .. arg9 */
#define TR_CTX_NARGS	10

/* What vm->env points at while a probe's clauses run (on the stack). */
struct tr_probe_ctx {
	struct pt_regs *regs;	/* the firing probe's; NULL: BEGIN, END */
	u32 probe;			/* index into prog.probes */
	u32 clause;			/* running clause: epid - 1 */
	const u64 *args;		/* TR_CTX_NARGS values, or NULL: the
					 * function's arguments from regs */
	const void *rec;		/* tpsys: a tracepoint's record, or */
	u32 rec_len;			/* NULL; its bytes */
	unsigned long caller;		/* fbt entry: the return address */
};

/*
 * Run every clause of @probe on this CPU, an fbt entry probe called from
 * @caller (a return address).  Preemption must be disabled.  Takes no lock
 * and allocates nothing: safe in any probe context.
 */
void tr_run_probe(struct tr_session *s, u32 probe, struct pt_regs *regs,
		  unsigned long caller);

/* The same with the probe's arguments given (timers, fbt return). */
void tr_run_probe_args(struct tr_session *s, u32 probe, struct pt_regs *regs,
		       const u64 *args);

/* tpsys: the same with a tracepoint's record (the VM's TR_VA_PCTX). */
void tr_run_probe_rec(struct tr_session *s, u32 probe, struct pt_regs *regs,
		      const void *rec, u32 rec_len);

/*
 * SNAPSHOT: make @c's spare aggregation table the one @cpu's probes update
 * and the table they updated the spare, in process context.  0, -EINTR.
 */
int tr_run_swap_agg(struct tr_cpu *c, unsigned int cpu);

/* Run the probes of @kind (BEGIN or END) in process context. */
void tr_run_probes_of_kind(struct tr_session *s, u32 kind);

#endif /* TR_KMOD_RUN_H */
