/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/compat.h - every difference between the kernels the module builds
 * for (Debian 6.1, 6.12 and 6.12-rt) is absorbed here, so that no .c file
 * needs an #ifdef.
 *
 * So far the module uses only interfaces that are the same in all three:
 * misc devices, kretprobes (register_kretprobes, unregister_kretprobes,
 * get_kretprobe, get_kretprobe_retaddr), hrtimers
 * (hrtimer_init, HRTIMER_MODE_ABS_PINNED_HARD, hrtimer_forward_now),
 * kvzalloc_node, regs_get_kernel_argument, ktime_get_mono_fast_ns,
 * ktime_get_real_fast_ns, task_ppid_nr, local_clock,
 * strscpy_pad, module_param_cb, sysfs_emit, stack_trace_save (exported
 * everywhere, unlike stack_trace_save_regs), within_module,
 * copy_from_kernel_nofault, copy_from_user_nmi, task_pt_regs,
 * user_64bit_mode, and security_locked_down() with
 * LOCKDOWN_KPROBES and LOCKDOWN_BPF_READ_KERNEL (both confidentiality
 * reasons in 6.1 and 6.12; kmod/session.c).  Two known
 * changes are avoided rather than wrapped: no_llseek (gone in 6.12;
 * stream_open() makes the file unseekable instead) and class_create() (its
 * signature changed in 6.4; a misc device needs no class).
 *
 * fbt entry probes (kmod/probe_fentry.c) use ftrace_ops with
 * FTRACE_OPS_FL_SAVE_REGS: the callback's signature (ip, parent_ip, ops,
 * struct ftrace_regs *), ftrace_get_regs(), ftrace_set_filter_ips(),
 * ftrace_free_filter() and ftrace_test_recursion_trylock() are the same in
 * 6.1 and 6.12 (6.12 made struct ftrace_regs opaque, but ftrace_get_regs()
 * still gives the full pt_regs when SAVE_REGS is set; with IBT, 6.12 only,
 * the ftrace location is 4 bytes past the function's first byte, which the
 * handler's search allows).  register_kretprobes() and sprint_symbol()
 * are exported by both.
 *
 * fbt return probes: 6.12 (and 6.12-rt) has CONFIG_FPROBE and exports
 * register_fprobe_ips() and unregister_fprobe(): one fprobe (an ftrace_ops
 * plus a rethook pool) serves all of a session's return probes
 * (kmod/probe_fexit.c), attached with one filter update.  6.1 has no
 * FPROBE and exports no rethook; from 6.14 on fprobe sits on the function
 * graph tracer with another handler signature.  So TR_HAVE_FPROBE is true
 * (1) for 6.12 and 6.13 with CONFIG_FPROBE, and elsewhere the return probes
 * stay one kretprobe each (kmod/probe_kretprobe.c).  tr_fprobe_register()
 * sets the exit handler, whose type (fprobe_exit_cb: fp, entry_ip, ret_ip,
 * regs, entry_data) is 6.12's, only where fprobe is used.
 *
 * PREEMPT_RT (6.12-rt) changes no interface used here, but spinlocks sleep
 * there, which is why the probe path takes no lock at all.
 *
 * tpsys: also the same everywhere: for_each_kernel_tracepoint,
 * tracepoint_probe_register/unregister, tracepoint_synchronize_unregister,
 * syscall_get_arguments (the 3-argument form, since 5.1), syscall_get_nr,
 * in_compat_syscall, perf_event_create_kernel_counter and
 * perf_event_release_kernel.  What differs is how a tracepoint's record
 * reaches a perf overflow handler: 6.1's perf_tp_event() sets data->raw
 * once for all the events of the tracepoint, and sets PERF_SAMPLE_RAW in
 * data->sample_flags; 6.12's calls perf_sample_save_raw_data(data, event,
 * raw) per event, which saves it only if the event asked for
 * PERF_SAMPLE_RAW.  tr_perf_raw_record() reads it either way, provided the
 * counter asks for PERF_SAMPLE_RAW (kmod/probe_tracepoint.c does).
 */
#ifndef TR_KMOD_COMPAT_H
#define TR_KMOD_COMPAT_H

#include <linux/version.h>
#include <linux/fprobe.h>
#include <linux/perf_event.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 1, 0)
#error "tracer needs Linux 6.1 or later"
#endif

/* fbt return probes through one fprobe (see above), or kretprobes. */
#if IS_ENABLED(CONFIG_FPROBE) && \
	LINUX_VERSION_CODE >= KERNEL_VERSION(6, 12, 0) && \
	LINUX_VERSION_CODE < KERNEL_VERSION(6, 14, 0)
#define TR_HAVE_FPROBE	1
#else
#define TR_HAVE_FPROBE	0
#endif

typedef void (*tr_fprobe_exit_fn)(struct fprobe *fp, unsigned long entry_ip,
				  unsigned long ret_ip, struct pt_regs *regs,
				  void *entry_data);

/*
 * Register @fp (zeroed) on the @n ftrace locations at @ips, with @exit as
 * its only handler and a pool of @maxactive calls in flight.
 */
static inline int tr_fprobe_register(struct fprobe *fp, tr_fprobe_exit_fn exit,
				     unsigned long *ips, u32 n, int maxactive)
{
#if TR_HAVE_FPROBE
	fp->exit_handler = exit;
	fp->nr_maxactive = maxactive;
	return register_fprobe_ips(fp, ips, n);
#else
	return -EOPNOTSUPP;
#endif
}

/* Unregister @fp: waits for its exit handlers still running. */
static inline void tr_fprobe_unregister(struct fprobe *fp)
{
#if TR_HAVE_FPROBE
	unregister_fprobe(fp);
#endif
}

/*
 * The tracepoint record of a perf sample, and its bytes in *@len (the
 * record's size rounded up by perf to keep its u32 size header aligned:
 * at least every field of the format); NULL if the sample has none.
 * Tracepoint records come in one fragment.
 */
static inline const void *tr_perf_raw_record(const struct perf_sample_data *d,
					     u32 *len)
{
	const struct perf_raw_record *raw;

	if (!(d->sample_flags & PERF_SAMPLE_RAW))
		return NULL;
	raw = d->raw;
	if (!raw || !raw->frag.data || !perf_raw_frag_last(&raw->frag))
		return NULL;
	*len = raw->frag.size;
	return raw->frag.data;
}

#endif /* TR_KMOD_COMPAT_H */
