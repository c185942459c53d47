// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/btf.c - where kernel types come from: the kernel's BTF, read
 * with libbpf, loaded on first need and released with the compilation.
 *
 *   vmlinux   $TRACER_BTF (a raw BTF file or an ELF with a .BTF section,
 *             both read by btf__parse()), else /sys/kernel/btf/vmlinux
 *   modules   split BTF over vmlinux's, from $TRACER_BTF_MODULES (a
 *             directory holding MOD or MOD.ko, at its top or anywhere
 *             below, as in /lib/modules/VER) else /sys/kernel/btf/MOD
 *
 * A name is looked up in vmlinux first (only there for the module names
 * "vmlinux" and "kernel").  Only when it is not there are
 * modules loaded: first those its name suggests (the prefixes of
 * "ext4_inode_info" at each '_': ext4_inode, ext4), then every module at
 * the top of the directory (with /sys/kernel/btf: every loaded module).
 * A module is parsed once per compilation.  Functions (BTF_KIND_FUNC) are
 * found through a per-BTF index sorted by name, built on the first lookup,
 * so that typing every function (`tracer -lv`) is not quadratic; other
 * kinds through libbpf.  A BTF's btf_dump (declarations as C writes them,
 * for `tracer -lv`) is also made once.  Nothing here reports errors
 * about the program: callers say what was not found (ctype.c).
 */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdarg.h>
#include <ftw.h>
#include <unistd.h>
#include <stdlib.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include "trc_impl.h"

#define TRC_BTF_VMLINUX	"/sys/kernel/btf/vmlinux"
#define TRC_BTF_MODDIR	"/sys/kernel/btf"

struct trc_btf_mod {
	char *name;
	struct btf *btf;	/* NULL: tried, no BTF */
	struct trc_btf_mod *next;
};

/* The functions of one BTF (its own, not its base's), by name. */
struct trc_btf_funcs {
	const struct btf *btf;
	u32 *ids;
	u32 n;
	struct trc_btf_funcs *next;
};

/* A btf_dump of one BTF, printing to one file (trc_btf_dump()). */
struct trc_btf_dumper {
	const struct btf *btf;
	FILE *out;
	struct btf_dump *d;
	struct trc_btf_dumper *next;
};

struct trc_btf {
	struct btf *vmlinux;	/* NULL: tried, none */
	struct trc_btf_funcs *funcs;	/* the indexes built so far */
	struct trc_btf_dumper *dumpers;
	char *vmlinux_path;
	const char *moddir;
	struct trc_btf_mod *mods;	/* every module tried */
	bool all_tried;		/* every module at the top of moddir */
};

/* The .ko files below the module directory, for the nftw() walk. */
static struct {
	const char *want;	/* "ext4.ko" */
	char *found;		/* malloc'ed path, or NULL */
} trc_btf_walk;

static void trc_btf_init(struct trc_ctx *ctx)
{
	struct trc_btf *b;
	const char *env;

	if (ctx->tc_btf)
		return;
	b = trc_alloc(ctx, sizeof(*b));
	ctx->tc_btf = b;
	env = getenv("TRACER_BTF");
	b->vmlinux_path = trc_strdup(ctx, env && *env ? env :
				     TRC_BTF_VMLINUX);
	env = getenv("TRACER_BTF_MODULES");
	b->moddir = trc_strdup(ctx, env && *env ? env : TRC_BTF_MODDIR);
	b->vmlinux = btf__parse(b->vmlinux_path, NULL);
	if (libbpf_get_error(b->vmlinux))
		b->vmlinux = NULL;
}

struct btf *trc_btf_vmlinux(struct trc_ctx *ctx, const char **path)
{
	trc_btf_init(ctx);
	if (path)
		*path = ctx->tc_btf->vmlinux_path;
	return ctx->tc_btf->vmlinux;
}

void trc_btf_free(struct trc_ctx *ctx)
{
	struct trc_btf *b = ctx->tc_btf;
	struct trc_btf_dumper *d;
	struct trc_btf_mod *m;

	if (!b)
		return;
	for (d = b->dumpers; d; d = d->next)
		btf_dump__free(d->d);
	for (m = b->mods; m; m = m->next)
		btf__free(m->btf);
	btf__free(b->vmlinux);
	ctx->tc_btf = NULL;
}

static int trc_btf_walk_fn(const char *path, const struct stat *st,
			   int flag, struct FTW *ftw)
{
	(void)st;
	if (flag == FTW_F && !strcmp(path + ftw->base, trc_btf_walk.want)) {
		trc_btf_walk.found = strdup(path);
		return 1;
	}
	return 0;
}

/* The BTF of module @name (split over vmlinux), or NULL. */
static struct btf *trc_btf_module(struct trc_ctx *ctx, const char *name)
{
	struct trc_btf *b = ctx->tc_btf;
	struct trc_btf_mod *m;
	char *path, *ko;

	for (m = b->mods; m; m = m->next)
		if (!strcmp(m->name, name))
			return m->btf;
	m = trc_alloc(ctx, sizeof(*m));
	m->name = trc_strdup(ctx, name);
	m->next = b->mods;
	b->mods = m;
	if (!b->vmlinux)
		return NULL;
	path = trc_alloc(ctx, strlen(b->moddir) + strlen(name) + 5);
	ko = path;
	sprintf(path, "%s/%s", b->moddir, name);
	if (access(path, R_OK)) {
		sprintf(path, "%s/%s.ko", b->moddir, name);
		if (access(path, R_OK)) {
			trc_btf_walk.want = path + strlen(b->moddir) + 1;
			trc_btf_walk.found = NULL;
			nftw(b->moddir, trc_btf_walk_fn, 16, FTW_PHYS);
			if (!trc_btf_walk.found)
				return NULL;
			ko = trc_strdup(ctx, trc_btf_walk.found);
			free(trc_btf_walk.found);
		}
	}
	m->btf = btf__parse_split(ko, b->vmlinux);
	if (libbpf_get_error(m->btf))
		m->btf = NULL;
	return m->btf;
}

/* Every module at the top of the module directory, once. */
static void trc_btf_all_modules(struct trc_ctx *ctx)
{
	struct trc_btf *b = ctx->tc_btf;
	struct dirent *d;
	char *name, *dot;
	DIR *dir;

	if (b->all_tried)
		return;
	b->all_tried = true;
	dir = opendir(b->moddir);
	if (!dir)
		return;
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.' || !strcmp(d->d_name, "vmlinux"))
			continue;
		name = trc_strdup(ctx, d->d_name);
		dot = strstr(name, ".ko");
		if (dot && !dot[3])
			*dot = '\0';
		else if (strchr(name, '.'))
			continue;
		trc_btf_module(ctx, name);
	}
	closedir(dir);
}

static const struct btf *trc_btf_sorting;	/* for trc_btf_func_cmp() */

static const char *trc_btf_id_name(const struct btf *btf, u32 id)
{
	return btf__name_by_offset(btf, btf__type_by_id(btf, id)->name_off);
}

static int trc_btf_func_cmp(const void *a, const void *b)
{
	return strcmp(trc_btf_id_name(trc_btf_sorting, *(const u32 *)a),
		      trc_btf_id_name(trc_btf_sorting, *(const u32 *)b));
}

/* @btf's own functions by name, indexed on first use. */
static struct trc_btf_funcs *trc_btf_funcs(struct trc_ctx *ctx,
					   const struct btf *btf)
{
	const struct btf *base = btf__base_btf(btf);
	u32 id = base ? btf__type_cnt(base) : 1, n = btf__type_cnt(btf);
	struct trc_btf_funcs *f;

	for (f = ctx->tc_btf->funcs; f; f = f->next)
		if (f->btf == btf)
			return f;
	f = trc_alloc(ctx, sizeof(*f));
	f->btf = btf;
	f->ids = trc_alloc(ctx, (n - id + 1) * sizeof(*f->ids));
	for (; id < n; id++)
		if (btf_is_func(btf__type_by_id(btf, id)))
			f->ids[f->n++] = id;
	trc_btf_sorting = btf;
	qsort(f->ids, f->n, sizeof(*f->ids), trc_btf_func_cmp);
	f->next = ctx->tc_btf->funcs;
	ctx->tc_btf->funcs = f;
	return f;
}

/* The function @name of @btf (its base's first, as libbpf has it), or 0. */
static u32 trc_btf_func(struct trc_ctx *ctx, const struct btf *btf,
			const char *name)
{
	const struct btf *base = btf__base_btf(btf);
	const struct trc_btf_funcs *f;
	u32 lo = 0, hi, mid;
	int c;

	mid = base ? trc_btf_func(ctx, base, name) : 0;
	if (mid)
		return mid;
	f = trc_btf_funcs(ctx, btf);
	hi = f->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(name, trc_btf_id_name(btf, f->ids[mid]));
		if (!c)
			return f->ids[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static bool trc_btf_in(struct trc_ctx *ctx, struct btf *btf,
		       const char *name, int kind, struct trc_btf_ref *r)
{
	s32 id;

	if (!btf)
		return false;
	if (kind == BTF_KIND_FUNC)
		id = trc_btf_func(ctx, btf, name);
	else
		id = btf__find_by_name_kind(btf, name, kind);
	if (id <= 0)
		return false;
	r->btf = btf;
	r->id = id;
	return true;
}

int trc_btf_find(struct trc_ctx *ctx, const char *name, int kind,
		 const char *module, struct trc_btf_ref *r)
{
	struct trc_btf_mod *m;
	char *guess, *us;

	trc_btf_init(ctx);
	if (!ctx->tc_btf->vmlinux)
		return -ENOENT;
	if (module && *module && strcmp(module, "vmlinux") &&
	    strcmp(module, "kernel"))
		return trc_btf_in(ctx, trc_btf_module(ctx, module), name,
				  kind, r) ? 0 : -ENOENT;
	if (trc_btf_in(ctx, ctx->tc_btf->vmlinux, name, kind, r))
		return 0;
	guess = trc_strdup(ctx, name);
	while ((us = strrchr(guess, '_'))) {
		*us = '\0';
		if (*guess &&
		    trc_btf_in(ctx, trc_btf_module(ctx, guess), name, kind,
			       r))
			return 0;
	}
	trc_btf_all_modules(ctx);
	for (m = ctx->tc_btf->mods; m; m = m->next)
		if (trc_btf_in(ctx, m->btf, name, kind, r))
			return 0;
	return -ENOENT;
}

const struct btf_type *trc_btf_proto(struct trc_ctx *ctx, const char *func,
				     const char *module, struct trc_btf_ref *r)
{
	const struct btf_type *fn;

	if (trc_btf_find(ctx, func, BTF_KIND_FUNC, module, r))
		return NULL;
	fn = btf__type_by_id(r->btf, r->id);
	return btf__type_by_id(r->btf, fn->type);
}

static void trc_btf_vprintf(void *out, const char *fmt, va_list ap)
{
	vfprintf(out, fmt, ap);
}

struct btf_dump *trc_btf_dump(struct trc_ctx *ctx, const struct btf *btf,
			      FILE *out)
{
	struct trc_btf_dumper *d;

	trc_btf_init(ctx);
	for (d = ctx->tc_btf->dumpers; d; d = d->next)
		if (d->btf == btf && d->out == out)
			return d->d;
	d = trc_alloc(ctx, sizeof(*d));
	d->d = btf_dump__new(btf, trc_btf_vprintf, out, NULL);
	if (libbpf_get_error(d->d))
		return NULL;
	d->btf = btf;
	d->out = out;
	d->next = ctx->tc_btf->dumpers;
	ctx->tc_btf->dumpers = d;
	return d->d;
}

static void trc_btf_each_in(struct btf *btf, u32 first, int kind,
			    bool enumerators, trc_btf_each_fn fn, void *arg)
{
	const struct btf_enum64 *e64;
	const struct btf_enum *en;
	const struct btf_type *t;
	u32 id, n = btf__type_cnt(btf), i;

	for (id = first; id < n; id++) {
		t = btf__type_by_id(btf, id);
		if (!enumerators) {
			if (btf_kind(t) == kind && t->name_off)
				fn(arg, btf, id,
				   btf__name_by_offset(btf, t->name_off), 0);
		} else if (btf_is_enum(t)) {
			en = btf_enum(t);
			for (i = 0; i < btf_vlen(t); i++)
				fn(arg, btf, id,
				   btf__name_by_offset(btf, en[i].name_off),
				   en[i].val);
		} else if (btf_is_enum64(t)) {
			e64 = btf_enum64(t);
			for (i = 0; i < btf_vlen(t); i++)
				fn(arg, btf, id,
				   btf__name_by_offset(btf, e64[i].name_off),
				   (s64)btf_enum64_value(&e64[i]));
		}
	}
}

void trc_btf_each(struct trc_ctx *ctx, int kind, bool enumerators,
		  trc_btf_each_fn fn, void *arg)
{
	struct btf *vmlinux = trc_btf_vmlinux(ctx, NULL);
	struct trc_btf_mod *m;

	if (!vmlinux)
		return;
	trc_btf_each_in(vmlinux, 1, kind, enumerators, fn, arg);
	for (m = ctx->tc_btf->mods; m; m = m->next)
		if (m->btf)
			trc_btf_each_in(m->btf, btf__type_cnt(vmlinux), kind,
					enumerators, fn, arg);
}
