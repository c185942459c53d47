// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/sema.c - names, types and actions.
 *
 * For every clause: the predicate must be an integer; every statement must
 * be an action (printf, exit, trace, stack, ustack, func, sym, usym,
 * ufunc, uaddr, umod, the aggregation actions), an aggregation assignment
 * (@name[keys] = count() / sum(x)) or a variable assignment (vars.c).
 * Identifiers resolve to the builtins of include/tracer/builtins.h or to
 * variables (vars.c); anything else is an error that suggests the closest
 * name.  Every expression gets a D type
 * (struct trc_type):
 *
 *   literals		int (4 bytes) when they fit, else as in C
 *   builtins		their D type from TR_BUILTINS
 *   - + ~		the operand, at least 4 bytes
 *   ! && || ^^ and comparisons	int
 *   other binary	at least 4 bytes, the larger operand's size; unsigned
 *			if either operand is (so timestamp and uid compare
 *			and divide unsigned)
 *   ?:			both integers (as above) or both strings (the
 *			larger size)
 * Values are 64 bits wide at run time whatever their type: the type only
 * chooses signed or unsigned operations and says how keys and records are
 * printed.
 *
 * Aggregations get ids in order of first use; every use must agree on the
 * function and on the number and kinds of keys.  Integer keys take the
 * largest size any use gives them, string keys the longest string.  The key
 * layout (8-aligned slots) is decided here, before codegen.
 */
#include "trc_impl.h"
#include "tracer/agg.h"
#include "tracer/helpers.h"

/* ---- builtins ------------------------------------------------------- */

static const char *const trc_builtin_names[TR_NBUILTINS] = {
#define TRC_X_NAME(name, dname, kind, size, sgn, dtype) [TR_BI_##name] = dname,
	TR_BUILTINS(TRC_X_NAME)
#undef TRC_X_NAME
};

static const struct trc_type trc_builtin_types[TR_NBUILTINS] = {
#define TRC_X_TYPE(name, dname, kind, size, sgn, dtype)			\
	[TR_BI_##name] = { TRC_T_##kind, sgn, size },
	TR_BUILTINS(TRC_X_TYPE)
#undef TRC_X_TYPE
};

/* D builtins this compiler knows of but does not provide yet. */
static const char *const trc_unsupported_builtins[] = {
	"curcpu", "curpsinfo", "cwd",
	"execargs", "ipl", "root", "stackdepth", "ucaller",
	"uregs", "ustackdepth", "zonename",
};

/* bpftrace spellings, for "did you mean". */
static const char *const trc_builtin_aliases[][2] = {
	{ "comm", "execname" },
	{ "nsecs", "timestamp" },
	{ "func", "probefunc" },
	{ "probe", "probefunc" },
};

static const char *const trc_functions[] = {
	"avg", "clear", "count", "denormalize", "exit", "llquantize",
	"lquantize", "max", "min", "normalize", "printa", "printf",
	"quantize", "stddev", "sum", "trace", "trunc",
};

static const char *const trc_unsupported_functions[] = {
	"commit", "copyin", "copyinstr", "discard",
	"ftruncate", "jstack", "mod", "print", "printm", "raise", "speculate",
	"stop", "system",
	"tracemem",
};

static bool trc_in(const char *s, const char *const *list, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

#define TRC_IN(s, list)	trc_in(s, list, ARRAY_SIZE(list))

static bool trc_type_is_unsigned(struct trc_type t)
{
	return t.kind == TRC_T_INT && !t.is_signed;
}

bool trc_binop_unsigned(const struct trc_expr *e)
{
	if (e->op == TRC_BIN_SHR || e->op == TRC_BIN_SHL)
		return trc_type_is_unsigned(e->l->type);
	return trc_type_is_unsigned(e->l->type) ||
	       trc_type_is_unsigned(e->r->type);
}

/*
 * retval (bpftrace's name; DTrace's fbt return probes have the value in
 * arg1 only) exists where every probe of the clause is a return probe:
 * fbt's, or the syscall provider's.
 */
static int trc_sema_retval(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_clause *cl = ctx->tc_clause;
	const struct trc_probe *p;
	u32 i;

	for (i = 0; cl && i < cl->nprobes; i++) {
		p = &ctx->tc_probes[cl->probes[i]];
		if (p->kind == TR_PROBE_KRETPROBE ||
		    p->kind == TR_PROBE_SYSCALL_RETURN)
			continue;
		trc_error(ctx, e->loc,
			  "retval is only valid in return probes (fbt::FUNC:return, kretprobe:FUNC, syscall::NAME:return), and this clause's probe %s is not one",
			  p->desc);
		return -EINVAL;
	}
	return 0;
}

static int trc_sema_ident(struct trc_ctx *ctx, struct trc_expr *e)
{
	const char *hint;
	unsigned int i;
	s64 val;

	for (i = 0; i < TR_NBUILTINS; i++) {
		if (!strcmp(e->str, trc_builtin_names[i]) ||
		    (i == TR_BI_CURTHREAD && !strcmp(e->str, "curtask"))) {
			e->builtin = i;
			e->type = trc_builtin_types[i];
			if (i == TR_BI_RETVAL)
				return trc_sema_retval(ctx, e);
			return i == TR_BI_CURTHREAD ?
			       trc_sema_curthread(ctx, e) : 0;
		}
	}
	if (trc_vars_ident(ctx, e))
		return trc_sema_var(ctx, e);
	if (!strcmp(e->str, "NULL")) {	/* D's built-in (void *)0 */
		e->kind = TRC_E_INT;
		e->ival = 0;
		e->type = TRC_TYPE_INT;
		return 0;
	}
	if (trc_ctype_enumerator(ctx, e->str, &val)) {	/* btf */
		e->kind = TRC_E_INT;
		e->ival = (u64)val;
		e->type = val == (s32)val ? TRC_TYPE_INT :
			  (struct trc_type){ TRC_T_INT, true, 8, NULL };
		return 0;
	}
	if (TRC_IN(e->str, trc_unsupported_builtins)) {
		trc_error(ctx, e->loc, "builtin '%s' is not supported yet",
			  e->str);
		return -EINVAL;
	}
	hint = trc_closest(e->str, trc_builtin_names, TR_NBUILTINS);
	for (i = 0; !hint && i < ARRAY_SIZE(trc_builtin_aliases); i++)
		if (!strcmp(e->str, trc_builtin_aliases[i][0]))
			hint = trc_builtin_aliases[i][1];
	if (hint)
		trc_error(ctx, e->loc,
			  "unknown builtin '%s'; did you mean '%s'?", e->str,
			  hint);
	else
		trc_error(ctx, e->loc,
			  "unknown identifier '%s': no builtin or variable of that name is assigned anywhere",
			  e->str);
	return -EINVAL;
}

/* A call where a value is expected: never valid in this language. */
static int trc_sema_call(struct trc_ctx *ctx, struct trc_expr *e)
{
	const char *hint;

	if (trc_aggfunc_lookup(e->str) >= 0)
		trc_error(ctx, e->loc,
			  "%s() can only be assigned to an aggregation, as in @ = %s(%s)",
			  e->str, e->str, strcmp(e->str, "count") ? "x" : "");
	else if (!strcmp(e->str, "printf") || !strcmp(e->str, "exit") ||
		 !strcmp(e->str, "trace") || trc_aggaction_kind(e->str) >= 0)
		trc_error(ctx, e->loc,
			  "%s() is an action and has no value", e->str);
	else if (TRC_IN(e->str, trc_unsupported_functions))
		trc_error(ctx, e->loc, "function '%s' is not supported yet",
			  e->str);
	else if ((hint = trc_closest(e->str, trc_functions,
				     ARRAY_SIZE(trc_functions))))
		trc_error(ctx, e->loc,
			  "unknown function '%s'; did you mean '%s'?", e->str,
			  hint);
	else
		trc_error(ctx, e->loc, "unknown function '%s'", e->str);
	return -EINVAL;
}

static bool trc_is_stack_call(const struct trc_expr *e);

static const char *trc_kind_name(struct trc_type t)
{
	t.ct = NULL;	/* the kind only */
	return trc_type_what(t);
}

static struct trc_type trc_promote(struct trc_type t)
{
	if (t.size < 4)
		t = TRC_TYPE_INT;
	return t;
}

static struct trc_type trc_common(struct trc_type a, struct trc_type b)
{
	struct trc_type t = { TRC_T_INT, a.is_signed && b.is_signed,
			      a.size > b.size ? a.size : b.size, NULL };

	return trc_promote(t);
}

static bool trc_is_compare(int op)
{
	return op >= TRC_BIN_LT && op <= TRC_BIN_NE;
}

static bool trc_is_logical(int op)
{
	return op == TRC_BIN_LAND || op == TRC_BIN_LOR || op == TRC_BIN_LXOR;
}

static int trc_sema_args(struct trc_ctx *ctx, struct trc_expr *args);

/*
 * A string compared with NULL (or 0): DTrace compares strings with
 * dtrace_strncmp(), which reads a NULL string as "", and the string
 * subroutines that return NULL in DTrace return "" here (common/helpers.c),
 * so `strstr(s, t) != NULL` means the same in both.
 */
static void trc_null_as_string(struct trc_expr *e, const struct trc_expr *o)
{
	if (e->kind != TRC_E_INT || e->ival || o->type.kind != TRC_T_STR)
		return;
	e->kind = TRC_E_STR;
	e->str = "";
	e->len = 0;
	e->type = (struct trc_type){ TRC_T_STR, false, 1, NULL };
}

static int trc_sema_binary(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_type l, r;
	const char *name = trc_binop_names[e->op];

	if (trc_sema_expr(ctx, e->l) || trc_sema_expr(ctx, e->r))
		return -EINVAL;
	if (trc_is_compare(e->op)) {
		trc_null_as_string(e->l, e->r);
		trc_null_as_string(e->r, e->l);
	}
	l = e->l->type;
	r = e->r->type;
	if (trc_is_compare(e->op)) {
		/* btf: a char * or char array compares as its string */
		if (l.kind == TRC_T_STR && trc_kdata_string(ctx, e->r, false))
			r = e->r->type;
		else if (r.kind == TRC_T_STR &&
			 trc_kdata_string(ctx, e->l, false))
			l = e->l->type;
		if (l.kind != r.kind) {
			trc_error(ctx, e->loc,
				  "cannot compare %s with %s using '%s'",
				  trc_kind_name(l), trc_kind_name(r), name);
			return -EINVAL;
		}
		e->type = TRC_TYPE_INT;
		return 0;
	}
	if (l.kind == TRC_T_INT && r.kind == TRC_T_INT &&
	    trc_kdata_arith(ctx, e))
		return 0;
	if (l.kind != TRC_T_INT || r.kind != TRC_T_INT) {
		trc_error(ctx, e->loc,
			  "operator '%s' needs integer operands, but the %s operand is a string",
			  name, l.kind != TRC_T_INT ? "left" : "right");
		return -EINVAL;
	}
	if (trc_is_logical(e->op))
		e->type = TRC_TYPE_INT;
	else if (e->op == TRC_BIN_SHL || e->op == TRC_BIN_SHR)
		e->type = trc_promote(l);
	else
		e->type = trc_common(l, r);
	return 0;
}

static int trc_sema_ternary(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_type l, r;

	if (trc_sema_expr(ctx, e->cond) || trc_sema_expr(ctx, e->l) ||
	    trc_sema_expr(ctx, e->r))
		return -EINVAL;
	if (e->cond->type.kind != TRC_T_INT) {
		trc_error(ctx, e->cond->loc,
			  "the condition of '?:' must be an integer, not a string");
		return -EINVAL;
	}
	l = e->l->type;
	r = e->r->type;
	if (l.kind != r.kind) {
		trc_error(ctx, e->loc,
			  "the branches of '?:' must have the same kind, but one is %s and the other %s",
			  trc_kind_name(l), trc_kind_name(r));
		return -EINVAL;
	}
	if (l.kind == TRC_T_STR)
		e->type = l.size > r.size ? l : r;
	else if (l.ct && r.ct && trc_ctype_same(l.ct, r.ct))
		e->type = l;
	else
		e->type = trc_common(l, r);
	return 0;
}

int trc_sema_expr(struct trc_ctx *ctx, struct trc_expr *e)
{
	if (trc_sema_object(ctx, e))
		return -EINVAL;
	return trc_kdata_value(ctx, e);
}

int trc_sema_object(struct trc_ctx *ctx, struct trc_expr *e)
{
	switch (e->kind) {
	case TRC_E_INT:
	case TRC_E_STR:
		return 0;
	case TRC_E_IDENT:
		return trc_sema_ident(ctx, e);
	case TRC_E_AGG:
		trc_error(ctx, e->loc,
			  "aggregation @%s cannot be used as a value; it can only be assigned, as in @%s = count()",
			  e->str, e->str);
		return -EINVAL;
	case TRC_E_CALL:
		if (trc_is_stack_call(e)) {
			trc_error(ctx, e->loc,
				  "%s() can only be an action, %s(); or an aggregation key, @[%s()]",
				  e->str, e->str, e->str);
			return -EINVAL;
		}
		if (!strcmp(e->str, "stringof"))
			return trc_sema_stringof(ctx, e);
		if (trc_subr_find(e->str) < 0)
			return trc_sema_call(ctx, e);
		trc_subr_prepare(e, trc_subr_find(e->str));
		if (trc_sema_args(ctx, e->args))
			return -EINVAL;
		if (trc_sema_subr(ctx, e, trc_subr_find(e->str)))
			return -EINVAL;
		if (e->subr == TR_HLP_COPYIN)	/* btf: a void * into VM */
			trc_kdata_copyin(ctx, e);
		return 0;
	case TRC_E_UNARY:
		if (trc_sema_expr(ctx, e->l))
			return -EINVAL;
		if (e->l->type.kind != TRC_T_INT) {
			trc_error(ctx, e->loc,
				  "operator '%s' needs an integer operand, not a string",
				  trc_unop_names[e->op]);
			return -EINVAL;
		}
		e->type = e->op == TRC_UN_LNOT ? TRC_TYPE_INT :
						  trc_promote(e->l->type);
		return 0;
	case TRC_E_BINARY:
		return trc_sema_binary(ctx, e);
	case TRC_E_TERNARY:
		return trc_sema_ternary(ctx, e);
	case TRC_E_VAR:
		if (e->scope == TRC_V_ASSOC && !strcmp(e->str, "args"))
			return trc_sema_args_array(ctx, e);
		return trc_sema_var(ctx, e);
	case TRC_E_ASSIGN:
		return trc_sema_assign_expr(ctx, e,
					    e == ctx->tc_top_assign);
	case TRC_E_CAST:
		return trc_sema_cast(ctx, e);
	case TRC_E_SIZEOF:
		return trc_sema_sizeof(ctx, e);
	case TRC_E_MEMBER:
		if (e->arrow && e->l->kind == TRC_E_IDENT &&
		    !strcmp(e->l->str, "args"))
			return trc_sema_args_member(ctx, e);
		return trc_sema_kdata(ctx, e);
	case TRC_E_INDEX:
	case TRC_E_DEREF:
	case TRC_E_ADDR:
	case TRC_E_OFFSETOF:
		return trc_sema_kdata(ctx, e);
	}
	return -EINVAL;
}

/* ---- aggregations --------------------------------------------------- */

static struct trc_agg *trc_agg_find(struct trc_ctx *ctx, const char *name)
{
	u32 i;

	for (i = 0; i < ctx->tc_naggs; i++)
		if (!strcmp(ctx->tc_aggs[i].name, name))
			return &ctx->tc_aggs[i];
	return NULL;
}

static struct trc_agg *trc_agg_new(struct trc_ctx *ctx, struct trc_expr *lhs,
				   enum tr_agg_func func)
{
	struct trc_expr *k;
	struct trc_agg *a;
	u32 i;

	trc_grow(ctx, &ctx->tc_aggs, &ctx->tc_aggs_cap, ctx->tc_naggs + 1,
		 sizeof(*a));
	a = &ctx->tc_aggs[ctx->tc_naggs++];
	memset(a, 0, sizeof(*a));
	a->name = lhs->str;
	a->loc = lhs->loc;
	a->func = func;
	a->nkeys = lhs->nargs;
	a->keys = trc_alloc(ctx, lhs->nargs * sizeof(*a->keys));
	a->key_off = trc_alloc(ctx, lhs->nargs * sizeof(*a->key_off));
	for (i = 0, k = lhs->args; k; k = k->next, i++)
		a->keys[i] = k->type;
	return a;
}

/* Merge one use of an aggregation into its signature. */
static int trc_agg_use(struct trc_ctx *ctx, struct trc_stmt *s,
		       enum tr_agg_func func)
{
	const char *const *fnames = tr_agg_names;
	struct trc_expr *lhs = s->lhs, *k;
	struct trc_agg *a = trc_agg_find(ctx, lhs->str);
	struct trc_type *t;
	u32 i;

	if (!a) {
		if (ctx->tc_naggs == TR_MAX_AGGS) {
			trc_error(ctx, lhs->loc,
				  "too many aggregations (at most %u)",
				  TR_MAX_AGGS);
			return -EINVAL;
		}
		a = trc_agg_new(ctx, lhs, func);
		s->agg = a - ctx->tc_aggs;
		return 0;
	}
	if (a->func != func) {
		trc_error(ctx, s->expr->loc,
			  "aggregation @%s is updated with %s() here but with %s() at %d:%d",
			  a->name, fnames[func], fnames[a->func], a->loc.line,
			  a->loc.col);
		return -EINVAL;
	}
	if (a->nkeys != lhs->nargs) {
		trc_error(ctx, lhs->loc,
			  "aggregation @%s has %u key%s here but %u at %d:%d",
			  a->name, lhs->nargs, lhs->nargs == 1 ? "" : "s",
			  a->nkeys, a->loc.line, a->loc.col);
		return -EINVAL;
	}
	for (i = 0, k = lhs->args; k; k = k->next, i++) {
		t = &a->keys[i];
		if (t->kind != k->type.kind) {
			trc_error(ctx, k->loc,
				  "key %u of aggregation @%s is %s here but %s at %d:%d",
				  i + 1, a->name, trc_kind_name(k->type),
				  trc_kind_name(*t), a->loc.line, a->loc.col);
			return -EINVAL;
		}
		if (k->type.size > t->size)
			t->size = k->type.size;
		if (!k->type.is_signed)
			t->is_signed = false;
	}
	s->agg = a - ctx->tc_aggs;
	return 0;
}

/* Lay out every aggregation's key: one 8-aligned slot per key. */
static int trc_agg_layout(struct trc_ctx *ctx)
{
	struct trc_agg *a;
	u32 i, j, off;
	int err = 0;

	for (i = 0; i < ctx->tc_naggs; i++) {
		a = &ctx->tc_aggs[i];
		for (j = 0, off = 0; j < a->nkeys; j++) {
			a->key_off[j] = off;
			off += a->keys[j].kind == TRC_T_INT ? 8 :
			       TRC_ALIGN8(a->keys[j].size);
		}
		a->key_size = off;
		if (off > TR_MAX_KEY_SIZE) {
			trc_error(ctx, a->loc,
				  "the keys of aggregation @%s take %u bytes; at most %u fit",
				  a->name, off, TR_MAX_KEY_SIZE);
			err = -EINVAL;
		}
	}
	return err;
}

/* ---- statements ----------------------------------------------------- */

static int trc_sema_args(struct trc_ctx *ctx, struct trc_expr *args)
{
	int err = 0;

	for (; args; args = args->next)
		if (trc_sema_expr(ctx, args))
			err = -EINVAL;
	return err;
}

/*
 * stack() or stack(n), ustack() or ustack(n): n frames, a constant
 * (default: the stackframes or ustackframes option).  ustack()'s slot
 * holds the pid first, as DTrace's does.
 */
static int trc_sema_stack(struct trc_ctx *ctx, struct trc_expr *e)
{
	bool user = e->str[0] == 'u';
	u64 n = user ? ctx->tc_ustackframes : ctx->tc_stackframes;

	if (e->nargs > 1 || (e->nargs && e->args->kind != TRC_E_INT)) {
		trc_error(ctx, e->loc,
			  "%s() takes no argument or a constant number of frames",
			  e->str);
		return -EINVAL;
	}
	if (e->nargs)
		n = e->args->ival;
	if (!n || n > TRC_MAX_STACKFRAMES) {
		trc_error(ctx, e->args->loc,
			  "%s(%llu): the number of frames must be 1 to %u",
			  e->str, (unsigned long long)n, TRC_MAX_STACKFRAMES);
		return -EINVAL;
	}
	e->type = (struct trc_type){ user ? TRC_T_USTACK : TRC_T_STACK, false,
				     (u32)(n + user) * 8, NULL };
	e->subr = user ? TR_HLP_USTACK : TR_HLP_STACK;
	return 0;
}

/*
 * func(addr) and sym(addr): a kernel address, printed by name; usym(addr),
 * ufunc(addr), uaddr(addr), umod(addr): a user address and the pid of the
 * process it belongs to (DTrace records both), printed by name in it.
 */
static int trc_sema_sym(struct trc_ctx *ctx, struct trc_expr *e)
{
	if (e->nargs != 1) {
		trc_error(ctx, e->loc, "%s() takes one argument, not %u",
			  e->str, e->nargs);
		return -EINVAL;
	}
	if (trc_sema_expr(ctx, e->args))
		return -EINVAL;
	if (e->args->type.kind != TRC_T_INT) {
		trc_error(ctx, e->args->loc,
			  "%s() needs an address, not %s", e->str,
			  trc_kind_name(e->args->type));
		return -EINVAL;
	}
	if (e->str[0] != 'u')
		e->type = (struct trc_type){ TRC_T_SYM, false, 8, NULL };
	else
		e->type = (struct trc_type){
			!strcmp(e->str, "uaddr") ? TRC_T_UADDR :
			!strcmp(e->str, "umod") ? TRC_T_UMOD : TRC_T_USYM,
			false, 16, NULL };
	return 0;
}

/* Values that can only be recorded: as actions and aggregation keys. */
static const char *const trc_recorded_functions[] = {
	"stack", "ustack", "func", "sym", "usym", "ufunc", "uaddr", "umod",
};

static bool trc_is_stack_call(const struct trc_expr *e)
{
	return e->kind == TRC_E_CALL && TRC_IN(e->str, trc_recorded_functions);
}

static int trc_sema_recorded(struct trc_ctx *ctx, struct trc_expr *e)
{
	return strstr(e->str, "stack") ? trc_sema_stack(ctx, e) :
					 trc_sema_sym(ctx, e);
}

/* Aggregation keys: values, or the recorded functions above. */
static int trc_sema_keys(struct trc_ctx *ctx, struct trc_expr *keys)
{
	int err = 0;

	for (; keys; keys = keys->next) {
		if (trc_is_stack_call(keys) ? trc_sema_recorded(ctx, keys) :
		    trc_sema_expr(ctx, keys))
			err = -EINVAL;
		else
			trc_kdata_string(ctx, keys, true);	/* char [] */
	}
	return err;
}

/* `@agg[keys] = f(...)`: trc_stmt_expr() only sets s->lhs for those. */
static int trc_sema_assign(struct trc_ctx *ctx, struct trc_stmt *s)
{
	struct trc_expr *lhs = s->lhs, *rhs = s->expr;
	enum tr_agg_func func;

	if (rhs->kind != TRC_E_CALL || trc_aggfunc_lookup(rhs->str) < 0) {
		if (rhs->kind == TRC_E_IDENT &&
		    trc_aggfunc_lookup(rhs->str) >= 0)
			trc_error(ctx, rhs->loc,
				  "%s is a function: write %s(%s)", rhs->str,
				  rhs->str, strcmp(rhs->str, "count") ? "x" : "");
		else
			trc_error(ctx, rhs->loc,
				  "an aggregation can only be assigned an aggregating function, such as count() or quantize(x)");
		return -EINVAL;
	}
	if (trc_sema_keys(ctx, lhs->args) || trc_sema_args(ctx, rhs->args))
		return -EINVAL;

	func = trc_aggfunc_lookup(rhs->str);
	if (trc_aggfunc_check_args(ctx, rhs, func))
		return -EINVAL;
	s->action = TRC_ACT_AGG;
	return trc_agg_use(ctx, s, func);
}

static int trc_sema_action(struct trc_ctx *ctx, struct trc_stmt *s)
{
	struct trc_expr *e = s->expr, *fmt;

	if (e->kind == TRC_E_ASSIGN) {
		ctx->tc_top_assign = e;
		s->action = TRC_ACT_EVAL;
		return trc_sema_expr(ctx, e);
	}
	if (e->kind != TRC_E_CALL) {
		if (trc_sema_expr(ctx, e))
			return -EINVAL;
		trc_error(ctx, e->loc,
			  "statement has no effect; expected an action such as printf() or an aggregation");
		return -EINVAL;
	}
	if (!strcmp(e->str, "printf")) {
		fmt = e->args;
		if (!fmt || fmt->kind != TRC_E_STR) {
			trc_error(ctx, fmt ? fmt->loc : e->loc,
				  "printf() needs a string literal as its format");
			return -EINVAL;
		}
		if (trc_sema_args(ctx, fmt->next))
			return -EINVAL;
		s->action = TRC_ACT_PRINTF;
		return trc_printf_check(ctx, e, fmt->str, fmt->next);
	}
	if (trc_aggaction_kind(e->str) >= 0) {
		for (fmt = e->args; fmt; fmt = fmt->next)
			if (fmt->kind != TRC_E_AGG && trc_sema_expr(ctx, fmt))
				return -EINVAL;
		return trc_aggaction_check(ctx, s);
	}
	if (trc_is_stack_call(e)) {
		if (trc_sema_recorded(ctx, e))
			return -EINVAL;
		s->action = TRC_ACT_STACK;
		return 0;
	}
	if (!strcmp(e->str, "trace")) {
		if (e->nargs != 1) {
			trc_error(ctx, e->loc,
				  "trace() takes one argument, not %u",
				  e->nargs);
			return -EINVAL;
		}
		if (trc_sema_args(ctx, e->args))
			return -EINVAL;
		trc_kdata_string(ctx, e->args, true);	/* btf: char [] */
		s->action = TRC_ACT_TRACE;
		return 0;
	}
	if (!strcmp(e->str, "exit")) {
		if (e->nargs != 1) {
			trc_error(ctx, e->loc, "exit() takes one argument, not %u",
				  e->nargs);
			return -EINVAL;
		}
		if (trc_sema_args(ctx, e->args))
			return -EINVAL;
		if (e->args->type.kind != TRC_T_INT) {
			trc_error(ctx, e->args->loc,
				  "exit() needs an integer argument, not a string");
			return -EINVAL;
		}
		s->action = TRC_ACT_EXIT;
		return 0;
	}
	return trc_sema_call(ctx, e);
}

static int trc_sema_clause(struct trc_ctx *ctx, struct trc_clause *cl)
{
	struct trc_stmt *s;
	int err = 0;

	ctx->tc_clause = cl;	/* tpsys: args-> reads its probes */
	if (cl->pred) {
		if (trc_sema_expr(ctx, cl->pred)) {
			err = -EINVAL;
		} else if (cl->pred->type.kind != TRC_T_INT) {
			trc_error(ctx, cl->pred->loc,
				  "the predicate must be an integer, not a string");
			err = -EINVAL;
		}
	}
	for (s = cl->stmts; s; s = s->next) {
		if (s->lhs ? trc_sema_assign(ctx, s) : trc_sema_action(ctx, s))
			err = -EINVAL;
	}
	return err;
}

int trc_sema(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	int err = 0;

	if (trc_vars_collect(ctx))
		return -EINVAL;
	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		if (trc_sema_clause(ctx, cl))
			err = -EINVAL;
	ctx->tc_clause = NULL;
	if (!err)
		err = trc_agg_layout(ctx);
	if (!err)
		err = trc_vars_layout(ctx);
	return err;
}
