// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_fexit.c - fbt::FUNC:return probes (image probes of kind
 * TR_PROBE_KRETPROBE) through one fprobe per session, on kernels that have
 * fprobe (TR_HAVE_FPROBE, kmod/compat.h: 6.12).  One fprobe is one
 * ftrace_ops on the entries of every probed function plus one rethook
 * pool, so attaching a thousand return probes is one filter update, where
 * a thousand kretprobes on ftrace arm one by one.  Elsewhere every
 * function here does nothing and kmod/probe_kretprobe.c serves the probes.
 *
 * The exit handler sees the same arguments as the kretprobe one: arg0 the
 * address the function returns to, arg1 (and retval) the return value.
 * It runs from the rethook trampoline with preemption disabled (as
 * tr_run_probe_ret() needs), under fprobe's ftrace recursion lock, and
 * finds the probes of the returning function (entry_ip, the function's
 * ftrace location) in the session's return table (kmod/fbt_table.c),
 * sorted at ATTACH from the addresses userspace gave and the module
 * checked.  The per-CPU guard of kmod/run.c drops a firing that lands in
 * another probe's handler.
 *
 * The pool holds TR_FEXIT_PER_CPU calls in flight per function and CPU
 * (TR_FEXIT_MIN_ACTIVE .. TR_FEXIT_MAX_ACTIVE in all), shared by all the
 * functions; a call that finds it empty, or fires inside an ftrace
 * callback of its context, is counted in the fprobe's nmissed, which
 * STATUS reports with the kretprobes' (ret_missed: "fbt return firings
 * dropped").  The pool is the kernel's (rethook_alloc() at registration),
 * not counted in the session's bytes.
 *
 * Detaching: unregister_fprobe() clears the rethook's handler, then
 * unregisters the ftrace_ops, which waits (RCU tasks) for every callback
 * and for every exit handler still running with preemption disabled; a
 * call still in flight returns through the trampoline afterwards without
 * calling the handler, and the kernel frees the pool when the last one
 * has.  So the session's memory can go once it has returned.
 */
#include <linux/cpumask.h>
#include <linux/minmax.h>
#include <linux/ptrace.h>
#include "compat.h"
#include "run.h"

#define TR_FEXIT_PER_CPU	4
#define TR_FEXIT_MIN_ACTIVE	64
#define TR_FEXIT_MAX_ACTIVE	65536

/* The exit handler: run the probes of the function entered at @entry_ip. */
static void tr_fexit_func(struct fprobe *fp, unsigned long entry_ip,
			  unsigned long ret_ip, struct pt_regs *regs,
			  void *entry_data)
{
	struct tr_session *s = container_of(fp, struct tr_session, fexit_fp);
	struct tr_fbt_range r;

	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		return;
	r = tr_fbt_probes_at(&s->fexits, entry_ip);
	for (; r.first < r.end; r.first++)
		tr_run_probe_ret(s, s->fexits.fbts[r.first].probe, regs,
				 ret_ip);
}

static u32 tr_fexits_count(const struct tr_prog *prog)
{
	return TR_HAVE_FPROBE ? tr_probes_count(prog, TR_PROBE_KRETPROBE) : 0;
}

size_t tr_fexits_bytes(const struct tr_prog *prog)
{
	return tr_fbt_table_bytes(tr_fexits_count(prog));
}

int tr_fexits_prepare(struct tr_session *s)
{
	return tr_fbt_table_alloc(&s->fexits, tr_fexits_count(&s->prog));
}

void tr_fexits_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->fexit_registered);
	tr_fbt_table_free(&s->fexits);
}

int tr_fexits_attach(struct tr_session *s, char *msg)
{
	u32 n = s->fexits.nips;
	int maxactive, err;

	if (WARN_ON_ONCE(s->fexit_registered))
		return -EBUSY;
	if (!s->fexits.n)
		return 0;
	maxactive = clamp_t(u64, (u64)n * TR_FEXIT_PER_CPU *
			    num_possible_cpus(), TR_FEXIT_MIN_ACTIVE,
			    TR_FEXIT_MAX_ACTIVE);
	memset(&s->fexit_fp, 0, sizeof(s->fexit_fp));
	err = tr_fprobe_register(&s->fexit_fp, tr_fexit_func, s->fexits.ips,
				 n, maxactive);
	if (err) {
		snprintf(msg, TR_MSG_LEN,
			 "fbt return: cannot probe the %u functions (register_fprobe_ips: %d)",
			 n, err);
		return err;
	}
	s->fexit_registered = true;
	return 0;
}

void tr_fexits_detach(struct tr_session *s)
{
	if (!s->fexit_registered)
		return;
	tr_fprobe_unregister(&s->fexit_fp);
	s->fexit_registered = false;
}

u64 tr_fexits_missed(struct tr_session *s)
{
	return READ_ONCE(s->fexit_fp.nmissed);
}
