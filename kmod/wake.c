// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/wake.c - the consumer's wakeup when a CPU's ring is half full (see
 * kmod/wake.h): the irq_work each CPU's probes queue, and what poll()
 * asks.
 */
#include <linux/irq_work.h>
#include <linux/wait.h>
#include "wake.h"

static void tr_wake_fn(struct irq_work *work)
{
	struct tr_cpu *c = container_of(work, struct tr_cpu, wake);

	wake_up_interruptible(c->wq);
}

void tr_wake_init(struct tr_cpu *c, wait_queue_head_t *wq)
{
	c->wq = wq;
	init_irq_work(&c->wake, tr_wake_fn);
}

void tr_wake_sync(struct tr_cpu *c)
{
	irq_work_sync(&c->wake);
}

bool tr_wake_due(struct tr_session *s)
{
	unsigned int cpu;

	if (s->state == TR_STATE_EMPTY)
		return false;
	if (READ_ONCE(s->exited))
		return true;
	for_each_possible_cpu(cpu)
		if (tr_ring_wants_reader(s->cpus[cpu]->vm.ring))
			return true;
	return false;
}
