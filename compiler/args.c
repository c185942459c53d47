// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/args.c - args->FIELD in tracepoint and syscall probes: the
 * field's place and D type, from the event's format file in tracefs
 * (compiler/tracefs.c).
 *
 *   tracepoint probes	a field of the record: integers and pointers with
 *			the size and signedness of the format (a pointer is
 *			a 64-bit integer), char NAME[N] a string of at most
 *			N - 1 characters, __data_loc char[] a string of at
 *			most strsize - 1; codegen reads them through the
 *			probe record region (PCTX, LDX, STRCPY)
 *   syscall probes	syscall::NAME:entry|return and the syscalls
 *			category's events, which have no record (they are
 *			served from the raw sys_enter / sys_exit
 *			tracepoints): the format of sys_enter_NAME /
 *			sys_exit_NAME names the arguments, so its k-th field
 *			after __syscall_nr is argk, ret is the return value
 *			(arg0), __syscall_nr the syscall number (a constant)
 *
 * Every probe of the clause must give the field the same place and type.
 * An unknown field is an error that lists the event's fields; args in any
 * other probe is an error.
 */
#include "trc_impl.h"
#include "catalog.h"

static bool trc_args_kind(const struct trc_probe *pr)
{
	return pr->kind == TR_PROBE_SYSCALL_ENTRY ||
	       pr->kind == TR_PROBE_SYSCALL_RETURN ||
	       pr->kind == TR_PROBE_TRACEPOINT;
}

/* Try the format of syscalls:@prefix@name (see compiler/syscalls.c). */
static struct trc_tpformat *trc_args_sys_format(struct trc_ctx *ctx,
						struct trc_probe *pr,
						const char *prefix)
{
	static const char *const forms[] = { "%s%s", "%snew%s", "%s%s64" };
	char event[128];
	u32 i;

	for (i = 0; i < ARRAY_SIZE(forms) && !pr->fmt; i++) {
		snprintf(event, sizeof(event), forms[i], prefix, pr->function);
		pr->fmt = trc_tracefs_format(ctx, "syscalls", event);
		if (!i || pr->fmt)	/* the error names the first */
			pr->fmt_event = trc_strdup(ctx, event);
	}
	return pr->fmt;
}

/* The format of @pr's event, read at its first args->; NULL if none. */
static struct trc_tpformat *trc_args_format(struct trc_ctx *ctx,
					    struct trc_loc loc,
					    struct trc_probe *pr)
{
	bool entry = pr->kind == TR_PROBE_SYSCALL_ENTRY;
	const char *cat = "syscalls";
	int err;

	if (pr->fmt)
		return pr->fmt;
	if (!strcmp(pr->provider, "tracepoint")) {
		cat = pr->module;
		pr->fmt_event = pr->name;
		pr->fmt = trc_tracefs_format(ctx, cat, pr->name);
	} else {
		trc_args_sys_format(ctx, pr, entry ? "sys_enter_" :
						     "sys_exit_");
	}
	if (!pr->fmt) {
		err = errno;
		trc_error(ctx, loc,
			  "args-> in '%s': cannot read %s/events/%s/%s/format (%s)",
			  pr->desc, trc_tracefs_root(), cat, pr->fmt_event,
			  strerror(err));
	}
	return pr->fmt;
}

/* Unknown field @name of @pr: say which there are. */
static void trc_args_unknown(struct trc_ctx *ctx, struct trc_loc loc,
			     const struct trc_probe *pr, const char *name)
{
	struct trc_buf list = { 0 };
	u32 i;

	for (i = 0; i < pr->fmt->nfields; i++) {
		if (i)
			trc_buf_add(ctx, &list, ", ", 2);
		trc_buf_add(ctx, &list, pr->fmt->fields[i].name,
			    strlen(pr->fmt->fields[i].name));
	}
	trc_buf_add(ctx, &list, "", 1);
	trc_error(ctx, loc, "%s has no field args->%s; its fields: %s",
		  pr->desc, name, list.data);
}

/* Where a syscall probe finds field @f, the @k-th of its format. */
static int trc_args_sys_ref(struct trc_ctx *ctx, struct trc_loc loc,
			    const struct trc_probe *pr,
			    const struct trc_tpfield *f, struct trc_argref *ref)
{
	u32 i, n = 0;

	if (!strcmp(f->name, "__syscall_nr")) {
		*ref = (struct trc_argref){ .kind = TRC_ARG_NR,
					    .n = pr->param, .size = 4,
					    .is_signed = true };
		return 0;
	}
	if (strncmp(f->name, "common_", 7) && f->kind == TRC_TPF_INT) {
		for (i = 0; &pr->fmt->fields[i] != f; i++)
			n += strncmp(pr->fmt->fields[i].name, "common_", 7) &&
			     strcmp(pr->fmt->fields[i].name, "__syscall_nr");
		if (n < 6) {
			*ref = (struct trc_argref){ .kind = TRC_ARG_ARGN,
						    .n = n, .size = f->size,
						    .is_signed = f->is_signed };
			return 0;
		}
	}
	trc_error(ctx, loc,
		  "args->%s is not available in %s: syscall probes have the arguments, ret and __syscall_nr",
		  f->name, pr->desc);
	return -EINVAL;
}

/* Where probe @pr finds args->@name, in @ref. */
static int trc_args_ref(struct trc_ctx *ctx, struct trc_loc loc,
			struct trc_probe *pr, const char *name,
			struct trc_argref *ref)
{
	const struct trc_tpfield *f = NULL;
	u32 i;

	if (!trc_args_kind(pr)) {
		trc_error(ctx, loc,
			  "args->%s in a clause of '%s': args->FIELD is only defined in tracepoint and syscall probes (fbt probes have args[N])",
			  name, pr->desc);
		return -EINVAL;
	}
	if (!trc_args_format(ctx, loc, pr))
		return -EINVAL;
	for (i = 0; i < pr->fmt->nfields && !f; i++)
		if (!strcmp(pr->fmt->fields[i].name, name))
			f = &pr->fmt->fields[i];
	if (!f) {
		trc_args_unknown(ctx, loc, pr, name);
		return -EINVAL;
	}
	if (pr->kind != TR_PROBE_TRACEPOINT)
		return trc_args_sys_ref(ctx, loc, pr, f, ref);
	*ref = (struct trc_argref){ .off = f->off, .size = f->size,
				    .is_signed = f->is_signed };
	switch (f->kind) {
	case TRC_TPF_INT:
		ref->kind = TRC_ARG_REC_INT;
		return 0;
	case TRC_TPF_CHARS:
		ref->kind = TRC_ARG_REC_CHARS;
		return 0;
	case TRC_TPF_DATALOC:
		ref->kind = TRC_ARG_REC_DATALOC;
		return 0;
	case TRC_TPF_OTHER:
		break;
	}
	trc_error(ctx, loc,
		  "args->%s of %s is '%s': only integers, pointers and strings can be read",
		  name, pr->desc, f->decl);
	return -EINVAL;
}

static bool trc_args_same(const struct trc_argref *a,
			  const struct trc_argref *b)
{
	return a->kind == b->kind && a->n == b->n && a->off == b->off &&
	       a->size == b->size && a->is_signed == b->is_signed;
}

int trc_sema_args_member(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_argref ref, *first = NULL;
	struct trc_probe *pr, *first_pr = NULL;
	u32 i;

	for (i = 0; i < ctx->tc_clause->nprobes; i++) {
		pr = &ctx->tc_probes[ctx->tc_clause->probes[i]];
		if (trc_args_ref(ctx, e->loc, pr, e->str, &ref))
			return -EINVAL;
		if (!first) {
			first = trc_alloc(ctx, sizeof(*first));
			*first = ref;
			first_pr = pr;
		} else if (!trc_args_same(first, &ref)) {
			trc_error(ctx, e->loc,
				  "args->%s differs between '%s' and '%s', which share this clause",
				  e->str, first_pr->desc, pr->desc);
			return -EINVAL;
		}
	}
	e->argref = first;
	switch (first->kind) {
	case TRC_ARG_REC_CHARS:
		e->type = (struct trc_type){ TRC_T_STR, false, first->size,
					     NULL };
		break;
	case TRC_ARG_REC_DATALOC:
		e->type = (struct trc_type){ TRC_T_STR, false,
					     ctx->tc_strsize, NULL };
		break;
	default:
		e->type = (struct trc_type){ TRC_T_INT, first->is_signed,
					     first->size, NULL };
	}
	return 0;
}
