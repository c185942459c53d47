// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_kretprobe.c - fbt::FUNC:return probes on kernels without
 * fprobe (TR_HAVE_FPROBE, kmod/compat.h: 6.1): one kretprobe per image
 * probe of kind TR_PROBE_KRETPROBE.  Where there is fprobe,
 * kmod/probe_fexit.c serves them and every function here does nothing.
 *
 * The probe sees DTrace's fbt return arguments as far as Linux has them:
 * arg0 is the address the function returns to (DTrace gives the offset of
 * the returning instruction, which a kretprobe cannot know), arg1 the
 * return value, which is also the builtin retval.
 *
 * A kretprobe can follow at most maxactive calls in flight at once; the
 * calls beyond are not seen and the kernel counts them in nmissed, which
 * STATUS reports (ret_missed) and the CLI prints as drops.  Same life cycle
 * as the entry probes (kmod/probe_fentry.c): allocated at LOAD, registered
 * at ATTACH one by one (a signal interrupts it), unregistered in one
 * batch -- waiting for running handlers -- at STOP or close.
 *
 * A function with fbt entry probes too would have two ftrace_ops: the
 * entry probes' (kmod/probe_fentry.c) and the one kprobes share, under
 * the kretprobe.  ftrace then enters the function through its list
 * function, which tests every ops' filter: about 120 ns a call in the lab,
 * a third of what the self-> latency idiom cost above bpftrace's target.
 * So the function's entry probes ride its first kretprobe instead: a plain
 * kprobe on the same address, which kprobes joins to the kretprobe's (one
 * aggregate kprobe, one ftrace_ops), and the entry ops leaves the function
 * out (fentries.nattach).  Entry firings are then not bounded by
 * maxactive, as they would be from the kretprobe's entry_handler.  A
 * kprobe has no parent_ip: caller is unwound from the registers when a
 * clause reads it (kmod/env.c), which also sees through a kretprobe that
 * ran first and replaced the return address.  A firing the aggregate
 * kprobe misses (inside another kprobe) is counted in the kretprobe's
 * kp.nmissed as well, so ret_missed already reports it.
 */
#include <linux/cpumask.h>
#include <linux/ftrace.h>
#include <linux/kprobes.h>
#include <linux/minmax.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/string.h>
#include "compat.h"
#include "mem.h"
#include "run.h"

/* Calls in flight followed per probe: a few per CPU, as the kernel does. */
#define TR_KRETPROBE_MIN_ACTIVE		32
#define TR_KRETPROBE_PER_CPU		4
#define TR_KRETPROBE_MAX_ACTIVE		1024

static int tr_kretprobe_ret(struct kretprobe_instance *ri,
			    struct pt_regs *regs)
{
	struct tr_kretprobe *tk = container_of(get_kretprobe(ri),
					       struct tr_kretprobe, rp);

	if (READ_ONCE(tk->sess->state) != TR_STATE_ACTIVE ||
	    READ_ONCE(tk->sess->exited))
		return 0;
	preempt_disable();
	tr_run_probe_ret(tk->sess, tk->probe, regs, get_kretprobe_retaddr(ri));
	preempt_enable();
	return 0;
}

/*
 * The entry probes of @kp's function.  As ftrace shows them, regs->ip is
 * past the fentry call while they run (stack()'s first frame); kprobes
 * set it one byte past the probed address, and restore it after.
 */
static int tr_kretprobe_entry(struct kprobe *kp, struct pt_regs *regs)
{
	struct tr_kretprobe *tk = container_of(kp, struct tr_kretprobe,
					       entry);
	struct tr_session *s = tk->sess;
	unsigned long ip = instruction_pointer(regs);
	struct tr_fbt_range r;

	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		return 0;
	instruction_pointer_set(regs, (unsigned long)kp->addr +
				      MCOUNT_INSN_SIZE);
	r = tr_fbt_probes_at(&s->fentries, tk->addr);
	for (; r.first < r.end; r.first++)
		tr_run_probe(s, s->fentries.fbts[r.first].probe, regs, 0);
	instruction_pointer_set(regs, ip);
	return 0;
}

u32 tr_probes_count(const struct tr_prog *prog, u32 kind)
{
	u32 i, n = 0;

	for (i = 0; i < prog->nprobes; i++)
		n += prog->probes[i].kind == kind;
	return n;
}

static u32 tr_kretprobes_count(const struct tr_prog *prog)
{
	return TR_HAVE_FPROBE ? 0 : tr_probes_count(prog, TR_PROBE_KRETPROBE);
}

static size_t tr_kretprobes_size(u32 n)
{
	return n * (sizeof(struct tr_kretprobe) + sizeof(struct kretprobe *) +
		    sizeof(struct kprobe *));
}

size_t tr_kretprobes_bytes(const struct tr_prog *prog)
{
	return tr_kretprobes_size(tr_kretprobes_count(prog));
}

int tr_kretprobes_prepare(struct tr_session *s)
{
	u32 i, n = tr_kretprobes_count(&s->prog);
	void *mem;

	if (!n)
		return 0;
	mem = tr_mem_alloc(tr_kretprobes_size(n), NUMA_NO_NODE);
	if (!mem)
		return -ENOMEM;
	s->krps = mem;
	s->krp_ptrs = mem + n * sizeof(struct tr_kretprobe);
	s->kp_ptrs = mem + n * (sizeof(struct tr_kretprobe) +
				sizeof(struct kretprobe *));
	s->nkrps = 0;
	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != TR_PROBE_KRETPROBE)
			continue;
		s->krps[s->nkrps].sess = s;
		s->krps[s->nkrps].probe = i;
		s->krp_ptrs[s->nkrps] = &s->krps[s->nkrps].rp;
		s->nkrps++;
	}
	return 0;
}

void tr_kretprobes_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->nkrps_registered || s->nkps_registered);
	tr_mem_free(s->krps, tr_kretprobes_size(s->nkrps));
	s->krps = NULL;
	s->krp_ptrs = NULL;
	s->kp_ptrs = NULL;
	s->nkrps = 0;
	s->nkps = 0;
}

/*
 * At ATTACH, once the fbt tables hold the addresses: which kretprobes
 * carry their function's entry probes (see the top of this file).  Each
 * such function moves to the end of fentries.ips, past nattach.
 */
void tr_kretprobes_share_entries(struct tr_session *s)
{
	struct tr_fbt_table *t = &s->fentries;
	struct tr_kretprobe *tk;
	u32 i, j;

	s->nkps = 0;
	for (i = 0; i < s->nkrps; i++) {
		tk = &s->krps[i];
		for (j = 0; j < t->nattach && t->ips[j] != tk->addr; j++)
			;
		if (j == t->nattach)
			continue;	/* none, or an earlier one has them */
		swap(t->ips[j], t->ips[t->nattach - 1]);
		t->nattach--;
		s->kp_ptrs[s->nkps++] = &tk->entry;
		cond_resched();
	}
}

/* Why registering fbt::@func:return failed, in @msg. */
static void tr_kretprobes_error(const char *func, int err, char *msg)
{
	const char *why;

	switch (err) {
	case -ENOENT:
		why = "no such kernel function";
		break;
	case -EINVAL:
		why = "function cannot be probed";
		break;
	case -EILSEQ:
		why = "not at an instruction boundary";
		break;
	default:
		why = "register_kretprobe failed";
		break;
	}
	snprintf(msg, TR_MSG_LEN, "fbt::%s:return: %s (%d)", func, why, err);
}

/* A kretprobe must be clean to be registered (again). */
static void tr_kretprobe_init(struct tr_session *s, struct tr_kretprobe *tk)
{
	memset(&tk->rp, 0, sizeof(tk->rp));
	tk->rp.kp.symbol_name = s->prog.rodata +
				s->prog.probes[tk->probe].func;
	tk->rp.handler = tr_kretprobe_ret;
	tk->rp.maxactive = clamp_t(int, TR_KRETPROBE_PER_CPU *
				   num_possible_cpus(),
				   TR_KRETPROBE_MIN_ACTIVE,
				   TR_KRETPROBE_MAX_ACTIVE);
}

/* The kprobe of @tk's function's entry probes, clean to be registered. */
static void tr_kretprobe_entry_init(struct tr_kretprobe *tk)
{
	memset(&tk->entry, 0, sizeof(tk->entry));
	tk->entry.symbol_name = tk->rp.kp.symbol_name;
	tk->entry.pre_handler = tr_kretprobe_entry;
}

/* The entry kprobes, once every kretprobe is registered (see above). */
static int tr_kretprobes_attach_entries(struct tr_session *s, char *msg)
{
	struct tr_kretprobe *tk;
	int err;

	while (s->nkps_registered < s->nkps) {
		if (signal_pending(current))
			return -ERESTARTSYS;
		tk = container_of(s->kp_ptrs[s->nkps_registered],
				  struct tr_kretprobe, entry);
		tr_kretprobe_entry_init(tk);
		err = register_kprobe(&tk->entry);
		if (err) {
			snprintf(msg, TR_MSG_LEN,
				 "fbt::%s:entry: register_kprobe failed (%d)",
				 tk->entry.symbol_name, err);
			return err;
		}
		s->nkps_registered++;
		cond_resched();
	}
	return 0;
}

/*
 * Registered one by one, in order, so that krp_ptrs[0, nkrps_registered)
 * are the registered ones (tr_kretprobes_detach() unregisters them in one
 * batch, with one grace period).  Each registration patches kernel text,
 * so a thousand take tens of seconds: between two, a pending signal
 * (Ctrl-C, kill) ends ATTACH with -ERESTARTSYS; the caller detaches what
 * was registered and the session is LOADED again.  The ioctl is restarted
 * if the signal's handler asked for it (SA_RESTART), else fails with
 * EINTR.
 */
int tr_kretprobes_attach(struct tr_session *s, char *msg)
{
	struct tr_kretprobe *tk;
	int err;

	if (WARN_ON_ONCE(s->nkrps_registered || s->nkps_registered))
		return -EBUSY;
	while (s->nkrps_registered < s->nkrps) {
		if (signal_pending(current))
			return -ERESTARTSYS;
		tk = &s->krps[s->nkrps_registered];
		tr_kretprobe_init(s, tk);
		err = register_kretprobe(&tk->rp);
		if (err) {
			tr_kretprobes_error(tk->rp.kp.symbol_name, err, msg);
			return err;
		}
		s->nkrps_registered++;
		cond_resched();
	}
	return tr_kretprobes_attach_entries(s, msg);
}

void tr_kretprobes_detach(struct tr_session *s)
{
	if (s->nkps_registered)
		unregister_kprobes(s->kp_ptrs, s->nkps_registered);
	s->nkps_registered = 0;
	if (!s->nkrps_registered)
		return;
	unregister_kretprobes(s->krp_ptrs, s->nkrps_registered);
	s->nkrps_registered = 0;
}

u64 tr_kretprobes_missed(struct tr_session *s)
{
	u64 n = 0;
	u32 i;

	/* No free instance (rp.nmissed) or fired inside a probe (kp). */
	for (i = 0; i < s->nkrps; i++)
		n += READ_ONCE(s->krps[i].rp.nmissed) +
		     READ_ONCE(s->krps[i].rp.kp.nmissed);
	return n;
}
