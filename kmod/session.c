// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/session.c - a session's life cycle: LOAD (copy, verify, size and
 * allocate everything the probes will touch), the strict state machine,
 * reading records, aggregations and counters out, and freeing it all.
 *
 * Sections, in order: state checks; creation and destruction; LOAD and the
 * per-CPU layout; ATTACH, GO and STOP; READ, SNAPSHOT and STATUS.
 *
 * Memory: LOAD makes every allocation the session will ever need, through
 * kmod/mem.c, so probe context never allocates:
 *   the image;
 *   cpus[]: one pointer per CPU id;
 *   per possible CPU, on its node, one block laid out as
 *     struct tr_cpu | scratch | aggregation table | spare table | ring
 *   (each part cache-line aligned, so no two CPUs share a line);
 *   the fbt entry and return tables (kmod/fbt_table.c), the kretprobe
 *   array (kmod/probe_kretprobe.c, kernels without fprobe), the timers
 *   (kmod/probe_timer.c), the syscall dispatch table
 *   (kmod/probe_syscall.c) and the tracepoint counters' array
 *   (kmod/probe_tracepoint.c);
 *   the globals region and the dynamic variable space (vars), one each
 *   per session, shared by every CPU.
 * The total, the session struct included, is capped by TR_MAX_SESSION_BYTES
 * (or a quarter of the machine's memory, if less: tr_session_cap())
 * before the first per-CPU allocation.
 */
#include <linux/cache.h>
#include <linux/cpumask.h>
#include <linux/mm.h>
#include <linux/nospec.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/sizes.h>
#include <linux/uaccess.h>
#include "tracer/agg.h"
#include "tracer/helpers.h"
#include "tracer/isa.h"
#include "tracer/prog.h"
#include "tracer/ring.h"
#include "mem.h"
#include "run.h"
#include "session.h"
#include "wake.h"

static_assert(TR_NFAULTS <= TR_STATUS_MAX_FAULTS);
/* kvmalloc() refuses more than INT_MAX bytes in one allocation. */
static_assert(TR_MAX_SESSION_BYTES <= INT_MAX);

#define TR_CPU_SCRATCH_OFF	ALIGN(sizeof(struct tr_cpu), SMP_CACHE_BYTES)

/* ---- state checks ---------------------------------------------------- */

static const char *const tr_state_names[] = {
	[TR_STATE_EMPTY] = "empty (nothing loaded)",
	[TR_STATE_LOADED] = "loaded",
	[TR_STATE_ATTACHED] = "attached",
	[TR_STATE_ACTIVE] = "active",
	[TR_STATE_STOPPED] = "stopped",
};

/*
 * Operation @op needs state @want: -EINVAL if it comes too early, -EBUSY if
 * the session is already past it, with a message saying so.
 */
static int tr_session_expect(struct tr_session *s, u32 want, const char *op,
			     char *msg)
{
	if (s->state == want)
		return 0;
	snprintf(msg, TR_MSG_LEN, "%s: the session is %s; %s needs it %s",
		 op, tr_state_names[s->state], op, tr_state_names[want]);
	return s->state < want ? -EINVAL : -EBUSY;
}

/* ---- creation and destruction --------------------------------------- */

struct tr_session *tr_session_create(void)
{
	struct tr_session *s;

	s = tr_mem_alloc(sizeof(*s), NUMA_NO_NODE);
	if (!s)
		return NULL;
	mutex_init(&s->lock);
	init_waitqueue_head(&s->wq);
	s->state = TR_STATE_EMPTY;
	return s;
}

static void tr_session_free_cpus(struct tr_session *s)
{
	unsigned int cpu;

	if (!s->cpus)
		return;
	for_each_possible_cpu(cpu) {
		if (s->cpus[cpu])	/* its irq_work may still be queued */
			tr_wake_sync(s->cpus[cpu]);
		tr_mem_free(s->cpus[cpu], s->cpu_bytes);
	}
	tr_mem_free(s->cpus, nr_cpu_ids * sizeof(*s->cpus));
	s->cpus = NULL;
}

/* Free what LOAD allocated, also when LOAD failed half way. */
static void tr_session_unload(struct tr_session *s)
{
	tr_fentries_free(s);
	tr_fexits_free(s);
	tr_kretprobes_free(s);
	tr_timers_free(s);
	tr_syscalls_free(s);
	tr_tpoints_free(s);
	tr_session_free_cpus(s);
	tr_mem_free(s->globals, s->prog.hdr ? s->prog.hdr->globals_size : 0);
	s->globals = NULL;
	tr_mem_free(s->pflags, s->prog.nprobes);
	s->pflags = NULL;
	tr_mem_free(s->pretests, s->prog.nprobes * sizeof(*s->pretests));
	s->pretests = NULL;
	tr_mem_free(s->dyn_mem, s->dyn_bytes);
	s->dyn_mem = NULL;
	s->dyn_bytes = 0;
	tr_mem_free(s->image, s->image_len);
	s->image = NULL;
	s->image_len = 0;
	memset(&s->prog, 0, sizeof(s->prog));
}

/* Stop every probe and wait for the handlers still running. */
static void tr_session_detach(struct tr_session *s)
{
	tr_timers_stop(s);
	tr_fentries_detach(s);
	tr_fexits_detach(s);
	tr_kretprobes_detach(s);
	tr_syscalls_detach(s);
	tr_tpoints_detach(s);
}

/* close(): detach from any state, without running END, and free it all. */
void tr_session_destroy(struct tr_session *s)
{
	WRITE_ONCE(s->state, TR_STATE_STOPPED);
	tr_session_detach(s);
	tr_session_unload(s);
	mutex_destroy(&s->lock);
	tr_mem_free(s, sizeof(*s));
}

/* ---- LOAD and the per-CPU layout ------------------------------------ */

/* Lay out the per-CPU block and check the session against the cap. */
/*
 * The most a session may allocate: TR_MAX_SESSION_BYTES, or a quarter of
 * the machine's memory if that is less, so that LOAD never drives the page
 * allocator into long reclaim (a soak found a 26 s soft lockup zeroing a
 * near-1 GB request in a 2 GB guest).
 */
static u64 tr_session_cap(void)
{
	return min_t(u64, TR_MAX_SESSION_BYTES,
		     (u64)totalram_pages() * PAGE_SIZE / 4);
}

static int tr_session_size(struct tr_session *s, char *msg)
{
	const struct tr_image_hdr *h = s->prog.hdr;
	unsigned int ncpus = num_possible_cpus();
	u64 off, ring, total;

	off = TR_CPU_SCRATCH_OFF + ALIGN(h->scratch_size, SMP_CACHE_BYTES);
	s->agg_off = off;
	s->agg_bytes = tr_agg_table_bytes(h->agg_entries,
					  tr_agg_stride(&s->prog));
	off += 2 * ALIGN(s->agg_bytes, SMP_CACHE_BYTES);
	s->ring_off = off;
	ring = tr_ring_bytes(h->buf_size);
	off += ring;

	s->dyn_bytes = tr_dynvar_bytes(&s->prog, h->dynvar_size);
	total = off * ncpus + nr_cpu_ids * sizeof(*s->cpus) + s->image_len +
		tr_fentries_bytes(&s->prog) + tr_fexits_bytes(&s->prog) +
		tr_kretprobes_bytes(&s->prog) +
		tr_timers_bytes(&s->prog) + tr_syscalls_bytes(&s->prog) +
		tr_tpoints_bytes(&s->prog) + sizeof(*s) + h->globals_size +
		s->dyn_bytes +
		s->prog.nprobes * (1 + sizeof(struct tr_pretest));
	if (total > tr_session_cap()) {
		snprintf(msg, TR_MSG_LEN,
			 "session needs %llu MB across %u CPUs (per CPU: %llu KB of records, 2 x %llu KB of aggregations, %u KB of scratch; shared: %llu KB of variables); the cap is %llu MB (%llu MB, or a quarter of this machine's memory if less)",
			 DIV_ROUND_UP(total, SZ_1M), ncpus,
			 DIV_ROUND_UP(ring, SZ_1K),
			 DIV_ROUND_UP(s->agg_bytes, SZ_1K),
			 DIV_ROUND_UP(h->scratch_size, SZ_1K),
			 DIV_ROUND_UP(s->dyn_bytes + h->globals_size, SZ_1K),
			 tr_session_cap() / SZ_1M, TR_MAX_SESSION_BYTES / SZ_1M);
		return -E2BIG;
	}
	s->cpu_bytes = off;
	return 0;
}

/*
 * @probe's TR_PF_* flags (kmod/run.h): CLOCKED if a clause may write a
 * record (EMIT); EMPTY if every clause is a lone RET (the verifier proved
 * each clause ends with one), so that a firing runs nothing.
 */
static u8 tr_probe_flags(const struct tr_prog *prog, u32 probe)
{
	const struct tr_image_probe *p = &prog->probes[probe];
	const struct tr_image_clause *c;
	u8 flags = TR_PF_EMPTY;
	u32 i, k;
	u64 insn;

	for (i = p->clause_first; i < p->clause_first + p->clause_count; i++) {
		c = &prog->clauses[i];
		if (c->insn_count > 1)
			flags &= ~TR_PF_EMPTY;
		for (k = c->insn_first; k < c->insn_first + c->insn_count;
		     k++) {
			insn = prog->insns[k];
			if (TR_OP(insn) == TR_OP_EMIT)
				flags |= TR_PF_CLOCKED;
			/* scratch: this-> variables, if the program has
			 * some; strtok(): its position */
			if ((TR_OP(insn) == TR_OP_SCR && prog->hdr->this_size) ||
			    (TR_OP(insn) == TR_OP_CALL &&
			     TR_K(insn) == TR_HLP_STRTOK))
				flags |= TR_PF_FIRESTATE;
		}
	}
	return flags;
}

static int tr_session_alloc_cpus(struct tr_session *s, char *msg)
{
	const struct tr_image_hdr *h = s->prog.hdr;
	u32 key_area = tr_agg_key_area(&s->prog);
	u32 stride = tr_agg_stride(&s->prog);
	unsigned int cpu;
	struct tr_cpu *c;
	u8 *block;
	u32 i;

	struct tr_dynvar *dyn = NULL;

	if (h->globals_size) {
		s->globals = tr_mem_alloc(h->globals_size, NUMA_NO_NODE);
		if (!s->globals)
			goto out_of_memory;
	}
	if (s->dyn_bytes) {
		s->dyn_mem = tr_mem_alloc(s->dyn_bytes, NUMA_NO_NODE);
		if (!s->dyn_mem)
			goto out_of_memory;
		dyn = tr_dynvar_init(s->dyn_mem, &s->prog, h->dynvar_size);
	}
	if (s->prog.nprobes) {
		s->pflags = tr_mem_alloc(s->prog.nprobes, NUMA_NO_NODE);
		s->pretests = tr_mem_alloc(s->prog.nprobes *
					   sizeof(*s->pretests), NUMA_NO_NODE);
		if (!s->pflags || !s->pretests)
			goto out_of_memory;
		for (i = 0; i < s->prog.nprobes; i++) {
			s->pflags[i] = tr_probe_flags(&s->prog, i);
			s->pretests[i] = tr_pretest_find(&s->prog, i);
			if (s->pretests[i].kind != TR_PRETEST_NONE)
				s->pflags[i] |= TR_PF_PRETEST;
		}
	}
	s->cpus = tr_mem_alloc(nr_cpu_ids * sizeof(*s->cpus), NUMA_NO_NODE);
	if (!s->cpus)
		goto out_of_memory;
	for_each_possible_cpu(cpu) {
		block = tr_mem_alloc(s->cpu_bytes, cpu_to_node(cpu));
		if (!block)
			goto out_of_memory;
		c = (struct tr_cpu *)block;
		c->vm.prog = &s->prog;
		c->vm.scratch = block + TR_CPU_SCRATCH_OFF;
		c->vm.agg = block + s->agg_off;
		c->agg_spare = block + s->agg_off +
			       ALIGN(s->agg_bytes, SMP_CACHE_BYTES);
		c->vm.ring = (struct tr_ring *)(block + s->ring_off);
		c->vm.stats = &c->stats;
		c->vm.globals = s->globals;
		c->vm.dyn = dyn;
		c->vm.env = &c->ctx;
		/* tr_mem_alloc() zeroes: the tables need only their headers */
		tr_agg_table_init_zeroed(c->vm.agg, h->agg_entries, key_area,
					 stride);
		tr_agg_table_init_zeroed(c->agg_spare, h->agg_entries,
					 key_area, stride);
		tr_ring_init(c->vm.ring, h->buf_size);
		tr_wake_init(c, &s->wq);
		s->cpus[cpu] = c;
		cond_resched();
	}
	return 0;

out_of_memory:
	snprintf(msg, TR_MSG_LEN,
		 "out of memory: the session needs %zu KB on each of %u CPUs",
		 DIV_ROUND_UP(s->cpu_bytes, SZ_1K), num_possible_cpus());
	return -ENOMEM;
}

/*
 * kmem: a kernel locked down for confidentiality (lockdown=confidentiality,
 * or /sys/kernel/security/lockdown) forbids kprobes and kernel reads to
 * its own tracers (LOCKDOWN_KPROBES, LOCKDOWN_BPF_READ_KERNEL); so does
 * tracer.  BEGIN, END, ERROR, timers and user memory stay allowed.
 */
static int tr_session_lockdown(const struct tr_prog *prog, char *msg)
{
	if (!tr_prog_reads_kernel(prog) ||
	    (!security_locked_down(LOCKDOWN_KPROBES) &&
	     !security_locked_down(LOCKDOWN_BPF_READ_KERNEL)))
		return 0;
	snprintf(msg, TR_MSG_LEN,
		 "kernel is locked down (confidentiality): fbt probes and kernel memory reads are not allowed");
	return -EPERM;
}

int tr_session_load(struct tr_session *s, const void __user *image,
		    u32 len, char *msg)
{
	int err;

	err = tr_session_expect(s, TR_STATE_EMPTY, "LOAD", msg);
	if (err)
		return err;
	if (len < sizeof(struct tr_image_hdr) || len > TR_MAX_IMAGE_SIZE) {
		snprintf(msg, TR_MSG_LEN,
			 "rule I1: image is %u bytes; it must be %zu to %u bytes",
			 len, sizeof(struct tr_image_hdr), TR_MAX_IMAGE_SIZE);
		return -EINVAL;
	}

	s->image = tr_mem_alloc(len, NUMA_NO_NODE);
	if (!s->image) {
		snprintf(msg, TR_MSG_LEN,
			 "out of memory: cannot copy a %u-byte image", len);
		return -ENOMEM;
	}
	s->image_len = len;
	if (WARN_ON_ONCE(!IS_ALIGNED((unsigned long)s->image, 8))) {
		err = -ENOMEM;
		goto unload;
	}
	if (copy_from_user(s->image, image, len)) {
		err = -EFAULT;
		goto unload;
	}
	err = tr_verify(s->image, len, &s->prog, msg, TR_MSG_LEN);
	if (err)
		goto unload;
	err = tr_session_lockdown(&s->prog, msg);
	if (err)
		goto unload;
	err = tr_session_size(s, msg);
	if (err)
		goto unload;
	err = tr_session_alloc_cpus(s, msg);
	if (err)
		goto unload;
	err = tr_fentries_prepare(s);
	if (!err)
		err = tr_fexits_prepare(s);
	if (!err)
		err = tr_kretprobes_prepare(s);
	if (!err)
		err = tr_timers_prepare(s);
	if (!err)
		err = tr_syscalls_prepare(s);
	if (!err)
		err = tr_tpoints_prepare(s);
	if (err) {
		snprintf(msg, TR_MSG_LEN,
			 "out of memory: cannot allocate the probes");
		goto unload;
	}
	WRITE_ONCE(s->state, TR_STATE_LOADED);
	return 0;

unload:
	tr_session_unload(s);
	return err;
}

/* ---- ATTACH, GO and STOP -------------------------------------------- */

int tr_session_attach(struct tr_session *s, const u64 __user *addrs,
		      u32 naddrs, char *msg)
{
	int err;

	err = tr_session_expect(s, TR_STATE_LOADED, "ATTACH", msg);
	if (err)
		return err;
	err = tr_fbt_tables_fill(s, addrs, naddrs, msg);
	if (err)
		return err;
	tr_kretprobes_share_entries(s);
	err = tr_fentries_attach(s, msg);
	if (!err)
		err = tr_fexits_attach(s, msg);
	if (!err)
		err = tr_kretprobes_attach(s, msg);
	if (!err)
		err = tr_syscalls_attach(s, msg);
	if (!err)
		err = tr_tpoints_attach(s, msg);
	if (err) {
		tr_session_detach(s);
		return err;
	}
	WRITE_ONCE(s->state, TR_STATE_ATTACHED);
	return 0;
}

int tr_session_go(struct tr_session *s, char *msg)
{
	int err;

	err = tr_session_expect(s, TR_STATE_ATTACHED, "GO", msg);
	if (err)
		return err;
	tr_run_probes_of_kind(s, TR_PROBE_BEGIN);
	WRITE_ONCE(s->state, TR_STATE_ACTIVE);
	tr_timers_start(s);
	return 0;
}

int tr_session_stop(struct tr_session *s, char *msg)
{
	int err;

	err = tr_session_expect(s, TR_STATE_ACTIVE, "STOP", msg);
	if (err)
		return err;
	WRITE_ONCE(s->state, TR_STATE_STOPPED);
	tr_session_detach(s);		/* waits for running handlers */
	tr_run_probes_of_kind(s, TR_PROBE_END);
	return 0;
}

/* ---- READ, SNAPSHOT and STATUS -------------------------------------- */

/* The CPU block of a user-supplied CPU number, NULL if not possible. */
static struct tr_cpu *tr_session_cpu(struct tr_session *s, u32 cpu)
{
	if (cpu >= nr_cpu_ids)
		return NULL;
	cpu = array_index_nospec(cpu, nr_cpu_ids);
	if (!cpu_possible(cpu))
		return NULL;
	return s->cpus[cpu];
}

int tr_session_read(struct tr_session *s, u32 cpu, void __user *buf,
		    u32 buf_len, u32 *out_len, u64 *drops)
{
	struct tr_ring *ring;
	struct tr_cpu *c;
	const u8 *data;
	u32 n;

	*out_len = 0;
	if (s->state == TR_STATE_EMPTY)
		return -EINVAL;
	c = tr_session_cpu(s, cpu);
	if (!c)
		return 0;
	ring = c->vm.ring;
	*drops = READ_ONCE(c->stats.buf_drops);
	while (*out_len < buf_len) {
		n = tr_ring_peek(ring, &data, buf_len - *out_len);
		if (!n)
			break;
		if (copy_to_user(buf + *out_len, data, n))
			return -EFAULT;
		tr_ring_consume(ring, n);
		*out_len += n;
	}
	tr_wake_rearm(c);
	if (!*out_len) {
		/* Not even the first record fits?  Say how much it needs. */
		*out_len = tr_ring_too_big(ring, buf_len);
		if (*out_len)
			return -ENOSPC;
	}
	return 0;
}

/*
 * Drain @cpu's table: swap in the empty spare, copy the drained one out and
 * empty it for the next SNAPSHOT.  Updates after the swap are in the next.
 */
int tr_session_snapshot(struct tr_session *s, u32 cpu, void __user *buf,
			u32 buf_len, u32 *out_len)
{
	struct tr_cpu *c;
	u64 done, n;
	u8 *table;
	int err;

	*out_len = 0;
	if (s->state == TR_STATE_EMPTY)
		return -EINVAL;
	c = tr_session_cpu(s, cpu);
	if (!c)
		return 0;
	if (buf_len < s->agg_bytes) {
		*out_len = s->agg_bytes;
		return -ENOSPC;
	}
	err = tr_run_swap_agg(c, cpu);
	if (err)
		return err;
	table = c->agg_spare;
	for (done = 0; done < s->agg_bytes && !err; done += n) {
		n = min_t(u64, s->agg_bytes - done, SZ_1M);
		if (copy_to_user(buf + done, table + done, n))
			err = -EFAULT;
		cond_resched();
	}
	if (((struct tr_agg_table_hdr *)table)->used)	/* else empty */
		tr_agg_table_init(table, s->prog.hdr->agg_entries,
				  tr_agg_key_area(&s->prog),
				  tr_agg_stride(&s->prog));
	if (!err)
		*out_len = s->agg_bytes;
	return err;
}

/* fired counts every handler entry: those that ran and those dropped. */
void tr_session_status(struct tr_session *s, struct tr_ioc_status *st)
{
	const struct tr_stats *t;
	unsigned int cpu, f;

	st->ncpus = nr_cpu_ids;
	st->state = s->state;
	if (!s->cpus)
		return;
	for_each_possible_cpu(cpu) {
		t = &s->cpus[cpu]->stats;
		st->fired += READ_ONCE(t->fired) + READ_ONCE(t->guard_drops);
		st->guard_drops += READ_ONCE(t->guard_drops);
		st->buf_drops += READ_ONCE(t->buf_drops);
		st->agg_drops += READ_ONCE(t->agg_drops);
		st->dyn_drops += READ_ONCE(t->dyn_drops);
		for (f = 0; f < TR_NFAULTS; f++)
			st->faults[f] += READ_ONCE(t->faults[f]);
	}
	st->ret_missed = tr_kretprobes_missed(s) + tr_fexits_missed(s);
	st->tp_missed = atomic64_read(&s->tp_missed);
}
