// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/tpsys.c - the exact descriptions of tracepoint and syscall
 * probes, once probes.c has split them into canonical fields:
 *
 *   tracepoint:CAT::EVENT	DTrace's form: provider tracepoint, module
 *				CAT, no function, name EVENT (bpftrace's
 *				tracepoint:CAT:EVENT is split so by probes.c)
 *   syscall::NAME:entry	the syscall provider: no module, function
 *   syscall::NAME:return	NAME (compiler/syscalls.c), name entry or
 *				return
 *
 * Syscall probes, and the syscalls category's sys_enter_NAME and
 * sys_exit_NAME events, become SYSCALL_ENTRY / SYSCALL_RETURN probes with
 * the syscall number as param: the module serves them directly from the
 * kernel's raw sys_enter / sys_exit tracepoints.  Every other event is a
 * TRACEPOINT probe whose param is its tracefs id (compiler/tracefs.c),
 * attached through perf.  Globbing is done before, by the caller, which
 * hands these functions one concrete description at a time.
 */
#include "trc_impl.h"
#include "catalog.h"

int trc_pdesc_tracepoint(struct trc_ctx *ctx, struct trc_loc loc,
			 const char *desc, const char *cat, const char *func,
			 const char *event, struct trc_probe *pr)
{
	int nr, err;

	if (*func || !*cat || !*event) {
		trc_error(ctx, loc,
			  "probe description '%s': a tracepoint is named tracepoint:CATEGORY::EVENT (or tracepoint:CATEGORY:EVENT), e.g. tracepoint:sched::sched_switch",
			  desc);
		return -EINVAL;
	}
	if (!strcmp(cat, "syscalls") && (!strncmp(event, "sys_enter_", 10) ||
					 !strncmp(event, "sys_exit_", 9))) {
		nr = trc_syscall_event_nr(event);
		if (nr < 0 || (u32)nr >= TR_MAX_SYSCALL_NR) {
			trc_error(ctx, loc,
				  "probe description '%s': no x86-64 system call is named '%s'",
				  desc, strchr(event + 4, '_') + 1);
			return -EINVAL;
		}
		pr->kind = !strncmp(event, "sys_enter_", 10) ?
			   TR_PROBE_SYSCALL_ENTRY : TR_PROBE_SYSCALL_RETURN;
		pr->param = nr;
		return 0;
	}
	err = trc_tracefs_event_id(cat, event, &pr->param);
	if (err) {
		trc_error(ctx, loc,
			  "probe description '%s': no tracepoint %s:%s in %s/events (%s)",
			  desc, cat, event, trc_tracefs_root(), strerror(-err));
		return -EINVAL;
	}
	if (!pr->param || pr->param > TR_MAX_TRACEPOINT_ID) {
		trc_error(ctx, loc,
			  "probe description '%s': tracefs gives the event id %llu, out of range",
			  desc, (unsigned long long)pr->param);
		return -EINVAL;
	}
	pr->kind = TR_PROBE_TRACEPOINT;
	return 0;
}

int trc_pdesc_syscall(struct trc_ctx *ctx, struct trc_loc loc,
		      const char *desc, const char *mod, const char *func,
		      const char *name, struct trc_probe *pr)
{
	const char *hint;
	int nr;

	if (*mod) {
		trc_error(ctx, loc,
			  "probe description '%s': the syscall provider has no modules; say syscall::%s:%s",
			  desc, func, name);
		return -EINVAL;
	}
	if (strcmp(name, "entry") && strcmp(name, "return")) {
		trc_error(ctx, loc,
			  "probe description '%s': syscall probes are named 'entry' and 'return'",
			  desc);
		return -EINVAL;
	}
	if (!*func) {
		trc_error(ctx, loc,
			  "probe description '%s' names no system call, e.g. syscall::read:%s",
			  desc, name);
		return -EINVAL;
	}
	nr = trc_syscall_nr(func);
	if (nr < 0 || (u32)nr >= TR_MAX_SYSCALL_NR) {
		hint = trc_syscall_closest(func);
		if (hint)
			trc_error(ctx, loc,
				  "probe description '%s': unknown system call '%s'; did you mean '%s'?",
				  desc, func, hint);
		else
			trc_error(ctx, loc,
				  "probe description '%s': unknown system call '%s'",
				  desc, func);
		return -EINVAL;
	}
	pr->kind = name[0] == 'e' ? TR_PROBE_SYSCALL_ENTRY :
				    TR_PROBE_SYSCALL_RETURN;
	pr->param = nr;
	return 0;
}
