// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/run.c - running a probe's clauses on this CPU.
 *
 * The per-CPU guard: a probe that fires while another tracer probe (of any
 * session) is running on the same CPU, e.g. from an interrupt or NMI that
 * lands inside a handler, would share that CPU's scratch memory, ring and
 * aggregation table with it.  It is dropped instead and counted in
 * guard_drops.  Only the dropping path writes guard_drops and only the
 * guarded path writes the other counters, so an interrupted increment is
 * never lost; STATUS reports fired as the sum of both (handler entries).
 *
 * A fault ends its clause: it is counted by kind, the ERROR probe's clauses
 * run (unless the fault was in one of them), then it is reported with a
 * TR_REC_ID_FAULT record -- DTrace prints its message after ERROR's output
 * -- and the probe goes on with its next clause.
 *
 * Every record a firing writes carries the time it fired (tr_ring_stamp()),
 * the same clock as the timestamp builtin.  Only the firings of a probe
 * whose clauses may write one (EMIT: TR_PF_CLOCKED) read the clock
 * when they start; a fault, whose report and ERROR clauses write records
 * in any probe, reads it again before them.
 *
 * Clause-local (this->) variables live at the start of scratch and, with
 * strtok()'s state, are cleared by tr_vm_fire() when a probe whose clauses
 * use them fires (TR_PF_FIRESTATE) -- every firing, from a kprobe,
 * kretprobe, timer, BEGIN or END, goes through tr_run_fire() (run.h) --
 * so they last across the clauses of one firing only.
 * The ERROR probe is a firing of its own: its clauses start with them clear
 * too, and the faulting probe's later clauses see them clear.
 *
 * exit() ends the probe's clauses and marks the session exited, after which
 * the kprobe handlers ignore firings; END still runs at STOP.
 *
 * SNAPSHOT drains a CPU's aggregation table as DTrace switches its
 * aggregation buffers (dtrace_aggregate_snap, DTRACEIOC_AGGSNAP): an IPI
 * to that CPU swaps the table with the spare one while holding the guard,
 * so no handler is half-way through an update of the table it takes away.
 * An IPI that lands in a handler (one that runs with interrupts on) tries
 * again; after TR_RUN_SWAP_TRIES such tries in a row SNAPSHOT gives up
 * with -EAGAIN, the table left in place with its updates for the next one
 * (a CPU that keeps running long probes back to back must not hold the
 * consumer in the kernel forever).
 */
#include <linux/cpu.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched/signal.h>
#include <linux/smp.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include "run.h"

DEFINE_PER_CPU(unsigned int, tr_guard);

#define TR_RUN_SWAP_TRIES	1000	/* IPIs to switch one CPU's table */

static void tr_run_faults(struct tr_session *s, struct tr_cpu *c, u32 probe,
			  enum tr_fault fault);

/* Run @probe's clauses, reporting their faults, until one runs exit(). */
static void tr_run_probe_clauses(struct tr_session *s, struct tr_cpu *c,
				 u32 probe)
{
	const struct tr_image_probe *p = &s->prog.probes[probe];

	tr_run_faults(s, c, probe,
		      tr_run_clauses(&c->vm, p->clause_first,
				     p->clause_first + p->clause_count));
}

/*
 * The ERROR probe's clauses, after a fault in @clause of @probe, with
 * DTrace's arguments: arg1 the epid, arg2 the action, arg3 the DIF offset,
 * arg4 DTrace's fault code, arg5 the bad address (arg0, DTrace's state
 * pointer, is 0).  Runs under the guard the faulting probe holds.
 */
static void tr_run_error(struct tr_session *s, struct tr_cpu *c, u32 probe,
			 u32 clause, enum tr_fault fault)
{
	const struct tr_prog *prog = &s->prog;
	u32 pc = c->vm.fault_pc, i;
	u32 insn = prog->clauses[clause].insn_first + pc;
	u64 args[TR_CTX_NARGS] = {
		0, clause + 1, prog->actions ? prog->actions[insn] : 0,
		pc * sizeof(u64), tr_fault_dtrace_codes[fault],
		fault == TR_FAULT_BADADDR ? c->vm.fault_addr : 0,
	};
	struct tr_probe_ctx ctx = { .args = args };
	void *outer = c->vm.env;
	bool fired = false;

	c->vm.env = &ctx;
	for (i = 0; i < prog->nprobes; i++) {
		if (prog->probes[i].kind != TR_PROBE_ERROR || i == probe)
			continue;
		if (!fired)	/* ERROR is a firing of its own */
			tr_vm_fire(&c->vm);
		fired = true;
		ctx.probe = i;
		tr_run_probe_clauses(s, c, i);
		if (c->vm.exited)
			break;
	}
	c->vm.env = outer;
}

/* A fault ends its clause: count it, run ERROR, then report it. */
static void tr_run_fault(struct tr_session *s, struct tr_cpu *c, u32 probe,
			 u32 clause, enum tr_fault fault)
{
	struct tr_vm *vm = &c->vm;
	struct tr_rec_fault rec = {
		.probe = probe,
		.clause = clause,
		.fault = fault,
		.pc = vm->fault_pc,
		.addr = fault == TR_FAULT_BADADDR ? vm->fault_addr : 0,
	};

	if (WARN_ON_ONCE(fault >= TR_NFAULTS))
		return;
	vm->stats->faults[fault]++;
	tr_ring_stamp(vm->ring, ktime_get_mono_fast_ns());
	/* No ERROR for a fault in ERROR's clauses: DTrace does not recurse. */
	if (s->prog.probes[probe].kind != TR_PROBE_ERROR)
		tr_run_error(s, c, probe, clause, fault);
	if (tr_ring_write(vm->ring, TR_REC_ID_FAULT, &rec, sizeof(rec)))
		vm->stats->buf_drops++;
}

/*
 * tr_run_clauses() ended a clause of @probe with @fault: report it and run
 * the clauses after it, as many times as they fault, until one runs exit().
 */
static void tr_run_faults(struct tr_session *s, struct tr_cpu *c, u32 probe,
			  enum tr_fault fault)
{
	const struct tr_image_probe *p = &s->prog.probes[probe];
	u32 end = p->clause_first + p->clause_count, clause;

	while (fault != TR_FAULT_NONE) {
		clause = c->vm.clause;
		tr_run_fault(s, c, probe, clause, fault);
		if (c->vm.exited)
			break;
		fault = tr_run_clauses(&c->vm, clause + 1, end);
	}
}

bool tr_run_prepare(struct tr_session *s, struct tr_cpu *c, u8 flags)
{
	if ((flags & TR_PF_PRETEST) &&
	    tr_pretest_skips(&c->vm, &s->pretests[c->ctx.probe]))
		return false;
	if (flags & TR_PF_FIRESTATE)
		tr_vm_fire(&c->vm);	/* this-> and strtok() are per firing */
	if (flags & TR_PF_CLOCKED)
		tr_ring_stamp(c->vm.ring, ktime_get_mono_fast_ns());
	return true;
}

void tr_run_finish(struct tr_session *s, struct tr_cpu *c,
		   enum tr_fault fault)
{
	u32 probe = c->ctx.probe;

	tr_run_faults(s, c, probe, fault);
	if (c->vm.exited) {
		WRITE_ONCE(s->exited, true);
		c->vm.exited = false;
	}
}

void tr_run_probes_of_kind(struct tr_session *s, u32 kind)
{
	u32 i;

	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != kind)
			continue;
		preempt_disable();
		tr_run_probe_args(s, i, NULL, NULL);
		preempt_enable();
	}
}

/* ---- draining an aggregation table (SNAPSHOT) ------------------------- */

struct tr_agg_swap {
	struct tr_cpu *c;
	bool done;
};

/* On the table's CPU, irqs off: swap unless a handler holds the guard. */
static void tr_run_swap_agg_here(void *arg)
{
	struct tr_agg_swap *w = arg;

	if (this_cpu_inc_return(tr_guard) == 1) {
		swap(w->c->vm.agg, w->c->agg_spare);
		w->done = true;
	}
	this_cpu_dec(tr_guard);
}

int tr_run_swap_agg(struct tr_cpu *c, unsigned int cpu)
{
	struct tr_agg_swap w = { .c = c };
	unsigned int tries = 0;
	int err = 0;

	cpus_read_lock();
	while (!w.done && !err) {
		if (!cpu_online(cpu)) {
			/* nothing runs there, and it stays offline */
			swap(c->vm.agg, c->agg_spare);
			w.done = true;
			break;
		}
		/* an interrupted handler finishes first: try again */
		err = smp_call_function_single(cpu, tr_run_swap_agg_here, &w,
					       1);
		if (err || w.done)
			break;
		if (fatal_signal_pending(current))
			err = -EINTR;
		else if (++tries == TR_RUN_SWAP_TRIES)
			err = -EAGAIN;
		else
			cond_resched();
	}
	cpus_read_unlock();
	return err;
}
