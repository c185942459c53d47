/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/wake.h - waking the consumer as soon as a CPU's record ring is half
 * full (tr_ring_wants_reader()), not only at its next switchrate tick.
 *
 * A probe that has written records checks its CPU's ring after its
 * clauses; past the watermark (or once exit() ran) it queues the CPU's
 * irq_work once, which wakes the session's wait queue, where the consumer
 * sleeps in poll() (kmod/main.c).  Probe context may be any (an NMI, under
 * ftrace, with interrupts off), where waking a task directly is not safe:
 * irq_work is the kernel's way out, as perf's ring buffer does.  The flag
 * makes it one queueing per READ at most: READ clears it
 * (tr_wake_rearm()).
 *
 * On PREEMPT_RT the irq_work runs in the CPU's irq_work thread (no
 * IRQ_WORK_HARD_IRQ), where wake_up()'s spinlock_t may sleep; elsewhere
 * in the interrupt the queueing raises.
 */
#ifndef TR_KMOD_WAKE_H
#define TR_KMOD_WAKE_H

#include "session.h"

/* LOAD: set up @c's irq_work to wake @wq. */
void tr_wake_init(struct tr_cpu *c, wait_queue_head_t *wq);

/* Before @c is freed, after every probe is detached: let it finish. */
void tr_wake_sync(struct tr_cpu *c);

/*
 * Probe context, under the CPU's guard, after a firing that may have
 * written records: wake the consumer if @c's ring is half full, or if
 * exit() ran (its record then takes effect now, not a switchrate later).
 */
static __always_inline void tr_wake_check(struct tr_session *s,
					  struct tr_cpu *c)
{
	if (!c->wake_sent && (tr_ring_wants_reader(c->vm.ring) ||
			      READ_ONCE(s->exited))) {
		c->wake_sent = true;
		irq_work_queue(&c->wake);
	}
}

/* READ, having drained @c's ring: the next watermark wakes again. */
static inline void tr_wake_rearm(struct tr_cpu *c)
{
	WRITE_ONCE(c->wake_sent, false);
}

/* poll(): is some CPU's ring past its watermark, or did exit() run? */
bool tr_wake_due(struct tr_session *s);

#endif /* TR_KMOD_WAKE_H */
