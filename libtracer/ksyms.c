// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/ksyms.c - kernel addresses to names, as DTrace prints them:
 * "module`function+0xoffset" (dtrace_addr2str(), dt_print_stack()), with
 * "vmlinux" for the kernel proper (symprint.c prints stacks and symbols
 * with them), and kernel function names to addresses.
 *
 * The symbols come from /proc/kallsyms (TRACER_KALLSYMS names another file,
 * for tests), read once on first use and kept, sorted by address, for the
 * life of the process: the text symbols (t, T, w, W), a module's followed
 * by "[module]" there.  An address belongs to the closest symbol at or
 * below it.  When kallsyms shows only zero addresses (not root, or
 * kptr_restrict), nothing resolves and addresses print as "0x...", as
 * DTrace prints what it cannot name.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

struct trl_ksym {
	u64 addr;
	const char *name;	/* into line */
	const char *module;	/* into line, or "vmlinux" */
	char *line;		/* its kallsyms line, owned */
};

static struct {
	bool loaded;
	struct trl_ksym *syms;
	size_t nsyms;
	struct trl_ksym **byname;	/* by name, then address: on first
					 * trl_ksym_addr() */
} trl_ksyms;

static int trl_ksym_cmp(const void *a, const void *b)
{
	const struct trl_ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* One kallsyms line, kept if it is a text symbol with an address. */
static bool trl_ksym_parse(char *line, struct trl_ksym *s)
{
	char *type, *name, *mod, *end;

	s->addr = strtoull(line, &end, 16);
	if (end == line || *end != ' ' || !s->addr)
		return false;
	type = end + 1;
	if (!strchr("tTwW", *type) || type[1] != ' ')
		return false;
	name = type + 2;
	name[strcspn(name, "\n")] = '\0';
	s->module = "vmlinux";
	mod = strpbrk(name, " \t");
	if (mod) {
		*mod++ = '\0';
		mod += strspn(mod, " \t");
		if (*mod == '[' && strchr(mod, ']')) {
			*strchr(mod, ']') = '\0';
			s->module = mod + 1;
		}
	}
	s->name = name;
	return *name != '\0';
}

static void trl_ksyms_load(void)
{
	const char *path = getenv("TRACER_KALLSYMS");
	size_t cap = 0;
	char *line = NULL;
	struct trl_ksym s, *ns;
	size_t len = 0;
	FILE *f;

	trl_ksyms.loaded = true;
	f = fopen(path ? path : "/proc/kallsyms", "r");
	if (!f)
		return;
	while (getline(&line, &len, f) > 0) {
		if (!trl_ksym_parse(line, &s))
			continue;
		if (trl_ksyms.nsyms == cap) {
			cap = cap ? cap * 2 : 4096;
			ns = realloc(trl_ksyms.syms, cap * sizeof(*ns));
			if (!ns)
				break;
			trl_ksyms.syms = ns;
		}
		s.line = line;
		trl_ksyms.syms[trl_ksyms.nsyms++] = s;
		line = NULL;		/* kept: s points into it */
		len = 0;
	}
	free(line);
	fclose(f);
	qsort(trl_ksyms.syms, trl_ksyms.nsyms, sizeof(*trl_ksyms.syms),
	      trl_ksym_cmp);
}

/* The symbol at or below @pc, or NULL. */
static const struct trl_ksym *trl_ksym_find(u64 pc)
{
	size_t lo = 0, hi;

	if (!trl_ksyms.loaded)
		trl_ksyms_load();
	hi = trl_ksyms.nsyms;
	if (!hi || pc < trl_ksyms.syms[0].addr)
		return NULL;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (trl_ksyms.syms[mid].addr <= pc)
			lo = mid;
		else
			hi = mid;
	}
	return &trl_ksyms.syms[lo];
}

u64 trl_ksym_base(u64 pc)
{
	const struct trl_ksym *s = trl_ksym_find(pc);

	return s ? s->addr : pc;
}

int trl_ksym_format(u64 pc, bool offset, char *buf, size_t len)
{
	const struct trl_ksym *s = trl_ksym_find(pc);

	if (!s)
		return snprintf(buf, len, "0x%llx", (unsigned long long)pc);
	if (offset && pc > s->addr)
		return snprintf(buf, len, "%s`%s+0x%llx", s->module, s->name,
				(unsigned long long)(pc - s->addr));
	return snprintf(buf, len, "%s`%s", s->module, s->name);
}

static int trl_ksym_name_cmp(const void *a, const void *b)
{
	const struct trl_ksym *x = *(const struct trl_ksym *const *)a;
	const struct trl_ksym *y = *(const struct trl_ksym *const *)b;
	int c = strcmp(x->name, y->name);

	return c ? c : trl_ksym_cmp(x, y);
}

int trl_ksym_addr(const char *module, const char *func, u64 *addr)
{
	size_t lo = 0, hi, mid, i;

	if (!trl_ksyms.loaded)
		trl_ksyms_load();
	if (!trl_ksyms.byname && trl_ksyms.nsyms) {
		trl_ksyms.byname = malloc(trl_ksyms.nsyms *
					  sizeof(*trl_ksyms.byname));
		if (!trl_ksyms.byname)
			return -ENOMEM;
		for (i = 0; i < trl_ksyms.nsyms; i++)
			trl_ksyms.byname[i] = &trl_ksyms.syms[i];
		qsort(trl_ksyms.byname, trl_ksyms.nsyms,
		      sizeof(*trl_ksyms.byname), trl_ksym_name_cmp);
	}
	/* lo: the first symbol named @func or after */
	for (hi = trl_ksyms.nsyms; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(trl_ksyms.byname[mid]->name, func) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < trl_ksyms.nsyms &&
		     !strcmp(trl_ksyms.byname[i]->name, func); i++) {
		if (*module && strcmp(trl_ksyms.byname[i]->module, module))
			continue;
		*addr = trl_ksyms.byname[i]->addr;
		return 0;
	}
	return -ENOENT;
}
