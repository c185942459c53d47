// SPDX-License-Identifier: GPL-2.0
/*
 * bench/floor/floor.c - the benchmark's native floor: a test module that
 * registers the same kernel mechanism a benchmark row uses, with a
 * hand-written C handler doing the least that row needs.  Nothing of the
 * tracer is linked in; `make bench` loads it in the lab only.
 *
 *   insmod floor.ko mech=ftrace|kprobe|kretprobe|tracepoint handler=NAME
 *                   [func=F]
 *
 * mech: an ftrace_ops on F's entry (default vfs_read) with the flags of the
 * tracer's fbt entry probes (kmod/probe_fentry.c: SAVE_REGS, and the
 * recursion lock its handler takes), a kprobe on F's entry (which on x86
 * with KPROBES_ON_FTRACE is itself an ftrace_ops, plus kprobe's own
 * dispatch: what bpftrace's kprobe:F uses), a kretprobe on F, or the
 * sys_enter tracepoint filtered to read(2) (what syscalls:sys_enter_read is
 * built on).  handler: see floor_handlers[] below.  The handlers keep their
 * results in per-CPU memory that nothing reads: only their cost matters.
 */
#include <linux/ftrace.h>
#include <linux/hash.h>
#include <linux/jhash.h>
#include <linux/kprobes.h>
#include <linux/log2.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/stacktrace.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/tracepoint.h>
#include <asm/unistd.h>

#define FLOOR_SLOTS	512		/* per-CPU array: a power of two */
#define FLOOR_RECS	1024		/* per-CPU record ring: 3 u64 each */
#define FLOOR_STACK	32		/* frames hashed by the stack handler */

static char *mech = "kprobe";
module_param(mech, charp, 0444);
MODULE_PARM_DESC(mech, "ftrace, kprobe, kretprobe or tracepoint");
static char *handler = "none";
module_param(handler, charp, 0444);
MODULE_PARM_DESC(handler, "what the handler does (see floor.c)");
static char *func = "vfs_read";
module_param(func, charp, 0444);
MODULE_PARM_DESC(func, "function of the kprobe or kretprobe");

/*
 * Per-CPU memory, from alloc_percpu(): too big for a module's static per-CPU
 * reserve, and at most PCPU_MIN_UNIT_SIZE (checked in floor_init()).
 */
struct floor_cpu {
	u64 count;
	unsigned int rec_head;
	u64 slots[FLOOR_SLOTS];
	u64 recs[FLOOR_RECS * 3];
};

static struct floor_cpu __percpu *floor_cpus;

static void floor_bump(u32 hash, u64 v)
{
	this_cpu_add(floor_cpus->slots[hash & (FLOOR_SLOTS - 1)], v);
}

static u64 floor_arg(struct pt_regs *regs, unsigned int n)
{
	return regs_get_kernel_argument(regs, n);
}

static void floor_none(struct pt_regs *regs)
{
}

static void floor_counter(struct pt_regs *regs)
{
	this_cpu_inc(floor_cpus->count);
}

static void floor_pid(struct pt_regs *regs)
{
	floor_bump(hash_32(current->tgid, 32), 1);
}

static void floor_comm(struct pt_regs *regs)
{
	char comm[TASK_COMM_LEN];

	memcpy(comm, current->comm, sizeof(comm));
	floor_bump(full_name_hash(NULL, comm, strnlen(comm, sizeof(comm))), 1);
}

static void floor_filter(struct pt_regs *regs)
{
	if (!strncmp(current->comm, "nobodyxx", TASK_COMM_LEN))
		this_cpu_inc(floor_cpus->count);
}

static void floor_log2(struct pt_regs *regs)
{
	u64 v = floor_arg(regs, 2);

	floor_bump(v ? ilog2(v) + 1 : 0, 1);
}

static void floor_stack(struct pt_regs *regs)
{
	unsigned long frames[FLOOR_STACK];
	unsigned int n = stack_trace_save(frames, FLOOR_STACK, 0);

	floor_bump(jhash2((u32 *)frames, n * sizeof(long) / sizeof(u32), 0),
		   1);
}

static void floor_record(struct pt_regs *regs)
{
	unsigned int i = this_cpu_inc_return(floor_cpus->rec_head) % FLOOR_RECS;
	u64 *r = this_cpu_ptr(floor_cpus)->recs + 3 * i;

	r[0] = current->tgid;
	r[1] = floor_arg(regs, 2);
	r[2] = smp_processor_id();
}

static void floor_sum2(struct pt_regs *regs)
{
	u64 key = (u64)current->tgid << 32 | smp_processor_id();

	floor_bump(hash_64(key, 32), floor_arg(regs, 2));
}

/* The latency handler: the kretprobe's entry stamps, its return bumps. */
struct floor_stamp {
	u64 ns;
};

static void floor_latency(struct pt_regs *regs)
{
}

struct floor_handler {
	const char *name;
	void (*fn)(struct pt_regs *regs);
};

static const struct floor_handler floor_handlers[] = {
	{ "none",	floor_none },		/* empty clause */
	{ "count",	floor_counter },	/* @ = count() */
	{ "pid",	floor_pid },		/* @[pid] = count() */
	{ "comm",	floor_comm },		/* @[execname] = count() */
	{ "filter",	floor_filter },		/* /execname == "..."/ */
	{ "log2",	floor_log2 },		/* quantize(arg2) */
	{ "stack",	floor_stack },		/* @[stack()] = count() */
	{ "latency",	floor_latency },	/* entry stamp, return log2 */
	{ "record",	floor_record },		/* printf of three values */
	{ "sum2",	floor_sum2 },		/* @[a, b] = sum(c) */
};

static void (*floor_fn)(struct pt_regs *regs);
static bool floor_is_latency;

static int floor_kprobe_pre(struct kprobe *kp, struct pt_regs *regs)
{
	floor_fn(regs);
	return 0;
}

static void floor_ftrace_func(unsigned long ip, unsigned long parent_ip,
			      struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	int bit = ftrace_test_recursion_trylock(ip, parent_ip);

	if (bit < 0)
		return;
	floor_fn(ftrace_get_regs(fregs));
	ftrace_test_recursion_unlock(bit);
}

static int floor_kret_entry(struct kretprobe_instance *ri,
			    struct pt_regs *regs)
{
	struct floor_stamp *st = (struct floor_stamp *)ri->data;

	st->ns = ktime_get_mono_fast_ns();
	return 0;
}

static int floor_kret_ret(struct kretprobe_instance *ri,
			  struct pt_regs *regs)
{
	struct floor_stamp *st = (struct floor_stamp *)ri->data;
	u64 d;

	if (!floor_is_latency) {
		floor_fn(regs);
		return 0;
	}
	d = ktime_get_mono_fast_ns() - st->ns;
	floor_bump(d ? ilog2(d) + 1 : 0, 1);
	return 0;
}

static void floor_sys_enter(void *data, struct pt_regs *regs, long id)
{
	if (id == __NR_read)
		floor_fn(regs);
}

static struct kprobe floor_kp = { .pre_handler = floor_kprobe_pre };
static struct kretprobe floor_krp = {
	.handler = floor_kret_ret,
	.data_size = sizeof(struct floor_stamp),
	.maxactive = 64,
};
static struct ftrace_ops floor_ops = {
	.func = floor_ftrace_func,
	.flags = FTRACE_OPS_FL_SAVE_REGS,
};
static struct tracepoint *floor_tp;

static void floor_find_tp(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "sys_enter"))
		floor_tp = tp;
}

static int floor_register(void)
{
	int err;

	if (!strcmp(mech, "ftrace")) {
		err = ftrace_set_filter(&floor_ops, func, strlen(func), 1);
		if (!err)
			err = register_ftrace_function(&floor_ops);
		if (err)
			ftrace_free_filter(&floor_ops);
		return err;
	}
	if (!strcmp(mech, "kprobe")) {
		floor_kp.symbol_name = func;
		return register_kprobe(&floor_kp);
	}
	if (!strcmp(mech, "kretprobe")) {
		floor_krp.kp.symbol_name = func;
		if (floor_is_latency)
			floor_krp.entry_handler = floor_kret_entry;
		return register_kretprobe(&floor_krp);
	}
	if (!strcmp(mech, "tracepoint")) {
		for_each_kernel_tracepoint(floor_find_tp, NULL);
		if (!floor_tp)
			return -ENOENT;
		return tracepoint_probe_register(floor_tp, floor_sys_enter,
						 NULL);
	}
	pr_err("floor: unknown mech '%s'\n", mech);
	return -EINVAL;
}

static int __init floor_init(void)
{
	size_t i;
	int err;

	for (i = 0; i < ARRAY_SIZE(floor_handlers); i++)
		if (!strcmp(handler, floor_handlers[i].name))
			floor_fn = floor_handlers[i].fn;
	if (!floor_fn) {
		pr_err("floor: unknown handler '%s'\n", handler);
		return -EINVAL;
	}
	floor_is_latency = floor_fn == floor_latency;
	BUILD_BUG_ON(sizeof(struct floor_cpu) > PCPU_MIN_UNIT_SIZE);
	floor_cpus = alloc_percpu(struct floor_cpu);
	if (!floor_cpus)
		return -ENOMEM;
	err = floor_register();
	if (err)
		free_percpu(floor_cpus);
	return err;
}

static void __exit floor_exit(void)
{
	if (!strcmp(mech, "ftrace")) {
		unregister_ftrace_function(&floor_ops);
		ftrace_free_filter(&floor_ops);
	} else if (!strcmp(mech, "kprobe"))
		unregister_kprobe(&floor_kp);
	else if (!strcmp(mech, "kretprobe"))
		unregister_kretprobe(&floor_krp);
	else
		tracepoint_probe_unregister(floor_tp, floor_sys_enter, NULL);
	tracepoint_synchronize_unregister();
	free_percpu(floor_cpus);
}

module_init(floor_init);
module_exit(floor_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("tracer benchmark floor: minimal native probe handlers");
