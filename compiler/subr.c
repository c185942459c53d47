// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/subr.c - D's subroutines that compute a value (strlen(),
 * strjoin(), substr(), ... rand()): their D signatures and their type
 * checking.  Each one is a helper of include/tracer/helpers.h, run by one
 * CALL instruction; codegen.c lays out its argument registers from the
 * signature here:
 *
 *   R[a]      the result buffer (a string result only), strsize bytes of
 *             scratch reserved for this call
 *   then      the D arguments in order, strings as VM addresses (an 'n'
 *             argument, a string or NULL, passes NULL as 0)
 *   then      the default of each optional argument left out
 *   then      (index, rindex) 1 if the optional argument was given, else 0
 *
 * A string result has type string of strsize bytes (the strsize option),
 * as in DTrace; integer results have their DTrace types.  copyin(addr, n)
 * returns DTrace's void *: the VM address of n bytes of scratch, typed
 * here as a 64-bit unsigned integer until the compiler has pointer types
 * (then `(T *)copyin(addr, n)` reads them through LDX).
 *
 * kmem: stringof(integer) reads a kernel char * and copyinstr(addr[, n])
 * a user string, both without faulting (common/helpers.c).
 */
#include "trc_impl.h"
#include "tracer/helpers.h"

#define TRC_T_SIZE_T	((struct trc_type){ TRC_T_INT, false, 8, NULL })
#define TRC_T_STRING	((struct trc_type){ TRC_T_STR, false, 0, NULL })
#define TRC_T_UINTPTR	((struct trc_type){ TRC_T_INT, false, 8, NULL })

static const struct trc_subr trc_subrs[] = {
	[TR_HLP_STRLEN]   = { "s",    TRC_T_SIZE_T, 0, false },
	[TR_HLP_STRJOIN]  = { "ss",   TRC_T_STRING, 0, false },
	[TR_HLP_SUBSTR]   = { "si|i", TRC_T_STRING, TRC_SUBR_STRSIZE, false },
	[TR_HLP_INDEX]    = { "ss|i", TRC_TYPE_INT, 0, true },
	[TR_HLP_RINDEX]   = { "ss|i", TRC_TYPE_INT, 0, true },
	[TR_HLP_STRSTR]   = { "ss",   TRC_T_STRING, 0, false },
	[TR_HLP_STRCHR]   = { "si",   TRC_T_STRING, 0, false },
	[TR_HLP_STRRCHR]  = { "si",   TRC_T_STRING, 0, false },
	[TR_HLP_BASENAME] = { "s",    TRC_T_STRING, 0, false },
	[TR_HLP_DIRNAME]  = { "s",    TRC_T_STRING, 0, false },
	[TR_HLP_LLTOSTR]  = { "i|i",  TRC_T_STRING, 10, false },
	[TR_HLP_TOUPPER]  = { "s",    TRC_T_STRING, 0, false },
	[TR_HLP_TOLOWER]  = { "s",    TRC_T_STRING, 0, false },
	[TR_HLP_RAND]     = { "",     TRC_TYPE_INT, 0, false },
	/* not a value: an action or a key, sema.c's trc_sema_stack() */
	[TR_HLP_STACK]    = { NULL,   TRC_TYPE_INT, 0, false },
	[TR_HLP_STRTOK]   = { "ns",   TRC_T_STRING, 0, false },
	/* kmem: stringof(integer), a kernel char *; copyinstr(addr[, n]) */
	[TR_HLP_KSTR]     = { "i",    TRC_T_STRING, 0, false },
	[TR_HLP_COPYINSTR] = { "i|i", TRC_T_STRING, TRC_SUBR_STRSIZE, false },
	/* void * to n bytes of scratch: codegen.c's trc_gen_subr() */
	[TR_HLP_COPYIN]   = { "ii",   TRC_T_UINTPTR, 0, false },
	/* no D spelling: the BTF code's char arrays and struct copies */
	[TR_HLP_KCOPY]    = { NULL,   TRC_T_UINTPTR, 0, false },
	/* not a value: as stack() above */
	[TR_HLP_USTACK]   = { NULL,   TRC_TYPE_INT, 0, false },
};
TR_STATIC_ASSERT(ARRAY_SIZE(trc_subrs) == TR_NHELPERS,
		 "a D signature for every helper");

int trc_subr_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < TR_NHELPERS; i++)
		if (trc_subrs[i].args && !strcmp(name, tr_helper_table[i].name))
			return i;
	return -1;
}

const struct trc_subr *trc_subr_sig(int id)
{
	return &trc_subrs[id];
}

/* "strjoin(string, string)" for messages. */
static void trc_subr_proto(int id, char *buf, size_t len)
{
	const char *p = trc_subrs[id].args;
	size_t n;
	bool opt = false, first = true;

	n = snprintf(buf, len, "%s(", tr_helper_table[id].name);
	for (; *p && n < len; p++) {
		if (*p == '|') {
			opt = true;
			n += snprintf(buf + n, len - n, "[");
			continue;
		}
		n += snprintf(buf + n, len - n, "%s%s", first ? "" : ", ",
			      *p == 's' ? "string" : *p == 'n' ?
			      "string or NULL" : "int");
		first = false;
	}
	if (n < len)
		snprintf(buf + n, len - n, "%s)", opt ? "]" : "");
}

void trc_subr_prepare(struct trc_expr *e, int id)
{
	const char *p = trc_subrs[id].args;
	struct trc_expr *a;

	for (a = e->args; a && *p; a = a->next, p++) {
		if (*p == '|')
			p++;
		if (*p == 'n' && a->kind == TRC_E_IDENT &&
		    !strcmp(a->str, "NULL")) {
			a->kind = TRC_E_INT;
			a->ival = 0;
			a->type = TRC_TYPE_INT;
		}
	}
}

int trc_sema_subr(struct trc_ctx *ctx, struct trc_expr *e, int id)
{
	const struct trc_subr *sd = &trc_subrs[id];
	const char *p = sd->args;
	unsigned int min = 0, max = 0, i = 0;
	struct trc_expr *a;
	char proto[96];
	bool want_str;

	for (; *p; p++) {
		if (*p == '|')
			min = max;
		else
			max++;
	}
	if (!strchr(sd->args, '|'))
		min = max;
	trc_subr_proto(id, proto, sizeof(proto));
	if (e->nargs < min || e->nargs > max) {
		trc_error(ctx, e->loc, "%s takes %s%u argument%s, not %u",
			  proto, min == max ? "" : "at least ", min,
			  min == 1 ? "" : "s", e->nargs);
		return -EINVAL;
	}
	for (p = sd->args, a = e->args; a; a = a->next, p++, i++) {
		if (*p == '|')
			p++;
		want_str = *p == 's' || *p == 'n';
		if (*p == 'n' && a->kind == TRC_E_INT && !a->ival)
			continue;	/* NULL */
		if (want_str != (a->type.kind == TRC_T_STR)) {
			trc_error(ctx, a->loc,
				  "argument %u of %s must be %s, not %s",
				  i + 1, proto,
				  want_str ? "a string" : "an integer",
				  a->type.kind == TRC_T_STR ? "a string" :
							      "an integer");
			return -EINVAL;
		}
	}
	if (id == TR_HLP_COPYIN && e->args->next->kind == TRC_E_INT &&
	    (e->args->next->ival < 1 || e->args->next->ival > TR_C_MAX)) {
		trc_error(ctx, e->args->next->loc,
			  "copyin(addr, %lld): the size must be 1 to %u bytes",
			  (long long)e->args->next->ival, TR_C_MAX);
		return -EINVAL;
	}
	e->subr = id;
	e->type = sd->ret;
	if (e->type.kind == TRC_T_STR)
		e->type.size = ctx->tc_strsize;
	return 0;
}

u32 trc_subr_buf_size(struct trc_ctx *ctx, const struct trc_expr *e)
{
	const struct trc_expr *n = e->args->next;

	return n->kind == TRC_E_INT ? (u32)n->ival : ctx->tc_strsize;
}
