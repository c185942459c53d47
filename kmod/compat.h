/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/compat.h - every difference between the kernels the module builds
 * for (Debian 6.1, 6.12 and 6.12-rt) is absorbed here, so that no .c file
 * needs an #ifdef.
 *
 * So far the module uses only interfaces that are the same in all three:
 * misc devices, kprobes (register_kprobe, unregister_kprobes),
 * kretprobes (get_kretprobe, get_kretprobe_retaddr), hrtimers
 * (hrtimer_init, HRTIMER_MODE_ABS_PINNED_HARD, hrtimer_forward_now),
 * kvzalloc_node, regs_get_kernel_argument, ktime_get_mono_fast_ns,
 * ktime_get_real_fast_ns, task_ppid_nr, local_clock,
 * strscpy_pad, module_param_cb, sysfs_emit, stack_trace_save (exported
 * everywhere, unlike stack_trace_save_regs), within_module,
 * copy_from_{kernel,user}_nofault, and security_locked_down() with
 * LOCKDOWN_KPROBES and LOCKDOWN_BPF_READ_KERNEL (both confidentiality
 * reasons in 6.1 and 6.12; kmod/session.c).  Two known
 * changes are avoided rather than wrapped: no_llseek (gone in 6.12;
 * stream_open() makes the file unseekable instead) and class_create() (its
 * signature changed in 6.4; a misc device needs no class).
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
