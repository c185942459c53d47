// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_timer.c - the profile provider: tick-N probes, one hrtimer
 * each, all on one CPU (the CPU that issued GO), and profile-N probes, one
 * hrtimer per online CPU, pinned to it.
 *
 * The timers are set up at LOAD and started at GO, once the session is
 * ACTIVE, on absolute expiries: every timer of the session starts from the
 * same instant, timer i offset by i ns, so that firings due at the same
 * time come in program order (tick-100ms fires its tenth time before a
 * tick-1s of a later clause fires its first).  A late timer (a stalled
 * VM) runs its probe once per period missed, at most TR_TIMER_MAX_CATCHUP
 * times, so that counts of ticks stay exact.  STOP and close cancel them
 * with hrtimer_cancel(), which waits for a running handler.
 *
 * Handlers run in hard interrupt context (HRTIMER_MODE_*_HARD, also on
 * PREEMPT_RT) under the per-CPU guard of kmod/run.c.  arg0 is the kernel
 * PC of the interrupted context and arg1 its user PC; one of them is 0,
 * as in DTrace.  stack() starts at the interrupted kernel function.
 *
 * CPU hotplug: every session that runs profile timers is an instance of a
 * multi-instance hotplug state (CPUHP_AP_ONLINE_DYN) from GO to STOP.
 * Its online callback runs on each CPU online at GO and on each CPU that
 * comes online later, and starts that CPU's timers on the session's grid
 * of expiries (the common start plus whole periods); its offline callback
 * cancels them on a CPU going down, before the kernel would migrate them
 * to another CPU.  Hotplug callbacks and GO/STOP are serialized by the
 * hotplug lock.
 */
#include <linux/cpu.h>
#include <linux/cpuhotplug.h>
#include <linux/cpumask.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/math64.h>
#include <linux/ptrace.h>
#include <linux/smp.h>
#include <asm/irq_regs.h>
#include "mem.h"
#include "run.h"

#define TR_TIMER_MAX_CATCHUP	100

static int tr_timers_cpuhp_state = -1;

static bool tr_timer_kind(u32 kind)
{
	return kind == TR_PROBE_TICK || kind == TR_PROBE_PROFILE;
}

static enum hrtimer_restart tr_timer_fire(struct hrtimer *h)
{
	struct tr_timer *t = container_of(h, struct tr_timer, hrt);
	struct tr_session *s = t->sess;
	struct pt_regs *regs = get_irq_regs();
	u64 args[TR_CTX_NARGS] = { 0 };
	u64 n;

	n = hrtimer_forward_now(h, ns_to_ktime(t->period_ns));
	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		return HRTIMER_RESTART;
	if (regs)
		args[user_mode(regs) ? 1 : 0] = instruction_pointer(regs);
	/* Kernel regs let stack() start at the interrupted function. */
	if (regs && user_mode(regs))
		regs = NULL;
	for (n = min_t(u64, n, TR_TIMER_MAX_CATCHUP); n; n--) {
		tr_run_probe_args(s, t->probe, regs, args);
		if (READ_ONCE(s->exited))
			break;
	}
	return HRTIMER_RESTART;
}

static u32 tr_timers_count(const struct tr_prog *prog)
{
	return tr_probes_count(prog, TR_PROBE_TICK) +
	       tr_probes_count(prog, TR_PROBE_PROFILE) * nr_cpu_ids;
}

size_t tr_timers_bytes(const struct tr_prog *prog)
{
	return tr_timers_count(prog) * sizeof(struct tr_timer);
}

/* One timer per tick probe; nr_cpu_ids per profile probe, by CPU id. */
int tr_timers_prepare(struct tr_session *s)
{
	u32 i, c, n = tr_timers_count(&s->prog);
	const struct tr_image_probe *p;
	struct tr_timer *t;

	if (!n)
		return 0;
	s->timers = tr_mem_alloc(n * sizeof(*s->timers), NUMA_NO_NODE);
	if (!s->timers)
		return -ENOMEM;
	for (i = 0; i < s->prog.nprobes; i++) {
		p = &s->prog.probes[i];
		if (!tr_timer_kind(p->kind))
			continue;
		for (c = 0; c < (p->kind == TR_PROBE_TICK ? 1 : nr_cpu_ids);
		     c++) {
			t = &s->timers[s->ntimers++];
			hrtimer_init(&t->hrt, CLOCK_MONOTONIC,
				     HRTIMER_MODE_ABS_PINNED_HARD);
			t->hrt.function = tr_timer_fire;
			t->sess = s;
			t->probe = i;
			t->cpu = p->kind == TR_PROBE_TICK ? -1 : (int)c;
			t->period_ns = p->param;
		}
	}
	return 0;
}

void tr_timers_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->timers_started);
	tr_mem_free(s->timers, s->ntimers * sizeof(*s->timers));
	s->timers = NULL;
	s->ntimers = 0;
}

/* The first expiry of timer @i, a period after the common start. */
static ktime_t tr_timer_first(const struct tr_timer *t, ktime_t start, u32 i)
{
	return ktime_add_ns(start, t->period_ns + i);
}

/*
 * Start this CPU's profile timers, pinned here: at GO on the common grid,
 * later at the first point of the grid after now.
 */
static void tr_timers_start_cpu(struct tr_session *s, unsigned int cpu)
{
	ktime_t now = ktime_get(), first;
	struct tr_timer *t;
	u64 late;
	u32 i;

	for (i = 0; i < s->ntimers; i++) {
		t = &s->timers[i];
		if (t->cpu != (int)cpu)
			continue;
		first = tr_timer_first(t, s->timers_start, i);
		if (ktime_after(now, first)) {
			late = ktime_to_ns(ktime_sub(now, first));
			first = ktime_add_ns(first, (div64_u64(late,
				t->period_ns) + 1) * t->period_ns);
		}
		hrtimer_start(&t->hrt, first, HRTIMER_MODE_ABS_PINNED_HARD);
	}
}

/* On each CPU (IPI): the fallback when hotplug tracking failed. */
static void tr_timers_start_ipi(void *arg)
{
	tr_timers_start_cpu(arg, smp_processor_id());
}

/* Hotplug: runs on @cpu, coming online (or online at GO). */
static int tr_timers_cpu_online(unsigned int cpu, struct hlist_node *node)
{
	struct tr_session *s = hlist_entry(node, struct tr_session,
					   cpuhp_node);

	preempt_disable();
	tr_timers_start_cpu(s, cpu);
	preempt_enable();
	return 0;
}

/* Hotplug: runs on @cpu, going offline; its timers must not migrate. */
static int tr_timers_cpu_offline(unsigned int cpu, struct hlist_node *node)
{
	struct tr_session *s = hlist_entry(node, struct tr_session,
					   cpuhp_node);
	u32 i;

	for (i = 0; i < s->ntimers; i++)
		if (s->timers[i].cpu == (int)cpu)
			hrtimer_cancel(&s->timers[i].hrt);
	return 0;
}

void tr_timers_start(struct tr_session *s)
{
	u32 i;

	if (!s->ntimers)
		return;
	s->timers_started = true;
	preempt_disable();
	s->timers_start = ktime_get();
	for (i = 0; i < s->ntimers; i++)
		if (s->timers[i].cpu < 0)
			hrtimer_start(&s->timers[i].hrt,
				      tr_timer_first(&s->timers[i],
						     s->timers_start, i),
				      HRTIMER_MODE_ABS_PINNED_HARD);
	preempt_enable();
	if (s->ntimers == tr_probes_count(&s->prog, TR_PROBE_TICK))
		return;		/* no profile timers */
	/* Calls tr_timers_cpu_online() on every online CPU. */
	if (!cpuhp_state_add_instance(tr_timers_cpuhp_state, &s->cpuhp_node)) {
		s->cpuhp_added = true;
		return;
	}
	cpus_read_lock();
	on_each_cpu(tr_timers_start_ipi, s, 1);
	cpus_read_unlock();
}

void tr_timers_stop(struct tr_session *s)
{
	u32 i;

	if (!s->timers_started)
		return;
	if (s->cpuhp_added)
		cpuhp_state_remove_instance_nocalls(tr_timers_cpuhp_state,
						    &s->cpuhp_node);
	s->cpuhp_added = false;
	for (i = 0; i < s->ntimers; i++)
		hrtimer_cancel(&s->timers[i].hrt);
	s->timers_started = false;
}

int tr_timers_init(void)
{
	int state;

	state = cpuhp_setup_state_multi(CPUHP_AP_ONLINE_DYN,
					"tracer/profile:online",
					tr_timers_cpu_online,
					tr_timers_cpu_offline);
	if (state < 0)
		return state;
	tr_timers_cpuhp_state = state;
	return 0;
}

void tr_timers_exit(void)
{
	cpuhp_remove_multi_state(tr_timers_cpuhp_state);
}
