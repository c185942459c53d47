// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_fentry.c - fbt::FUNC:entry probes (image probes of kind
 * TR_PROBE_KPROBE): one ftrace_ops per session for all of them, so that
 * attaching a thousand functions is one filter update and one
 * registration instead of a thousand kprobes.
 *
 * The module cannot look names up (kallsyms_lookup_name() is not
 * exported; ftrace_set_filter() by name walks every ftrace record per
 * name), so ATTACH gets each probe's function address from userspace
 * (/proc/kallsyms) and trusts none of it: sprint_symbol() must name the
 * probe's function (and module) at offset 0, and ftrace_set_filter_ips()
 * refuses an address that is no ftrace location.
 *
 * Probe context: ftrace calls tr_fentry_func() with the traced function's
 * ftrace location (its first byte, or past an endbr64 with IBT), which
 * lies in [function, next function); the sorted array built at ATTACH
 * gives the probes whose function starts at or below it (binary search,
 * no allocation, no lock).  Several probes may name one function.
 * ftrace_test_recursion_trylock() drops a firing from inside the handler
 * itself (and disables preemption, which tr_run_probe() needs).
 *
 * Memory: the arrays are allocated at LOAD, counted in the session's
 * bytes.  Detaching unregisters the ops, which waits for every handler
 * still running, then frees the filter.  The module's own code is built
 * without ftrace's hooks (kmod/Kbuild), so it can never trace itself.
 */
#include <linux/ftrace.h>
#include <linux/kallsyms.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "compat.h"
#include "mem.h"
#include "run.h"

/* The handler: run the probes of the function ftrace entered at @ip. */
static void tr_fentry_func(unsigned long ip, unsigned long parent_ip,
			   struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	struct tr_session *s = ops->private;
	const struct tr_fentry *e = s->fentries;
	u32 lo = 0, hi = s->nfentries, mid;
	unsigned long func;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	if (READ_ONCE(s->state) != TR_STATE_ACTIVE || READ_ONCE(s->exited))
		goto unlock;
	/* lo: the first entry past @ip */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e[mid].addr <= ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		goto unlock;
	func = e[lo - 1].addr;
	while (lo > 0 && e[lo - 1].addr == func)
		lo--;
	for (; lo < s->nfentries && e[lo].addr == func; lo++)
		tr_run_probe(s, e[lo].probe, ftrace_get_regs(fregs),
			     parent_ip);
unlock:
	ftrace_test_recursion_unlock(bit);
}

static size_t tr_fentries_size(u32 n)
{
	return n * (sizeof(struct tr_fentry) + sizeof(unsigned long));
}

size_t tr_fentries_bytes(const struct tr_prog *prog)
{
	return tr_fentries_size(tr_probes_count(prog, TR_PROBE_KPROBE));
}

int tr_fentries_prepare(struct tr_session *s)
{
	u32 n = tr_probes_count(&s->prog, TR_PROBE_KPROBE);
	void *mem;

	if (!n)
		return 0;
	mem = tr_mem_alloc(tr_fentries_size(n), NUMA_NO_NODE);
	if (!mem)
		return -ENOMEM;
	s->fentries = mem;
	s->fentry_ips = mem + n * sizeof(struct tr_fentry);
	s->nfentries = n;
	return 0;
}

void tr_fentries_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->fentry_registered);
	tr_mem_free(s->fentries, tr_fentries_size(s->nfentries));
	s->fentries = NULL;
	s->fentry_ips = NULL;
	s->nfentries = 0;
}

static int tr_fentry_cmp(const void *a, const void *b)
{
	const struct tr_fentry *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->probe < y->probe ? -1 : x->probe > y->probe;
}

/*
 * Is @addr the start of probe @probe's function, in its module ("" any,
 * "vmlinux" the kernel proper)?  sprint_symbol() prints "name+0x0/0xsize"
 * and " [module]" for a module's function.
 */
static int tr_fentry_check(struct tr_session *s, u32 probe,
			   unsigned long addr, char *msg)
{
	const struct tr_image_probe *p = &s->prog.probes[probe];
	const char *func = s->prog.rodata + p->func;
	const char *mod = s->prog.rodata + p->module;
	char sym[KSYM_SYMBOL_LEN], want[KSYM_SYMBOL_LEN];
	size_t n = strlen(func);
	const char *tail;

	sprint_symbol(sym, addr);
	if (strncmp(sym, func, n) || strncmp(sym + n, "+0x0/", 5))
		goto bad;
	tail = strchr(sym + n, ' ');	/* " [module]", or none */
	if (!*mod || (!strcmp(mod, "vmlinux") && !tail))
		return 0;
	snprintf(want, sizeof(want), " [%s]", mod);
	if (tail && !strcmp(tail, want))
		return 0;
bad:
	snprintf(msg, TR_MSG_LEN,
		 "fbt:%s:%s:entry: address %#lx is %s, not that function",
		 mod, func, addr, sym);
	return -EINVAL;
}

int tr_fentries_attach(struct tr_session *s, const u64 __user *uaddrs,
		       u32 naddrs, char *msg)
{
	struct ftrace_ops *ops = &s->fentry_ops;
	u32 i, k = 0, nips = 0;
	u64 addr;
	int err;

	if (WARN_ON_ONCE(s->fentry_registered))
		return -EBUSY;
	if (naddrs != s->nfentries) {
		snprintf(msg, TR_MSG_LEN,
			 "ATTACH: %u fbt entry addresses given; the image has %u fbt entry probes",
			 naddrs, s->nfentries);
		return -EINVAL;
	}
	if (!s->nfentries)
		return 0;
	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != TR_PROBE_KPROBE)
			continue;
		if (get_user(addr, uaddrs + k))
			return -EFAULT;
		err = tr_fentry_check(s, i, addr, msg);
		if (err)
			return err;
		s->fentries[k].addr = addr;
		s->fentries[k++].probe = i;
		cond_resched();
	}
	sort(s->fentries, k, sizeof(*s->fentries), tr_fentry_cmp, NULL);
	for (i = 0; i < k; i++)
		if (!nips || s->fentry_ips[nips - 1] != s->fentries[i].addr)
			s->fentry_ips[nips++] = s->fentries[i].addr;

	memset(ops, 0, sizeof(*ops));
	ops->func = tr_fentry_func;
	ops->flags = FTRACE_OPS_FL_SAVE_REGS;
	ops->private = s;
	err = ftrace_set_filter_ips(ops, s->fentry_ips, nips, 0, 1);
	if (err) {
		snprintf(msg, TR_MSG_LEN,
			 "fbt entry: ftrace cannot trace one of the %u functions (ftrace_set_filter_ips: %d)",
			 nips, err);
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
