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
 * everywhere, unlike stack_trace_save_regs) and within_module.  Two known
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
 * PREEMPT_RT (6.12-rt) changes no interface used here, but spinlocks sleep
 * there, which is why the probe path takes no lock at all.
 */
#ifndef TR_KMOD_COMPAT_H
#define TR_KMOD_COMPAT_H

#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 1, 0)
#error "tracer needs Linux 6.1 or later"
#endif

#endif /* TR_KMOD_COMPAT_H */
