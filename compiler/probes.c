// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/probes.c - probe descriptions to image probes.
 *
 * A description has DTrace's four fields provider:module:function:name;
 * fewer fields fill from the right ("BEGIN" is the name alone).  Each goes
 * through three steps:
 *
 * 1. Macro arguments ($1, $$1, $target; compiler/macro.c) are replaced.
 * 2. bpftrace's spellings become DTrace's four fields (normalize):
 *      kprobe:FUNC, kretprobe:FUNC	fbt::FUNC:entry, fbt::FUNC:return
 *      interval:UNIT:N, profile:UNIT:N	profile:::tick-NUNIT, profile-NUNIT
 *      tracepoint:CAT:EVENT		tracepoint:CAT::EVENT
 * 3. A pattern -- a field with a glob (* ? [...]), or empty where the
 *    provider's probes have something (fbt's module and function, the name
 *    of any probe, the provider unless the name is BEGIN, END, ERROR,
 *    tick-N or profile-N) -- is matched against the catalogue
 *    (compiler/catalog.c) and stands for every probe it matches; anything
 *    else names one probe, resolved by trc_probe_resolve():
 *      fbt:MODULE:FUNC:entry		the function's entry (ftrace)
 *      fbt:MODULE:FUNC:return		its return (kretprobe)
 *      BEGIN, END, ERROR		also dtrace:::BEGIN, ...
 *      tick-N, profile-N		also profile:::tick-N; N as
 *					compiler/timers.c reads it
 *      tracepoint:CAT::EVENT		a tracepoint (compiler/tpsys.c)
 *      syscall::NAME:entry|return	the syscall provider (tpsys.c)
 *    When the kernel's function list cannot be read (a host without
 *    tracefs) an fbt description without globs is taken as written.
 *
 * A description that matches nothing is an error naming it (saying why
 * when it names one fbt function), unless zdefs (-Z) is set: then it is
 * dropped, and a clause left with no probe is not compiled.
 *
 * Descriptions that name the same probe share one image probe, in order of
 * first appearance; each clause keeps the indices of its probes, each once.
 * At most TR_MAX_PROBES probes in all.
 */
#include "trc_impl.h"
#include "catalog.h"

/* Replace the macro arguments ($1, $$1, $target) in @d's text. */
static int trc_pdesc_expand(struct trc_ctx *ctx, struct trc_pdesc *d)
{
	struct trc_buf out = { 0 };
	const char *p = d->text, *q, *val;
	char *name;

	if (!strchr(p, '$'))
		return 0;
	while (*p) {
		if (*p != '$') {
			trc_buf_add(ctx, &out, p++, 1);
			continue;
		}
		q = p + 1 + (p[1] == '$');
		while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
		       (*q >= '0' && *q <= '9') || *q == '_')
			q++;
		name = trc_strndup(ctx, p, q - p);
		if (trc_macro_arg(ctx, d->loc, name, &val))
			return -EINVAL;
		trc_buf_add(ctx, &out, val, strlen(val));
		p = q;
	}
	trc_buf_add(ctx, &out, "", 1);
	d->text = out.data;
	return 0;
}

/* tick-N or profile-N: the kind, or -1 for any other name. */
static int trc_timer_kind(const char *name, const char **spec)
{
	if (!strncmp(name, "tick-", 5)) {
		*spec = name + 5;
		return TR_PROBE_TICK;
	}
	if (!strncmp(name, "profile-", 8)) {
		*spec = name + 8;
		return TR_PROBE_PROFILE;
	}
	return -1;
}

static bool trc_dtrace_name(const char *name)
{
	return !strcmp(name, "BEGIN") || !strcmp(name, "END") ||
	       !strcmp(name, "ERROR");
}

/* bpftrace's interval:UNIT:N and profile:UNIT:N, as DTrace names them. */
static char *trc_pdesc_bpftrace_timer(struct trc_ctx *ctx, const char *type,
				      const char *unit, const char *count)
{
	const char *prefix = !strcmp(type, "interval") ? "tick-" : "profile-";
	size_t n = strlen(prefix) + strlen(count) + strlen(unit) + 1;
	char *name = trc_alloc(ctx, n);

	snprintf(name, n, "%s%s%s", prefix, count, unit);
	return name;
}

/* @d's four fields in @f, bpftrace's spellings turned into DTrace's. */
static int trc_pdesc_normalize(struct trc_ctx *ctx, struct trc_pdesc *d,
			       const char *f[TRC_PDESC_FIELDS])
{
	char *buf = trc_alloc(ctx, strlen(d->text) + TRC_PDESC_FIELDS);
	const char *c;
	int n = 1;

	if (!trc_pdesc_split(d->text, buf, f)) {
		trc_error(ctx, d->loc,
			  "probe description '%s' has more than four fields",
			  d->text);
		return -EINVAL;
	}
	for (c = d->text; (c = strchr(c, ':')); c++)
		n++;
	/* kprobe:FUNC and kretprobe:FUNC */
	if (n == 2 && (!strcmp(f[2], "kprobe") ||
		       !strcmp(f[2], "kretprobe"))) {
		bool ret = !strcmp(f[2], "kretprobe");

		f[2] = f[3];
		f[3] = ret ? "return" : "entry";
		f[0] = "fbt";
		if (!*f[2]) {
			trc_error(ctx, d->loc,
				  "probe description '%s' names no function",
				  d->text);
			return -EINVAL;
		}
	}
	/* tracepoint:CAT:EVENT */
	if (n == 3 && !strcmp(f[1], "tracepoint")) {
		f[0] = "tracepoint", f[1] = f[2], f[2] = "";
	}
	/* interval:UNIT:N and profile:UNIT:N */
	if (n == 3 && (!strcmp(f[1], "interval") ||
		       !strcmp(f[1], "profile"))) {
		f[3] = trc_pdesc_bpftrace_timer(ctx, f[1], f[2], f[3]);
		f[0] = "profile", f[1] = "", f[2] = "";
	}
	return 0;
}

/* Does @f stand for several probes, to be matched against the catalogue? */
static bool trc_pdesc_wild(const char *const f[TRC_PDESC_FIELDS])
{
	const char *spec;
	int i;

	for (i = 0; i < TRC_PDESC_FIELDS; i++)
		if (trc_glob_has(f[i]))
			return true;
	if (!*f[3])
		return true;
	if (!*f[0])
		return !trc_dtrace_name(f[3]) && trc_timer_kind(f[3], &spec) < 0;
	if (!strcmp(f[0], "fbt"))
		return !*f[1] || !*f[2];
	if (!strcmp(f[0], "syscall"))
		return !*f[2];
	if (!strcmp(f[0], "tracepoint"))
		return !*f[1];
	return false;
}

/* Why the fbt probe @f (no globs) is not in the catalogue, or NULL. */
static const char *trc_fbt_why(const char *const f[TRC_PDESC_FIELDS])
{
	switch (trc_catalog_fbt(f[1], f[2])) {
	case TRC_FBT_ABSENT:
		return "function cannot be probed: it is not in the kernel's available_filter_functions (no such function, or one ftrace cannot trace: notrace, inlined, or a module not loaded)";
	case TRC_FBT_BLACKLISTED:
		return "function cannot be probed: it is on the kprobe blacklist";
	case TRC_FBT_OWN:
		return "function cannot be probed: it belongs to the tracer module, which never traces itself";
	default:
		return NULL;
	}
}

/* Fill @pr from the four fields @f of @d; 0, or -EINVAL after an error. */
static int trc_probe_resolve(struct trc_ctx *ctx, struct trc_pdesc *d,
			     const char *const f[TRC_PDESC_FIELDS],
			     struct trc_probe *pr)
{
	const char *prov = f[0], *mod = f[1], *func = f[2], *name = f[3];
	const char *spec, *why;
	int kind;

	if (trc_dtrace_name(name)) {
		if ((*prov && strcmp(prov, "dtrace")) || *mod || *func) {
			trc_error(ctx, d->loc,
				  "probe description '%s': %s takes no provider, module or function",
				  d->text, name);
			return -EINVAL;
		}
		pr->kind = name[0] == 'B' ? TR_PROBE_BEGIN :
			   name[1] == 'N' ? TR_PROBE_END : TR_PROBE_ERROR;
		prov = "dtrace";
	} else if ((kind = trc_timer_kind(name, &spec)) >= 0 &&
		   (!*prov || !strcmp(prov, "profile"))) {
		if (*mod || *func) {
			trc_error(ctx, d->loc,
				  "probe description '%s': %s takes no module or function",
				  d->text, name);
			return -EINVAL;
		}
		if (trc_timer_period(ctx, d->loc, d->text, spec,
				     &pr->param))
			return -EINVAL;
		pr->kind = kind;
		prov = "profile";
	} else if (!strcmp(prov, "profile")) {
		trc_error(ctx, d->loc,
			  "probe description '%s': the profile provider has tick-N and profile-N probes, e.g. tick-1s, profile-997",
			  d->text);
		return -EINVAL;
	} else if (!*prov) {
		if (!strcmp(name, "entry") && *func)
			trc_error(ctx, d->loc,
				  "probe description '%s' names no provider; did you mean 'fbt::%s:entry'?",
				  d->text, func);
		else
			trc_error(ctx, d->loc,
				  "probe name '%s' is not supported yet",
				  name);
		return -EINVAL;
	} else if (!strcmp(prov, "tracepoint")) {
		if (trc_pdesc_tracepoint(ctx, d->loc, d->text, mod, func, name,
					 pr))
			return -EINVAL;
	} else if (!strcmp(prov, "syscall")) {
		if (trc_pdesc_syscall(ctx, d->loc, d->text, mod, func, name,
				      pr))
			return -EINVAL;
	} else if (strcmp(prov, "fbt")) {
		trc_error(ctx, d->loc,
			  "probe provider '%s' is not supported yet", prov);
		return -EINVAL;
	} else if (strcmp(name, "entry") && strcmp(name, "return")) {
		if (*name)
			trc_error(ctx, d->loc,
				  "probe name '%s' is not supported yet",
				  name);
		else
			trc_error(ctx, d->loc,
				  "probe description '%s' names no probe; fbt has 'entry' and 'return'",
				  d->text);
		return -EINVAL;
	} else if (!*func) {
		trc_error(ctx, d->loc,
			  "probe description '%s' names no function",
			  d->text);
		return -EINVAL;
	} else if ((why = trc_fbt_why(f))) {
		trc_error(ctx, d->loc,
			  "probe description '%s': %s", d->text, why);
		return -EINVAL;
	} else {
		pr->kind = name[0] == 'e' ? TR_PROBE_KPROBE :
			   TR_PROBE_KRETPROBE;
	}
	pr->desc = d->text;
	pr->provider = trc_strdup(ctx, prov);
	pr->module = trc_strdup(ctx, mod);
	pr->function = trc_strdup(ctx, func);
	pr->name = trc_strdup(ctx, name);
	pr->loc = d->loc;
	return 0;
}

/* ---- the probe table, hashed by kind and name --------------------------- */

static u32 trc_probe_hash(const struct trc_probe *pr)
{
	const char *parts[] = { pr->module, pr->function, pr->name };
	u32 h = 2166136261u ^ pr->kind;
	const char *s;
	unsigned int i;

	for (i = 0; i < 3; i++) {
		for (s = parts[i]; *s; s++)
			h = (h ^ (unsigned char)*s) * 16777619u;
		h = (h ^ ':') * 16777619u;
	}
	return h;
}

static bool trc_probe_same(const struct trc_probe *a,
			   const struct trc_probe *b)
{
	return a->kind == b->kind && !strcmp(a->module, b->module) &&
	       !strcmp(a->function, b->function) && !strcmp(a->name, b->name);
}

static void trc_probe_hash_add(struct trc_ctx *ctx, u32 i)
{
	u32 mask = ctx->tc_probe_hash_cap - 1;
	u32 h = trc_probe_hash(&ctx->tc_probes[i]) & mask;

	while (ctx->tc_probe_hash[h])
		h = (h + 1) & mask;
	ctx->tc_probe_hash[h] = i + 1;
}

/* The index of @pr in the table, added if it is new; -1 when full. */
static int trc_probe_intern(struct trc_ctx *ctx, const struct trc_probe *pr)
{
	u32 mask = ctx->tc_probe_hash_cap - 1, h, i;

	for (h = trc_probe_hash(pr) & mask; ctx->tc_probe_hash[h];
	     h = (h + 1) & mask) {
		i = ctx->tc_probe_hash[h] - 1;
		if (trc_probe_same(&ctx->tc_probes[i], pr))
			return i;
	}
	if (ctx->tc_nprobes == TR_MAX_PROBES)
		return -1;
	trc_grow(ctx, &ctx->tc_probes, &ctx->tc_probes_cap,
		 ctx->tc_nprobes + 1, sizeof(*pr));
	i = ctx->tc_nprobes++;
	ctx->tc_probes[i] = *pr;
	if (ctx->tc_nprobes * 2 > ctx->tc_probe_hash_cap) {
		ctx->tc_probe_hash_cap *= 2;
		ctx->tc_probe_hash = trc_alloc(ctx, ctx->tc_probe_hash_cap *
						    sizeof(u32));
		for (h = 0; h < ctx->tc_nprobes; h++)
			trc_probe_hash_add(ctx, h);
	} else {
		trc_probe_hash_add(ctx, i);
	}
	return i;
}

/* Give clause @cl probe @pr (once); -EINVAL past TR_MAX_PROBES. */
static int trc_clause_add_probe(struct trc_ctx *ctx, struct trc_clause *cl,
				struct trc_pdesc *d, const struct trc_probe *pr)
{
	int i = trc_probe_intern(ctx, pr);

	if (i < 0) {
		trc_error(ctx, d->loc,
			  "probe description '%s' matched %u probes, which makes more than the %u probes a program can enable",
			  d->text, d->nmatched, TR_MAX_PROBES);
		return -EINVAL;
	}
	if (ctx->tc_probes[i].last == cl)
		return 0;
	ctx->tc_probes[i].last = cl;
	trc_grow(ctx, &cl->probes, &cl->probes_cap, cl->nprobes + 1,
		 sizeof(*cl->probes));
	cl->probes[cl->nprobes++] = i;
	return 0;
}

/* ---- expansion ---------------------------------------------------------- */

struct trc_matches {
	struct trc_ctx *ctx;
	const char *const *f;
	struct trc_cprobe *v;
	u32 n, cap;
};

static int trc_match_one(const struct trc_cprobe *p, void *arg)
{
	struct trc_matches *m = arg;

	if (!trc_pdesc_match(m->f, p))
		return 0;
	trc_grow(m->ctx, &m->v, &m->cap, m->n + 1, sizeof(*m->v));
	m->v[m->n++] = *p;
	return 0;
}

/* Why the pattern @f matched nothing, as the end of the message. */
static const char *trc_nomatch_why(const char *const f[TRC_PDESC_FIELDS])
{
	const char *why;

	if (!strcmp(f[0], "fbt") && *f[3] && !trc_glob_has(f[3]) &&
	    strcmp(f[3], "entry") && strcmp(f[3], "return"))
		return "fbt's probes are named 'entry' and 'return'";
	if (strcmp(f[0], "fbt") || !*f[2] || trc_glob_has(f[1]) ||
	    trc_glob_has(f[2]) || !(why = trc_fbt_why(f)))
		return "";
	return why;
}

/*
 * Every probe the pattern @f of @d matches, into @cl.  *@fallback is set
 * when the catalogue cannot be read and @f has no glob: the caller
 * resolves it as written.
 */
static int trc_pdesc_glob(struct trc_ctx *ctx, struct trc_clause *cl,
			  struct trc_pdesc *d,
			  const char *const f[TRC_PDESC_FIELDS], bool *fallback)
{
	struct trc_matches m = { .ctx = ctx, .f = f };
	const char *why, *ef[TRC_PDESC_FIELDS];
	struct trc_pdesc exact;
	struct trc_probe pr;
	bool glob = false;
	char msg[700];
	u32 i;
	int j;

	for (j = 0; j < TRC_PDESC_FIELDS; j++)
		glob |= trc_glob_has(f[j]);
	if (trc_catalog_walk(f, trc_match_one, &m, msg, sizeof(msg))) {
		*fallback = !glob;
		if (glob)
			trc_error(ctx, d->loc,
				  "probe description '%s': %s", d->text, msg);
		return *fallback ? 0 : -EINVAL;
	}
	d->nmatched = m.n;
	if (!m.n) {
		if (ctx->tc_zdefs)
			return 0;
		why = trc_nomatch_why(f);
		trc_error(ctx, d->loc,
			  "probe description '%s' does not match any probes%s%s",
			  d->text, *why ? ": " : "", why);
		return -EINVAL;
	}
	exact = *d;
	for (i = 0; i < m.n; i++) {
		memset(&pr, 0, sizeof(pr));
		for (j = 0; j < TRC_PDESC_FIELDS; j++)
			ef[j] = m.v[i].f[j];
		/* a description without globs keeps its spelling */
		if (m.n > 1 || glob) {
			exact.text = trc_alloc(ctx, strlen(ef[0]) +
					       strlen(ef[1]) + strlen(ef[2]) +
					       strlen(ef[3]) + 4);
			sprintf(exact.text, "%s:%s:%s:%s", ef[0], ef[1],
				ef[2], ef[3]);
		}
		if (trc_probe_resolve(ctx, &exact, ef, &pr) ||
		    trc_clause_add_probe(ctx, cl, d, &pr))
			return -EINVAL;
	}
	return 0;
}

/* The probes of description @d, into clause @cl. */
static int trc_pdesc_probes(struct trc_ctx *ctx, struct trc_clause *cl,
			    struct trc_pdesc *d)
{
	const char *f[TRC_PDESC_FIELDS];
	bool fallback = false;
	struct trc_probe pr;

	if (trc_pdesc_expand(ctx, d) || trc_pdesc_normalize(ctx, d, f))
		return -EINVAL;
	if (trc_pdesc_wild(f)) {
		if (trc_pdesc_glob(ctx, cl, d, f, &fallback))
			return -EINVAL;
		if (!fallback)
			return 0;
	}
	if (ctx->tc_zdefs && !strcmp(f[0], "fbt") && trc_fbt_why(f))
		return 0;	/* -Z: an fbt function that is no probe */
	memset(&pr, 0, sizeof(pr));
	if (trc_probe_resolve(ctx, d, f, &pr))
		return -EINVAL;
	d->nmatched = 1;
	return trc_clause_add_probe(ctx, cl, d, &pr);
}

int trc_probes(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	struct trc_pdesc *d;
	int err = 0;

	ctx->tc_probe_hash_cap = 64;
	ctx->tc_probe_hash = trc_alloc(ctx, 64 * sizeof(u32));
	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		for (d = cl->pdescs; d; d = d->next)
			if (trc_pdesc_probes(ctx, cl, d))
				err = -EINVAL;
	if (trc_macro_check(ctx))
		err = -EINVAL;
	if (!err && !ctx->tc_clauses) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "the program has no clauses");
		err = -EINVAL;
	}
	return err;
}
