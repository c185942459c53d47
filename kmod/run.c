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
 * A fault ends its clause: it is counted by kind and reported with a
 * TR_REC_ID_FAULT record, and the probe goes on with its next clause.
 * exit() ends the probe's clauses and marks the session exited, after which
 * the kprobe handlers ignore firings; END still runs at STOP.
 */
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/smp.h>
#include "run.h"

static DEFINE_PER_CPU(unsigned int, tr_guard);

static void tr_run_fault(struct tr_vm *vm, u32 probe, u32 clause,
			 enum tr_fault fault)
{
	struct tr_rec_fault rec = {
		.probe = probe,
		.clause = clause,
		.fault = fault,
		.pc = vm->fault_pc,
	};

	if (WARN_ON_ONCE(fault >= TR_NFAULTS))
		return;
	vm->stats->faults[fault]++;
	if (tr_ring_write(vm->ring, TR_REC_ID_FAULT, &rec, sizeof(rec)))
		vm->stats->buf_drops++;
}

void tr_run_probe(struct tr_session *s, u32 probe, struct pt_regs *regs)
{
	const struct tr_image_probe *p = &s->prog.probes[probe];
	struct tr_cpu *c = s->cpus[smp_processor_id()];
	struct tr_probe_ctx ctx = { .regs = regs, .probe = probe };
	u32 clause, end = p->clause_first + p->clause_count;
	enum tr_fault fault;

	if (this_cpu_inc_return(tr_guard) != 1) {
		c->stats.guard_drops++;
		goto out_release_guard;
	}
	c->stats.fired++;
	c->vm.env = &ctx;
	c->vm.exited = false;
	c->vm.strtok_len = 0;		/* strtok(NULL) is per firing */
	for (clause = p->clause_first; clause < end; clause++) {
		fault = tr_run_clause(&c->vm, clause);
		if (unlikely(fault != TR_FAULT_NONE))
			tr_run_fault(&c->vm, probe, clause, fault);
		if (unlikely(c->vm.exited)) {
			WRITE_ONCE(s->exited, true);
			break;
		}
	}
	c->vm.env = NULL;
out_release_guard:
	this_cpu_dec(tr_guard);
}

void tr_run_probes_of_kind(struct tr_session *s, u32 kind)
{
	u32 i;

	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != kind)
			continue;
		preempt_disable();
		tr_run_probe(s, i, NULL);
		preempt_enable();
	}
}
