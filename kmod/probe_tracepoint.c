// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_tracepoint.c - tracepoint:CATEGORY::EVENT probes (kind
 * TR_PROBE_TRACEPOINT) other than the syscall ones: one perf kernel
 * counter per probe and online CPU, on the event whose tracefs id the
 * compiler put in the probe's param (PERF_TYPE_TRACEPOINT, sample_period
 * 1, PERF_SAMPLE_RAW), whose overflow handler runs the probe's clauses
 * with the event's formatted record (struct trace_entry and the fields of
 * its format file) as the VM's read-only record region (TR_VA_PCTX).
 *
 * This is the perf path, because a generic handler cannot take the raw
 * arguments of every tracepoint's own prototype; syscalls, the busiest
 * tracepoints, go the direct way (kmod/probe_syscall.c).
 *
 * Everything is allocated at LOAD; ATTACH creates the counters while the
 * session is not yet ACTIVE, so the handler ignores firings until GO.
 * CPUs that come online later have no counter (they are not traced).
 * Detaching releases every counter, then waits with
 * tracepoint_synchronize_unregister() for handlers that were still running
 * (a handler interrupted by the release's IPI on its own CPU included).
 * A firing whose sample carries no record (never expected) is counted in
 * tp_missed.
 */
#include <linux/cpu.h>
#include <linux/perf_event.h>
#include <linux/tracepoint.h>
#include "compat.h"
#include "mem.h"
#include "run.h"

static size_t tr_tpoints_size(u32 n)
{
	return n * (sizeof(struct tr_tpoint) +
		    nr_cpu_ids * sizeof(struct perf_event *));
}

size_t tr_tpoints_bytes(const struct tr_prog *prog)
{
	return tr_tpoints_size(tr_probes_count(prog, TR_PROBE_TRACEPOINT));
}

int tr_tpoints_prepare(struct tr_session *s)
{
	u32 i, n = tr_probes_count(&s->prog, TR_PROBE_TRACEPOINT);
	void *mem;

	if (!n)
		return 0;
	mem = tr_mem_alloc(tr_tpoints_size(n), NUMA_NO_NODE);
	if (!mem)
		return -ENOMEM;
	s->tps = mem;
	s->tp_events = mem + n * sizeof(struct tr_tpoint);
	s->ntps = 0;
	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != TR_PROBE_TRACEPOINT)
			continue;
		s->tps[s->ntps].sess = s;
		s->tps[s->ntps].probe = i;
		s->ntps++;
	}
	return 0;
}

void tr_tpoints_free(struct tr_session *s)
{
	tr_mem_free(s->tps, tr_tpoints_size(s->ntps));
	s->tps = NULL;
	s->tp_events = NULL;
	s->ntps = 0;
}

static void tr_tpoint_overflow(struct perf_event *ev,
			       struct perf_sample_data *data,
			       struct pt_regs *regs)
{
	struct tr_tpoint *tp = ev->overflow_handler_context;
	struct tr_session *s = tp->sess;
	const void *rec;
	u32 len;

	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		return;
	rec = tr_perf_raw_record(data, &len);
	if (unlikely(!rec)) {
		atomic64_inc(&s->tp_missed);
		return;
	}
	tr_run_probe_rec(s, tp->probe, regs, rec, len);
}

/* Why creating the counter of @p failed, in @msg. */
static void tr_tpoint_error(struct tr_session *s, u32 probe, int err,
			    char *msg)
{
	const struct tr_image_probe *p = &s->prog.probes[probe];
	const char *hint = err == -ENOENT ? ": no such event id" :
			   err == -EACCES || err == -EPERM ?
			   ": not allowed (perf_event_paranoid, lockdown?)" :
			   "";

	snprintf(msg, TR_MSG_LEN,
		 "tracepoint:%s::%s: cannot attach (event id %llu, perf_event_create_kernel_counter: %d)%s",
		 s->prog.rodata + p->module, s->prog.rodata + p->name,
		 (unsigned long long)p->param, err, hint);
}

int tr_tpoints_attach(struct tr_session *s, char *msg)
{
	struct perf_event_attr attr = {
		.type = PERF_TYPE_TRACEPOINT,
		.size = sizeof(attr),
		.sample_period = 1,
		.sample_type = PERF_SAMPLE_RAW,
	};
	struct perf_event *ev;
	unsigned int cpu;
	int err = 0;
	u32 i;

	if (!s->ntps)
		return 0;
	cpus_read_lock();
	for (i = 0; i < s->ntps && !err; i++) {
		attr.config = s->prog.probes[s->tps[i].probe].param;
		for_each_online_cpu(cpu) {
			ev = perf_event_create_kernel_counter(&attr, cpu, NULL,
					tr_tpoint_overflow, &s->tps[i]);
			if (IS_ERR(ev)) {
				err = PTR_ERR(ev);
				tr_tpoint_error(s, s->tps[i].probe, err, msg);
				break;
			}
			s->tp_events[i * nr_cpu_ids + cpu] = ev;
		}
	}
	cpus_read_unlock();
	if (err)
		tr_tpoints_detach(s);
	return err;
}

void tr_tpoints_detach(struct tr_session *s)
{
	bool any = false;
	u32 i;

	for (i = 0; i < s->ntps * nr_cpu_ids; i++) {
		if (!s->tp_events[i])
			continue;
		perf_event_release_kernel(s->tp_events[i]);
		s->tp_events[i] = NULL;
		any = true;
	}
	if (any)	/* no handler runs on any CPU after this */
		tracepoint_synchronize_unregister();
}
