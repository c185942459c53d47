// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_fentry.c - fbt::FUNC:entry probes (image probes of kind
 * TR_PROBE_KPROBE): one ftrace_ops per session for all of them, so that
 * attaching a thousand functions is one filter update and one
 * registration instead of a thousand kprobes.
 *
 * ATTACH checks each probe's function address and sorts them
 * (kmod/fbt_table.c) before the ops is registered on the distinct ones.
 *
 * Probe context: ftrace calls tr_fentry_func() with the traced function's
 * ftrace location; the session's entry table gives the probes of the
 * function it lies in (no search for the commonest session, one
 * function).  ftrace_test_recursion_trylock() drops a firing from inside
 * the handler itself (and disables preemption, which tr_run_probe()
 * needs).
 *
 * Detaching unregisters the ops, which waits for every handler still
 * running, then frees the filter.  The module's own code is built without
 * ftrace's hooks (kmod/Kbuild), so it can never trace itself.
 */
#include <linux/ftrace.h>
#include "compat.h"
#include "run.h"

/* The handler: run the probes of the function ftrace entered at @ip. */
static void tr_fentry_func(unsigned long ip, unsigned long parent_ip,
			   struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	struct tr_session *s = ops->private;
	struct tr_fbt_range r;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		goto unlock;
	r = tr_fbt_probes_at(&s->fentries, ip);
	for (; r.first < r.end; r.first++)
		tr_run_probe(s, s->fentries.fbts[r.first].probe,
			     ftrace_get_regs(fregs), parent_ip);
unlock:
	ftrace_test_recursion_unlock(bit);
}

size_t tr_fentries_bytes(const struct tr_prog *prog)
{
	return tr_fbt_table_bytes(tr_probes_count(prog, TR_PROBE_KPROBE));
}

int tr_fentries_prepare(struct tr_session *s)
{
	return tr_fbt_table_alloc(&s->fentries,
				  tr_probes_count(&s->prog, TR_PROBE_KPROBE));
}

void tr_fentries_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->fentry_registered);
	tr_fbt_table_free(&s->fentries);
}

int tr_fentries_attach(struct tr_session *s, char *msg)
{
	struct ftrace_ops *ops = &s->fentry_ops;
	int err;

	if (WARN_ON_ONCE(s->fentry_registered))
		return -EBUSY;
	if (!s->fentries.nattach)	/* none, or all ride kretprobes */
		return 0;
	memset(ops, 0, sizeof(*ops));
	ops->func = tr_fentry_func;
	ops->flags = FTRACE_OPS_FL_SAVE_REGS;
	ops->private = s;
	err = ftrace_set_filter_ips(ops, s->fentries.ips, s->fentries.nattach,
				    0, 1);
	if (err) {
		snprintf(msg, TR_MSG_LEN,
			 "fbt entry: ftrace cannot trace one of the %u functions (ftrace_set_filter_ips: %d)",
			 s->fentries.nattach, err);
		goto free_filter;
	}
	err = register_ftrace_function(ops);
	if (err) {
		snprintf(msg, TR_MSG_LEN,
			 "fbt entry: register_ftrace_function failed (%d)",
			 err);
		goto free_filter;
	}
	s->fentry_registered = true;
	return 0;

free_filter:
	ftrace_free_filter(ops);
	return err;
}

void tr_fentries_detach(struct tr_session *s)
{
	if (!s->fentry_registered)
		return;
	/* waits for the handlers still running on other CPUs */
	unregister_ftrace_function(&s->fentry_ops);
	ftrace_free_filter(&s->fentry_ops);
	s->fentry_registered = false;
}
