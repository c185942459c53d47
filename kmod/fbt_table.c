// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/fbt_table.c - the fbt probes of a session by function address: one
 * table for the entry probes (kmod/probe_fentry.c) and one for the return
 * probes where one fprobe serves them (kmod/probe_fexit.c).
 *
 * The module cannot look names up (kallsyms_lookup_name() is not
 * exported; ftrace_set_filter() by name walks every ftrace record per
 * name), so ATTACH gets each fbt probe's function address from userspace
 * (/proc/kallsyms), entry and return probes alike, and trusts none of it:
 * sprint_symbol() must name the probe's function (and module) at offset
 * 0, and ftrace_set_filter_ips() refuses an address that is no ftrace
 * location.  Return probes served by kretprobes (no fprobe in the kernel)
 * are checked the same way, and registered by name.
 *
 * Probe context: ftrace hands the handlers the traced function's ftrace
 * location (its first byte, or past an endbr64 with IBT), which lies in
 * [function, next function); the table, sorted at ATTACH, gives the probes
 * whose function starts at or below it (binary search, no allocation, no
 * lock).  Several probes may name one function.
 *
 * Memory: the arrays are allocated at LOAD, counted in the session's
 * bytes, and freed at close after the probes were unregistered.
 */
#include <linux/kallsyms.h>
#include <linux/sched.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "mem.h"
#include "run.h"

size_t tr_fbt_table_bytes(u32 n)
{
	return n * (sizeof(struct tr_fbt) + sizeof(unsigned long));
}

int tr_fbt_table_alloc(struct tr_fbt_table *t, u32 n)
{
	void *mem;

	if (!n)
		return 0;
	mem = tr_mem_alloc(tr_fbt_table_bytes(n), NUMA_NO_NODE);
	if (!mem)
		return -ENOMEM;
	t->fbts = mem;
	t->ips = mem + n * sizeof(struct tr_fbt);
	t->n = n;
	t->nips = 0;
	return 0;
}

void tr_fbt_table_free(struct tr_fbt_table *t)
{
	tr_mem_free(t->fbts, tr_fbt_table_bytes(t->n));
	memset(t, 0, sizeof(*t));
}

static int tr_fbt_cmp(const void *a, const void *b)
{
	const struct tr_fbt *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->probe < y->probe ? -1 : x->probe > y->probe;
}

/* Sort @t's probes by address and list the distinct addresses. */
static void tr_fbt_table_sort(struct tr_fbt_table *t)
{
	u32 i;

	sort(t->fbts, t->n, sizeof(*t->fbts), tr_fbt_cmp, NULL);
	t->nips = 0;
	for (i = 0; i < t->n; i++)
		if (!t->nips || t->ips[t->nips - 1] != t->fbts[i].addr)
			t->ips[t->nips++] = t->fbts[i].addr;
	t->nattach = t->nips;
}

/*
 * Is @addr the start of probe @probe's function, in its module ("" any,
 * "vmlinux" the kernel proper)?  sprint_symbol() prints "name+0x0/0xsize"
 * and " [module]" for a module's function.
 */
static int tr_fbt_check(struct tr_session *s, u32 probe, unsigned long addr,
			char *msg)
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
		 "fbt:%s:%s:%s: address %#lx is %s, not that function",
		 mod, func, p->kind == TR_PROBE_KPROBE ? "entry" : "return",
		 addr, sym);
	return -EINVAL;
}

int tr_fbt_tables_fill(struct tr_session *s, const u64 __user *uaddrs,
		       u32 naddrs, char *msg)
{
	u32 nfbt = tr_probes_count(&s->prog, TR_PROBE_KPROBE) +
		   tr_probes_count(&s->prog, TR_PROBE_KRETPROBE);
	u32 i, k = 0, nent = 0, nret = 0;
	struct tr_kretprobe *kret;
	struct tr_fbt *e;
	u64 addr;
	int err;

	if (naddrs != nfbt) {
		snprintf(msg, TR_MSG_LEN,
			 "ATTACH: %u fbt addresses given; the image has %u fbt entry and return probes",
			 naddrs, nfbt);
		return -EINVAL;
	}
	for (i = 0; i < s->prog.nprobes; i++) {
		kret = NULL;
		switch (s->prog.probes[i].kind) {
		case TR_PROBE_KPROBE:
			e = &s->fentries.fbts[nent++];
			break;
		case TR_PROBE_KRETPROBE:
			/* the fprobe's table, or kretprobes (registered by
			 * name, in probe order) */
			e = s->fexits.n ? &s->fexits.fbts[nret] : NULL;
			kret = s->nkrps ? &s->krps[nret] : NULL;
			nret++;
			break;
		default:
			continue;
		}
		if (get_user(addr, uaddrs + k++))
			return -EFAULT;
		err = tr_fbt_check(s, i, addr, msg);
		if (err)
			return err;
		if (e) {
			e->addr = addr;
			e->probe = i;
		}
		if (kret)
			kret->addr = addr;
		cond_resched();
	}
	tr_fbt_table_sort(&s->fentries);
	tr_fbt_table_sort(&s->fexits);
	return 0;
}

struct tr_fbt_range tr_fbt_table_find(const struct tr_fbt_table *t,
				      unsigned long ip)
{
	const struct tr_fbt *e = t->fbts;
	u32 lo = 0, hi = t->n, mid, end;

	/* lo: the first probe past @ip */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e[mid].addr <= ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	end = lo;
	while (lo > 0 && e[lo - 1].addr == e[end - 1].addr)
		lo--;
	return (struct tr_fbt_range){ lo, end };
}
