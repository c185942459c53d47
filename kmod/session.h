/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/session.h - one tracing session, owned by one open file of
 * /dev/tracer, and the operations the ioctls perform on it.
 *
 * Life cycle (include/uapi/tracer.h): EMPTY -LOAD-> LOADED -ATTACH->
 * ATTACHED -GO-> ACTIVE -STOP-> STOPPED; close() undoes everything from any
 * state.  Every operation below is called with tr_session.lock held, except
 * tr_session_create() and tr_session_destroy(), which own the session alone.
 *
 * Probe context sees only: state (one READ_ONCE per firing), prog, the
 * per-CPU blocks in cpus[], the fbt tables (filled by ATTACH before the
 * probes are registered), and (tpsys) the syscall dispatch table, the
 * tracepoint probes' contexts and tp_missed.  All of them are set up by
 * LOAD and stay put until the session is destroyed, after every probe has
 * been unregistered.
 */
#ifndef TR_KMOD_SESSION_H
#define TR_KMOD_SESSION_H

#include <linux/ftrace.h>
#include <linux/fprobe.h>
#include <linux/hrtimer.h>
#include <linux/irq_work.h>
#include <linux/kprobes.h>
#include <linux/mutex.h>
#include <linux/atomic.h>
#include <linux/types.h>
#include <linux/wait.h>
#include "tracer/interp.h"
#include "tracer/prog.h"

/* Room for any message an operation returns to userspace. */
#define TR_MSG_LEN	256

/* arg0 .. arg9 */
#define TR_CTX_NARGS	10

/*
 * What vm->env points at: the CPU's own (struct tr_cpu), filled by the
 * firing that holds the CPU's guard (kmod/run.h), or while ERROR's clauses
 * run, the ERROR probe's, on the stack.
 */
struct tr_probe_ctx {
	struct pt_regs *regs;	/* the firing probe's; NULL: BEGIN, END */
	u32 probe;			/* index into prog.probes; the clause
					 * running is vm.clause (epid - 1) */
	const u64 *args;		/* TR_CTX_NARGS values, or NULL: the
					 * function's arguments from regs */
	unsigned long caller;		/* fbt entry: the return address */
};

/*
 * What one CPU needs to run clauses.  It opens a block allocated on the
 * CPU's node that also holds, at the offsets kept in the session, the
 * scratch memory, the two aggregation tables and the record ring.
 */
struct tr_cpu {
	struct tr_vm vm;		/* points into this block */
	struct tr_stats stats;		/* written by this CPU's probes */
	void *agg_spare;		/* the other aggregation table, empty:
					 * SNAPSHOT swaps it with vm.agg */
	struct tr_probe_ctx ctx;	/* the firing running on this CPU */
	u64 ret_args[TR_CTX_NARGS];	/* an fbt return firing's arguments:
					 * it sets [0] and [1], the rest stay
					 * 0 (kmod/run.h) */
	/* waking the consumer when the ring fills (kmod/wake.c) */
	struct irq_work wake;		/* queued by this CPU's probes */
	wait_queue_head_t *wq;		/* the session's */
	bool wake_sent;			/* queued since the last READ */
};

/* One fbt probe: its function's address and the image probe. */
struct tr_fbt {
	unsigned long addr;
	u32 probe;			/* index into prog.probes */
};

/*
 * The fbt probes of one direction (entry or return) of a session, sorted
 * by function address at ATTACH (kmod/fbt_table.c); allocated at LOAD.
 */
struct tr_fbt_table {
	struct tr_fbt *fbts;		/* one per probe */
	unsigned long *ips;		/* the distinct addresses */
	u32 n;				/* probes */
	u32 nips;			/* distinct addresses, from ATTACH on */
	u32 nattach;			/* ips[0 .. nattach - 1] are the
					 * table's own to attach; the rest
					 * (entry functions that have a
					 * kretprobe) ride it: see
					 * kmod/probe_kretprobe.c */
};

/* A run of probes in a table: fbts[first .. end-1]. */
struct tr_fbt_range {
	u32 first, end;
};

/* The probes of the function at or before @ip. */
struct tr_fbt_range tr_fbt_table_find(const struct tr_fbt_table *t,
				      unsigned long ip);

/* The same, without a search when the table has one function (common). */
static __always_inline struct tr_fbt_range
tr_fbt_probes_at(const struct tr_fbt_table *t, unsigned long ip)
{
	if (likely(t->nips == 1))
		return (struct tr_fbt_range){ 0, t->n };
	return tr_fbt_table_find(t, ip);
}

/*
 * probes: one fbt return probe: a kretprobe and the image probe it runs.
 * The first kretprobe of a function that has fbt entry probes too runs
 * those from a kprobe on the same address (kmod/probe_kretprobe.c).
 */
struct tr_kretprobe {
	struct kretprobe rp;
	struct kprobe entry;		/* the function's entry probes, if
					 * kp_ptrs lists it */
	struct tr_session *sess;
	unsigned long addr;		/* the function's, from ATTACH */
	u32 probe;			/* index into prog.probes */
};

/* probes: one hrtimer of a tick or profile probe. */
struct tr_timer {
	struct hrtimer hrt;
	struct tr_session *sess;
	u32 probe;			/* index into prog.probes */
	int cpu;			/* profile: its CPU; tick: -1 */
	u64 period_ns;
};

/* tpsys: one tracepoint probe: the context of its perf counters. */
struct tr_tpoint {
	struct tr_session *sess;
	u32 probe;			/* index into prog.probes */
};

struct tr_syscalls;

struct tr_session {
	struct mutex lock;		/* serializes the ioctls */
	wait_queue_head_t wq;		/* poll(): a CPU's ring is half full */
	u32 state;			/* enum tr_session_state */
	bool exited;			/* exit() ran: only END fires now */

	/* Set by LOAD, freed by close. */
	void *image;			/* the verified image, 8-aligned */
	u32 image_len;
	struct tr_prog prog;		/* view of image */
	struct tr_cpu **cpus;		/* by CPU id; NULL: not possible */
	size_t cpu_bytes;		/* size of each per-CPU block */
	u32 agg_off, ring_off;		/* offsets in a per-CPU block; the
					 * spare table follows the first */
	u64 agg_bytes;			/* one aggregation table */
	u8 *globals;			/* vars: hdr->globals_size bytes */
	u8 *pflags;			/* per probe: TR_PF_* (kmod/run.h) */
	struct tr_pretest *pretests;	/* per probe: its pretest, where
					 * pflags has TR_PF_PRETEST */
	void *dyn_mem;			/* vars: dynamic variable space */
	u64 dyn_bytes;
	/* fbt entry probes (kmod/probe_fentry.c), set up by LOAD */
	struct tr_fbt_table fentries;	/* the KPROBE probes */
	bool fentry_registered;		/* fentry_ops is registered */
	struct ftrace_ops fentry_ops;
	/* fbt return probes through one fprobe (kmod/probe_fexit.c), where
	 * the kernel has it (kmod/compat.h), set up by LOAD */
	struct tr_fbt_table fexits;	/* the KRETPROBE probes, or none */
	bool fexit_registered;		/* fexit_fp is registered */
	struct fprobe fexit_fp;
	/* probes: fbt return probes as kretprobes (where there is no
	 * fprobe) and timer probes, set up by LOAD */
	struct tr_kretprobe *krps;	/* one per kretprobe of the image */
	struct kretprobe **krp_ptrs;	/* &krps[i].rp */
	u32 nkrps;
	u32 nkrps_registered;		/* krps[0 .. n-1] are registered */
	struct kprobe **kp_ptrs;	/* &krps[i].entry of the kretprobes
					 * that carry entry probes */
	u32 nkps;
	u32 nkps_registered;		/* kp_ptrs[0 .. n-1] are registered */
	struct tr_timer *timers;	/* tick probes, then nr_cpu_ids per
					 * profile probe, in probe order */
	u32 ntimers;
	bool timers_started;		/* by GO, until STOP or close */
	/* tpsys: syscall and tracepoint probes, set up by LOAD */
	struct tr_syscalls *sys;	/* the dispatch table, or NULL */
	struct tr_tpoint *tps;		/* one per tracepoint probe */
	struct perf_event **tp_events;	/* [tp * nr_cpu_ids + cpu], NULL
					 * where not created */
	u32 ntps;
	atomic64_t tp_missed;		/* firings without their record */
	/* lang: profile timers follow CPU hotplug (probe_timer.c) */
	ktime_t timers_start;		/* the common start, at GO */
	struct hlist_node cpuhp_node;	/* in tr_timers_cpuhp_state */
	bool cpuhp_added;
};

struct tr_session *tr_session_create(void);
void tr_session_destroy(struct tr_session *s);

int tr_session_load(struct tr_session *s, const void __user *image,
		    u32 len, char *msg);
int tr_session_attach(struct tr_session *s, const u64 __user *addrs,
		      u32 naddrs, char *msg);
int tr_session_go(struct tr_session *s, char *msg);
int tr_session_stop(struct tr_session *s, char *msg);

/* READ and SNAPSHOT of @cpu; *out_len is set on success and on -ENOSPC. */
int tr_session_read(struct tr_session *s, u32 cpu, void __user *buf,
		    u32 buf_len, u32 *out_len, u64 *drops);
int tr_session_snapshot(struct tr_session *s, u32 cpu, void __user *buf,
			u32 buf_len, u32 *out_len);
void tr_session_status(struct tr_session *s, struct tr_ioc_status *st);

/* kmod/fbt_table.c: the fbt probes of a session by function address. */
size_t tr_fbt_table_bytes(u32 n);
int tr_fbt_table_alloc(struct tr_fbt_table *t, u32 n);
void tr_fbt_table_free(struct tr_fbt_table *t);
/* @naddrs addresses at @uaddrs: include/uapi/tracer.h, tr_ioc_attach */
int tr_fbt_tables_fill(struct tr_session *s, const u64 __user *uaddrs,
		       u32 naddrs, char *msg);
/* kmod/probe_fentry.c: fbt entry probes of a session. */
size_t tr_fentries_bytes(const struct tr_prog *prog);
int tr_fentries_prepare(struct tr_session *s);
void tr_fentries_free(struct tr_session *s);
int tr_fentries_attach(struct tr_session *s, char *msg);	/* filled */
void tr_fentries_detach(struct tr_session *s);

/* kmod/probe_fexit.c: fbt return probes through one fprobe, where the
 * kernel has it (else all no-ops, and the kretprobes serve them). */
size_t tr_fexits_bytes(const struct tr_prog *prog);
int tr_fexits_prepare(struct tr_session *s);
void tr_fexits_free(struct tr_session *s);
int tr_fexits_attach(struct tr_session *s, char *msg);	/* filled */
void tr_fexits_detach(struct tr_session *s);	/* waits for handlers */
u64 tr_fexits_missed(struct tr_session *s);

/* kmod/probe_kretprobe.c: fbt return probes where there is no fprobe. */
u32 tr_probes_count(const struct tr_prog *prog, u32 kind);	/* any kind */
size_t tr_kretprobes_bytes(const struct tr_prog *prog);
int tr_kretprobes_prepare(struct tr_session *s);
void tr_kretprobes_free(struct tr_session *s);
void tr_kretprobes_share_entries(struct tr_session *s);	/* ATTACH */
int tr_kretprobes_attach(struct tr_session *s, char *msg);
void tr_kretprobes_detach(struct tr_session *s);
u64 tr_kretprobes_missed(struct tr_session *s);	/* nmissed, summed */

/* kmod/probe_timer.c: tick and profile probes of a session. */
size_t tr_timers_bytes(const struct tr_prog *prog);
int tr_timers_prepare(struct tr_session *s);
void tr_timers_free(struct tr_session *s);
void tr_timers_start(struct tr_session *s);	/* GO, once ACTIVE */
void tr_timers_stop(struct tr_session *s);	/* waits for handlers */
int tr_timers_init(void);			/* module init: hotplug */
void tr_timers_exit(void);

/* kmod/stack.c: the return address of the kernel function interrupted
 * at @regs (one frame up), or 0 where the unwinder finds none. */
u64 tr_stack_caller(struct pt_regs *regs);

/* kmod/probe_syscall.c (tpsys): syscall entry and return probes. */
size_t tr_syscalls_bytes(const struct tr_prog *prog);
int tr_syscalls_prepare(struct tr_session *s);
void tr_syscalls_free(struct tr_session *s);
int tr_syscalls_attach(struct tr_session *s, char *msg);
void tr_syscalls_detach(struct tr_session *s);	/* waits for handlers */

/* kmod/probe_tracepoint.c (tpsys): tracepoint probes through perf. */
size_t tr_tpoints_bytes(const struct tr_prog *prog);
int tr_tpoints_prepare(struct tr_session *s);
void tr_tpoints_free(struct tr_session *s);
int tr_tpoints_attach(struct tr_session *s, char *msg);
void tr_tpoints_detach(struct tr_session *s);	/* waits for handlers */

#endif /* TR_KMOD_SESSION_H */
