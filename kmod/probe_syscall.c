// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_syscall.c - the syscall provider: image probes of kinds
 * TR_PROBE_SYSCALL_ENTRY and TR_PROBE_SYSCALL_RETURN (syscall::NAME:entry
 * and :return, and tracepoint:syscalls::sys_enter_NAME / sys_exit_NAME,
 * which the compiler maps to the same kinds), attached directly to the
 * kernel's raw sys_enter and sys_exit tracepoints rather than through perf.
 *
 * A session registers at most one probe function per direction, whatever
 * the number of syscall probes, and dispatches by syscall number through a
 * table built at LOAD: the probes of number n are list[first[n] ..
 * first[n + 1]), in image order.  Nothing is allocated at ATTACH or in
 * probe context.  Registering the first probe on sys_enter or sys_exit sets
 * the syscall-tracepoint work flag on every thread (the tracepoint's
 * regfunc), which is what makes those tracepoints fire at all.
 *
 * Arguments: entry: arg0..arg5 from syscall_get_arguments() on the
 * tracepoint's registers when a clause reads one (kmod/env.c); return: arg0 =
 * arg1 = retval = the return value, and errno (kmod/env.c) is -ret when
 * ret is in [-4095, -1].  32-bit compat syscalls (ia32 entry, x32) use
 * other numbers: they are skipped, not mapped.
 *
 * Detaching unregisters the functions, then tracepoint_synchronize_unregister()
 * waits for every handler still running before the table can be freed.
 */
#include <linux/compat.h>
#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include <asm/syscall.h>
#include "compat.h"
#include "mem.h"
#include "run.h"

enum { TR_SYS_ENTER, TR_SYS_EXIT, TR_SYS_NDIRS };

static const char *const tr_sys_tp_names[TR_SYS_NDIRS] = {
	[TR_SYS_ENTER] = "sys_enter",
	[TR_SYS_EXIT] = "sys_exit",
};

/* The dispatch table of one session; see the top of the file. */
struct tr_syscalls {
	struct tr_session *sess;
	struct tracepoint *tp[TR_SYS_NDIRS];	/* registered on, or NULL */
	u32 first[TR_SYS_NDIRS][TR_MAX_SYSCALL_NR + 1];
	u32 list[];			/* probe indices */
};

static u32 tr_sys_dir(u32 kind)
{
	return kind == TR_PROBE_SYSCALL_ENTRY ? TR_SYS_ENTER : TR_SYS_EXIT;
}

static bool tr_sys_kind(u32 kind)
{
	return kind == TR_PROBE_SYSCALL_ENTRY ||
	       kind == TR_PROBE_SYSCALL_RETURN;
}

static u32 tr_syscalls_count(const struct tr_prog *prog)
{
	return tr_probes_count(prog, TR_PROBE_SYSCALL_ENTRY) +
	       tr_probes_count(prog, TR_PROBE_SYSCALL_RETURN);
}

size_t tr_syscalls_bytes(const struct tr_prog *prog)
{
	u32 n = tr_syscalls_count(prog);

	return n ? struct_size((struct tr_syscalls *)NULL, list, n) : 0;
}

int tr_syscalls_prepare(struct tr_session *s)
{
	const struct tr_prog *prog = &s->prog;
	u32 i, d, nr, n, at = 0, start[TR_SYS_NDIRS];
	struct tr_syscalls *sc;

	if (!tr_syscalls_count(prog))
		return 0;
	sc = tr_mem_alloc(tr_syscalls_bytes(prog), NUMA_NO_NODE);
	if (!sc)
		return -ENOMEM;
	sc->sess = s;
	/* Count the probes of each number in first[d][nr + 1] ... */
	for (i = 0; i < prog->nprobes; i++)
		if (tr_sys_kind(prog->probes[i].kind))
			sc->first[tr_sys_dir(prog->probes[i].kind)]
				 [prog->probes[i].param + 1]++;
	/* ... make first[d][nr] where number nr's probes start ... */
	for (d = 0; d < TR_SYS_NDIRS; d++) {
		start[d] = at;
		for (nr = 0; nr < TR_MAX_SYSCALL_NR; nr++) {
			n = sc->first[d][nr + 1];
			sc->first[d][nr] = at;
			at += n;
		}
		sc->first[d][TR_MAX_SYSCALL_NR] = at;
	}
	/* ... place them, which moves each start to the next one's ... */
	for (i = 0; i < prog->nprobes; i++) {
		if (!tr_sys_kind(prog->probes[i].kind))
			continue;
		d = tr_sys_dir(prog->probes[i].kind);
		sc->list[sc->first[d][prog->probes[i].param]++] = i;
	}
	/* ... and move the starts back. */
	for (d = 0; d < TR_SYS_NDIRS; d++) {
		for (nr = TR_MAX_SYSCALL_NR - 1; nr > 0; nr--)
			sc->first[d][nr] = sc->first[d][nr - 1];
		sc->first[d][0] = start[d];
	}
	s->sys = sc;
	return 0;
}

void tr_syscalls_free(struct tr_session *s)
{
	if (!s->sys)
		return;
	WARN_ON_ONCE(s->sys->tp[TR_SYS_ENTER] || s->sys->tp[TR_SYS_EXIT]);
	tr_mem_free(s->sys, tr_syscalls_bytes(&s->prog));
	s->sys = NULL;
}

/*
 * The probes of direction @d on syscall @nr: list[*i .. *end); false if
 * there are none, which is the common case, decided before anything else.
 */
static bool tr_sys_range(const struct tr_syscalls *sc, u32 d, long nr,
			 u32 *i, u32 *end)
{
	if (nr < 0 || nr >= TR_MAX_SYSCALL_NR)
		return false;
	nr = array_index_nospec(nr, TR_MAX_SYSCALL_NR);
	*i = sc->first[d][nr];
	*end = sc->first[d][nr + 1];
	return *i != *end && !in_compat_syscall();
}

static void tr_sys_run(struct tr_syscalls *sc, u32 i, u32 end,
		       struct pt_regs *regs, const u64 *args)
{
	struct tr_session *s = sc->sess;

	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		return;
	/* Tracepoints run with preemption off on 6.1 and 6.12; a faultable
	 * syscall tracepoint (newer kernels) would not. */
	preempt_disable_notrace();
	for (; i < end; i++)
		tr_run_probe_args(s, sc->list[i], regs, args);
	preempt_enable_notrace();
}

static void tr_sys_enter(void *data, struct pt_regs *regs, long id)
{
	u32 i, end;

	if (!tr_sys_range(data, TR_SYS_ENTER, id, &i, &end))
		return;
	tr_sys_run(data, i, end, regs, NULL);	/* args from regs */
}

static void tr_sys_exit(void *data, struct pt_regs *regs, long ret)
{
	u64 args[TR_CTX_NARGS] = { ret, ret };
	u32 i, end;

	if (!tr_sys_range(data, TR_SYS_EXIT, syscall_get_nr(current, regs),
			  &i, &end))
		return;
	tr_sys_run(data, i, end, regs, args);
}

static void *const tr_sys_funcs[TR_SYS_NDIRS] = {
	[TR_SYS_ENTER] = tr_sys_enter,
	[TR_SYS_EXIT] = tr_sys_exit,
};

struct tr_sys_lookup {
	const char *name;
	struct tracepoint *tp;
};

static void tr_sys_match(struct tracepoint *tp, void *priv)
{
	struct tr_sys_lookup *l = priv;

	if (!strcmp(tp->name, l->name))
		l->tp = tp;
}

int tr_syscalls_attach(struct tr_session *s, char *msg)
{
	struct tr_syscalls *sc = s->sys;
	struct tr_sys_lookup l;
	int err;
	u32 d;

	if (!sc)
		return 0;
	for (d = 0; d < TR_SYS_NDIRS; d++) {
		if (sc->first[d][0] == sc->first[d][TR_MAX_SYSCALL_NR])
			continue;	/* no probe in this direction */
		l = (struct tr_sys_lookup){ .name = tr_sys_tp_names[d] };
		for_each_kernel_tracepoint(tr_sys_match, &l);
		err = l.tp ? tracepoint_probe_register(l.tp, tr_sys_funcs[d],
						       sc) : -ENOENT;
		if (err) {
			snprintf(msg, TR_MSG_LEN,
				 "syscall probes: cannot attach to the kernel's %s tracepoint (%d)",
				 tr_sys_tp_names[d], err);
			tr_syscalls_detach(s);
			return err;
		}
		sc->tp[d] = l.tp;
	}
	return 0;
}

void tr_syscalls_detach(struct tr_session *s)
{
	struct tr_syscalls *sc = s->sys;
	bool any = false;
	u32 d;

	if (!sc)
		return;
	for (d = 0; d < TR_SYS_NDIRS; d++) {
		if (!sc->tp[d])
			continue;
		WARN_ON_ONCE(tracepoint_probe_unregister(sc->tp[d],
							 tr_sys_funcs[d], sc));
		sc->tp[d] = NULL;
		any = true;
	}
	if (any)	/* no handler runs on another CPU after this */
		tracepoint_synchronize_unregister();
}
