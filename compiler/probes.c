// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/probes.c - probe descriptions to image probes.
 *
 * A description has DTrace's four fields provider:module:function:name;
 * fewer fields fill from the right ("BEGIN" is the name alone).  Accepted:
 *
 *   fbt:MODULE:FUNC:entry	a kprobe on FUNC (MODULE may be empty; it is
 *				kept for printing, the kernel finds FUNC by
 *				name wherever it lives)
 *   kprobe:FUNC		bpftrace's spelling of the same probe
 *   fbt:MODULE:FUNC:return	a kretprobe on FUNC; kretprobe:FUNC
 *   BEGIN, END, ERROR		also dtrace:::BEGIN, dtrace:::END, ...
 *   tick-N, profile-N		also profile:::tick-N and
 *				profile:::profile-N; N as compiler/timers.c
 *				reads it
 *   interval:UNIT:N		bpftrace's tick-N; profile:UNIT:N its
 *				profile-N (UNIT hz, s, ms, us)
 *   tracepoint:CAT::EVENT	a tracepoint; bpftrace's tracepoint:CAT:EVENT
 *   syscall::NAME:entry	the syscall provider (also :return)
 *				(tpsys: both resolved by compiler/tpsys.c)
 *
 * Macro arguments ($1, $$1, $target; compiler/macro.c) are replaced first.
 * Everything else (other providers, other names, globbing) is an error that
 * says what is not supported yet.  Descriptions that name the same probe
 * share one image probe, in order of first appearance; the clause keeps the
 * index in each trc_pdesc.
 */
#include "trc_impl.h"

#define TRC_PDESC_FIELDS	4

/* Split @text at ':' into the four fields; false if there are more. */
static bool trc_pdesc_split(struct trc_ctx *ctx, const char *text,
			    char *f[TRC_PDESC_FIELDS], int *nfields)
{
	const char *parts[TRC_PDESC_FIELDS + 1];
	size_t lens[TRC_PDESC_FIELDS + 1];
	const char *p = text, *c;
	int n = 0, i;

	for (;;) {
		c = strchr(p, ':');
		if (n == TRC_PDESC_FIELDS)
			return false;
		parts[n] = p;
		lens[n++] = c ? (size_t)(c - p) : strlen(p);
		if (!c)
			break;
		p = c + 1;
	}
	for (i = 0; i < TRC_PDESC_FIELDS; i++)
		f[i] = "";
	for (i = 0; i < n; i++)
		f[TRC_PDESC_FIELDS - n + i] = trc_strndup(ctx, parts[i],
							  lens[i]);
	*nfields = n;
	return true;
}

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

/* Fill @pr from @d; 0 or -EINVAL after reporting why it is unsupported. */
static int trc_pdesc_resolve(struct trc_ctx *ctx, struct trc_pdesc *d,
			     struct trc_probe *pr)
{
	char *f[TRC_PDESC_FIELDS], *prov, *mod, *func, *name;
	const char *spec;
	int n, kind;

	if (strpbrk(d->text, "*?[]!")) {
		trc_error(ctx, d->loc,
			  "probe description '%s': globbing is not supported yet",
			  d->text);
		return -EINVAL;
	}
	if (!trc_pdesc_split(ctx, d->text, f, &n)) {
		trc_error(ctx, d->loc,
			  "probe description '%s' has more than four fields",
			  d->text);
		return -EINVAL;
	}
	prov = f[0], mod = f[1], func = f[2], name = f[3];

	/* bpftrace's kprobe:FUNC and kretprobe:FUNC */
	if (n == 2 && (!strcmp(func, "kprobe") || !strcmp(func, "kretprobe"))) {
		char *target = name;

		prov = "fbt";
		name = !strcmp(func, "kprobe") ? "entry" : "return";
		func = target;
		if (!*func) {
			trc_error(ctx, d->loc,
				  "probe description '%s' names no function",
				  d->text);
			return -EINVAL;
		}
	}

	/* bpftrace's tracepoint:CATEGORY:EVENT (tpsys) */
	if (n == 3 && !strcmp(mod, "tracepoint")) {
		prov = "tracepoint";
		mod = func;
		func = "";
	}

	/* bpftrace's interval:UNIT:N and profile:UNIT:N */
	if (n == 3 && (!strcmp(mod, "interval") || !strcmp(mod, "profile"))) {
		name = trc_pdesc_bpftrace_timer(ctx, mod, func, name);
		prov = "profile", mod = "", func = "";
	}

	if (!strcmp(name, "BEGIN") || !strcmp(name, "END") ||
	    !strcmp(name, "ERROR")) {
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
	} else if (!strcmp(prov, "tracepoint")) {	/* tpsys */
		if (trc_pdesc_tracepoint(ctx, d->loc, d->text, mod, func, name,
					 pr))
			return -EINVAL;
	} else if (!strcmp(prov, "syscall")) {		/* tpsys */
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
	} else {
		pr->kind = name[0] == 'e' ? TR_PROBE_KPROBE :
			   TR_PROBE_KRETPROBE;
	}
	pr->desc = d->text;
	pr->provider = prov;
	pr->module = mod;
	pr->function = func;
	pr->name = name;
	pr->loc = d->loc;
	return 0;
}

/*
 * Do @a and @b name the same probe?  fbt's module is for printing only;
 * tpsys: a tracepoint's category is part of its name, and syscall::read:entry
 * and tracepoint:syscalls::sys_enter_read differ in probeprov and args->.
 */
static bool trc_probe_same(const struct trc_probe *a,
			   const struct trc_probe *b)
{
	if (a->kind != b->kind || strcmp(a->function, b->function) ||
	    strcmp(a->name, b->name))
		return false;
	if (a->kind != TR_PROBE_SYSCALL_ENTRY &&
	    a->kind != TR_PROBE_SYSCALL_RETURN &&
	    a->kind != TR_PROBE_TRACEPOINT)
		return true;
	return !strcmp(a->provider, b->provider) &&
	       !strcmp(a->module, b->module);
}

static int trc_probe_find(struct trc_ctx *ctx, const struct trc_probe *pr)
{
	u32 i;

	for (i = 0; i < ctx->tc_nprobes; i++)
		if (trc_probe_same(&ctx->tc_probes[i], pr))
			return i;
	return -1;
}

int trc_probes(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	struct trc_pdesc *d;
	struct trc_probe pr;
	int err = 0, i;

	for (cl = ctx->tc_clauses; cl; cl = cl->next) {
		for (d = cl->pdescs; d; d = d->next) {
			memset(&pr, 0, sizeof(pr));
			if (trc_pdesc_expand(ctx, d)) {
				err = -EINVAL;
				continue;
			}
			if (trc_pdesc_resolve(ctx, d, &pr)) {
				err = -EINVAL;
				continue;
			}
			i = trc_probe_find(ctx, &pr);
			if (i < 0) {
				if (ctx->tc_nprobes == TR_MAX_PROBES) {
					trc_error(ctx, d->loc,
						  "too many probes (at most %u)",
						  TR_MAX_PROBES);
					return -EINVAL;
				}
				trc_grow(ctx, &ctx->tc_probes,
					 &ctx->tc_probes_cap,
					 ctx->tc_nprobes + 1, sizeof(pr));
				i = ctx->tc_nprobes++;
				ctx->tc_probes[i] = pr;
			}
			d->probe = i;
		}
	}
	if (trc_macro_check(ctx))
		err = -EINVAL;
	if (!err && !ctx->tc_clauses) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "the program has no clauses");
		err = -EINVAL;
	}
	return err;
}
