// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/aggs.c - the aggregating functions: which exist and how many
 * arguments each takes (checked by sema), and, once fold has reduced the
 * arguments, the constant parameters of lquantize() and llquantize(),
 * checked with DTrace's rules and words (illumos dt_cc.c,
 * dt_compile_agg()), which become the image's struct tr_image_agg.
 *
 *   count()                          no argument
 *   sum(x) min(x) max(x) avg(x) stddev(x)
 *   quantize(x[, incr])
 *   lquantize(x, lo, hi[, step[, incr]])      step defaults to 1
 *   llquantize(x, factor, lo, hi, steps[, incr])
 *
 * Every use of an aggregation must give the same parameters; the first
 * use fixes them, as DTrace's dis_auxinfo does.
 *
 * Also the actions on whole aggregations, each a record the consumer acts
 * on (libtracer/agg_action.c):
 *
 *   printa(@a)  printa("fmt", @a, ...)  clear(@a)  trunc(@a[, n])
 *   normalize(@a, n)  denormalize(@a)
 */
#include "trc_impl.h"
#include "tracer/agg.h"
#include "tracer.h"

/* X(NAME, fewest arguments, most arguments, index of incr or -1) */
#define TRC_AGG_ARITY(X)						\
	X(COUNT,      0, 0, -1)						\
	X(SUM,        1, 1, -1)						\
	X(MIN,        1, 1, -1)						\
	X(MAX,        1, 1, -1)						\
	X(AVG,        1, 1, -1)						\
	X(STDDEV,     1, 1, -1)						\
	X(QUANTIZE,   1, 2, 1)						\
	X(LQUANTIZE,  3, 5, 4)						\
	X(LLQUANTIZE, 5, 6, 5)

static const struct {
	u8 min, max;
	s8 incr;
} trc_agg_arity[TR_NAGG_FUNCS] = {
#define TRC_X_ARITY(name, lo, hi, inc) [TR_AGG_##name] = { lo, hi, inc },
	TRC_AGG_ARITY(TRC_X_ARITY)
#undef TRC_X_ARITY
};

int trc_aggfunc_lookup(const char *name)
{
	int i;

	for (i = 0; i < TR_NAGG_FUNCS; i++)
		if (!strcmp(name, tr_agg_names[i]))
			return i;
	return -1;
}

int trc_aggfunc_check_args(struct trc_ctx *ctx, struct trc_expr *call,
			   enum tr_agg_func func)
{
	u32 lo = trc_agg_arity[func].min, hi = trc_agg_arity[func].max;
	struct trc_expr *a;
	u32 i;

	if (call->nargs < lo || call->nargs > hi) {
		if (func == TR_AGG_COUNT)
			trc_error(ctx, call->loc, "count() takes no arguments");
		else if (lo == hi)
			trc_error(ctx, call->loc,
				  "%s() takes one argument, not %u",
				  call->str, call->nargs);
		else
			trc_error(ctx, call->loc,
				  "%s() takes %u to %u arguments, not %u",
				  call->str, lo, hi, call->nargs);
		return -EINVAL;
	}
	for (i = 0, a = call->args; a; a = a->next, i++) {
		if (a->type.kind == TRC_T_INT)
			continue;
		if (i == 0)
			trc_error(ctx, a->loc,
				  "%s() needs an integer argument, not a string",
				  call->str);
		else
			trc_error(ctx, a->loc,
				  "%s() argument #%u must be an integer, not a string",
				  call->str, i + 1);
		return -EINVAL;
	}
	return 0;
}

struct trc_expr *trc_aggfunc_incr(struct trc_expr *call,
				  enum tr_agg_func func)
{
	struct trc_expr *a = call->args;
	int i;

	if (trc_agg_arity[func].incr < 0)
		return NULL;
	for (i = 0; a && i < trc_agg_arity[func].incr; i++)
		a = a->next;
	return a;
}

/* ---- parameters (after fold) ---------------------------------------- */

/* Argument #@n (1-based, after the value) as a constant, or an error. */
static int trc_agg_const(struct trc_ctx *ctx, struct trc_expr *call, u32 n,
			 const char *what, s64 *out)
{
	struct trc_expr *a = call->args;
	u32 i;

	for (i = 0; i < n && a; i++)
		a = a->next;
	if (!a || a->kind != TRC_E_INT) {
		trc_error(ctx, a ? a->loc : call->loc,
			  "%s( ) argument #%u%s must be an integer constant",
			  call->str, n, what);
		return -EINVAL;
	}
	*out = (s64)a->ival;
	return 0;
}

static int trc_lquantize_params(struct trc_ctx *ctx, struct trc_expr *call,
				struct tr_image_agg *d)
{
	s64 base, limit, step = 1, levels;
	const char *why = NULL;

	if (trc_agg_const(ctx, call, 1, "", &base) ||
	    trc_agg_const(ctx, call, 2, "", &limit) ||
	    (call->nargs > 3 && trc_agg_const(ctx, call, 3, "", &step)))
		return -EINVAL;
	levels = step > 0 ? (limit - base) / step : 0;
	if (base < INT32_MIN || base > INT32_MAX)
		why = "argument #1 must be a 32-bit quantity";
	else if (limit < INT32_MIN || limit > INT32_MAX)
		why = "argument #2 must be a 32-bit quantity";
	else if (limit < base)
		why = "base (argument #1) must be less than limit (argument #2)";
	else if (step <= 0)
		why = "argument #3 must be a non-zero positive integer constant";
	else if (step > UINT16_MAX)
		why = "argument #3 must be a 16-bit quantity";
	else if (levels == 0)
		why = "step (argument #3) too large: must have at least one quantization level";
	else if (levels > UINT16_MAX)
		why = "step (argument #3) too small: number of quantization levels must be a 16-bit quantity";
	if (why) {
		trc_error(ctx, call->loc, "lquantize( ) %s", why);
		return -EINVAL;
	}
	d->base = (s32)base;
	d->step = (u16)step;
	d->levels = (u16)levels;
	return 0;
}

static int trc_llquantize_params(struct trc_ctx *ctx, struct trc_expr *call,
				 struct tr_image_agg *d)
{
	static const char *const what[] = { " (factor)", " (low magnitude)",
		" (high magnitude)", " (linear steps per magnitude)" };
	s64 v[4];
	u64 p, order;
	u32 i;

	for (i = 0; i < 4; i++) {
		if (trc_agg_const(ctx, call, i + 1, what[i], &v[i]))
			return -EINVAL;
		if (v[i] < 0 || v[i] > UINT16_MAX) {
			trc_error(ctx, call->loc,
				  "llquantize( ) argument #%u%s must be an unsigned 16-bit quantity",
				  i + 1, what[i]);
			return -EINVAL;
		}
	}
	if (v[0] < 2) {
		trc_error(ctx, call->loc,
			  "llquantize( ) factor (argument #1) must be two or more");
		return -EINVAL;
	}
	if (v[1] >= v[2]) {
		trc_error(ctx, call->loc,
			  "llquantize( ) high magnitude (argument #3) must be greater than low magnitude (argument #2)");
		return -EINVAL;
	}
	if (v[3] < v[0]) {
		trc_error(ctx, call->loc,
			  "llquantize( ) factor (argument #1) must be less than or equal to the number of linear steps per magnitude (argument #4)");
		return -EINVAL;
	}
	for (p = v[0]; p < (u64)v[3]; p *= v[0])
		;
	if (v[3] % v[0] || p % v[3]) {
		trc_error(ctx, call->loc,
			  "llquantize( ) factor (argument #1) must evenly divide the number of steps per magnitude (argument #4), and the number of steps per magnitude must evenly divide a power of the factor");
		return -EINVAL;
	}
	for (i = 0, order = 1; i <= v[2]; i++) {
		if (order > (u64)INT64_MAX / v[0]) {
			trc_error(ctx, call->loc,
				  "llquantize( ) factor (%lld) raised to power of high magnitude (%lld) plus 1 overflows 64-bits",
				  (long long)v[0], (long long)v[2]);
			return -EINVAL;
		}
		order *= v[0];
	}
	d->factor = v[0];
	d->low = v[1];
	d->high = v[2];
	d->nsteps = v[3];
	return 0;
}

/* The first use's parameters against this one's, in DTrace's words. */
static int trc_agg_params_match(struct trc_ctx *ctx, struct trc_expr *call,
				const struct trc_agg *a,
				const struct tr_image_agg *d)
{
	const struct tr_image_agg *o = &a->desc;
	static const char *const llnames[] = { "factor", "low magnitude",
		"high magnitude", "linear steps per magnitude" };
	const u16 ov[] = { o->factor, o->low, o->high, o->nsteps };
	const u16 nv[] = { d->factor, d->low, d->high, d->nsteps };
	u32 i;

	if (a->func == TR_AGG_LQUANTIZE) {
		if (o->base != d->base)
			trc_error(ctx, call->loc,
				  "lquantize( ) base (argument #1) doesn't match previous declaration: expected %d, found %d",
				  o->base, d->base);
		else if (o->levels * o->step != d->levels * d->step)
			trc_error(ctx, call->loc,
				  "lquantize( ) limit (argument #2) doesn't match previous declaration: expected %d, found %d",
				  o->base + o->levels * o->step,
				  d->base + d->levels * d->step);
		else if (o->step != d->step)
			trc_error(ctx, call->loc,
				  "lquantize( ) step (argument #3) doesn't match previous declaration: expected %d, found %d",
				  o->step, d->step);
		else
			return 0;
		return -EINVAL;
	}
	for (i = 0; i < 4; i++) {
		if (ov[i] == nv[i])
			continue;
		trc_error(ctx, call->loc,
			  "llquantize( ) %s (argument #%u) doesn't match previous declaration: expected %d, found %d",
			  llnames[i], i + 1, ov[i], nv[i]);
		return -EINVAL;
	}
	return 0;
}

static int trc_agg_stmt_params(struct trc_ctx *ctx, struct trc_stmt *s)
{
	struct trc_agg *a = &ctx->tc_aggs[s->agg];
	struct trc_expr *call = s->expr;
	struct tr_image_agg d = { .func = a->func };
	int err = 0;

	if (a->func == TR_AGG_LQUANTIZE)
		err = trc_lquantize_params(ctx, call, &d);
	else if (a->func == TR_AGG_LLQUANTIZE)
		err = trc_llquantize_params(ctx, call, &d);
	if (err)
		return err;
	if (a->has_params)
		return trc_agg_params_match(ctx, call, a, &d);
	d.key_size = a->key_size;
	d.nvals = tr_agg_count_vals(&d);
	if (!d.nvals || d.nvals > TR_MAX_AGG_VALS) {
		trc_error(ctx, call->loc,
			  "%s() would keep %u values per key; at most %u fit",
			  call->str, d.nvals, TR_MAX_AGG_VALS);
		return -EINVAL;
	}
	a->desc = d;
	a->has_params = true;
	return 0;
}

/* ---- actions on aggregations ---------------------------------------- */

static const struct {
	const char *name;
	int kind;		/* enum tr_rec_kind */
	u8 min, max;		/* arguments */
} trc_aggacts[] = {
	{ "printa", TR_RK_PRINTA, 1, 255 },
	{ "clear", TR_RK_CLEAR, 1, 1 },
	{ "trunc", TR_RK_TRUNC, 1, 2 },
	{ "normalize", TR_RK_NORMALIZE, 2, 2 },
	{ "denormalize", TR_RK_DENORMALIZE, 1, 1 },
};

int trc_aggaction_kind(const char *name)
{
	u32 i;

	for (i = 0; i < ARRAY_SIZE(trc_aggacts); i++)
		if (!strcmp(name, trc_aggacts[i].name))
			return trc_aggacts[i].kind;
	return -1;
}

/* The state of one printa() format scan. */
struct trc_pa_check {
	struct trc_ctx *ctx;
	struct trc_expr *call;
	const struct trc_agg *agg;	/* NULL: only count the conversions */
	u32 naggconv, nkeyconv;
	int err;
};

/* The conversions that print a key of type @k: %s, %k, the others. */
static enum trl_pf_argkind trc_pa_key_kind(const struct trc_type *k)
{
	if (k->kind == TRC_T_STR)
		return TRL_PF_ARG_STR;
	if (k->kind == TRC_T_STACK || k->kind == TRC_T_USTACK)
		return TRL_PF_ARG_STACK;
	return TRL_PF_ARG_INT;
}

static int trc_pa_conv(void *data, enum trl_pf_argkind kind,
		       const char *conv, size_t len)
{
	struct trc_pa_check *c = data;
	const struct trc_type *k;

	if (kind == TRL_PF_ARG_NONE)
		return 0;
	if (kind == TRL_PF_ARG_AGG) {
		c->naggconv++;
		return 0;
	}
	if (!c->agg)
		return 0;
	if (c->nkeyconv >= c->agg->nkeys) {
		trc_error(c->ctx, c->call->args->loc,
			  "printa() conversion '%.*s' has no key left: @%s has %u key%s",
			  (int)len, conv, c->agg->name, c->agg->nkeys,
			  c->agg->nkeys == 1 ? "" : "s");
		c->err = -EINVAL;
		return -EINVAL;
	}
	k = &c->agg->keys[c->nkeyconv++];
	if (trc_pa_key_kind(k) != kind) {
		trc_error(c->ctx, c->call->args->loc,
			  "printa() conversion '%.*s' prints key %u of @%s, which is %s",
			  (int)len, conv, c->nkeyconv, c->agg->name,
			  k->kind == TRC_T_STR ? "a string" :
			  k->kind == TRC_T_STACK ? "a stack() (use %k)" :
			  k->kind == TRC_T_USTACK ? "a ustack() (use %k)" :
			  "an integer");
		c->err = -EINVAL;
		return -EINVAL;
	}
	return 0;
}

/* Scan printa()'s format against @agg's keys (NULL: not known yet). */
static int trc_printa_scan(struct trc_ctx *ctx, struct trc_expr *call,
			   const struct trc_agg *agg, u32 *naggconv)
{
	struct trc_pa_check c = { .ctx = ctx, .call = call, .agg = agg };
	char why[128];

	if (trl_printf_scan(call->args->str, trc_pa_conv, &c, why,
			    sizeof(why))) {
		if (!c.err)
			trc_error(ctx, call->args->loc, "printa() %s", why);
		return -EINVAL;
	}
	*naggconv = c.naggconv;
	return 0;
}

static int trc_printa_check(struct trc_ctx *ctx, struct trc_expr *call,
			    struct trc_expr *aggs)
{
	u32 naggconv, naggs = 0;

	for (; aggs; aggs = aggs->next)
		naggs++;
	if (trc_printa_scan(ctx, call, NULL, &naggconv))
		return -EINVAL;
	if (naggs > TRL_PRINTA_MAX_AGGS) {
		trc_error(ctx, call->loc,
			  "printa() takes at most %u aggregations",
			  TRL_PRINTA_MAX_AGGS);
		return -EINVAL;
	}
	if (naggconv > naggs) {
		trc_error(ctx, call->args->loc,
			  "printa() format prints %u aggregation%s with %%@ but %u follow%s",
			  naggconv, naggconv == 1 ? "" : "s", naggs,
			  naggs == 1 ? "s" : "");
		return -EINVAL;
	}
	return 0;
}

static bool trc_is_agg_ref(const struct trc_expr *e)
{
	return e->kind == TRC_E_AGG && !e->nargs;
}

int trc_aggaction_check(struct trc_ctx *ctx, struct trc_stmt *s)
{
	struct trc_expr *call = s->expr, *a = call->args;
	int kind = trc_aggaction_kind(call->str);
	u32 i, n = 0, pos = 0;

	for (i = 0; i < ARRAY_SIZE(trc_aggacts); i++)
		if (trc_aggacts[i].kind == kind)
			break;
	if (call->nargs < trc_aggacts[i].min ||
	    call->nargs > trc_aggacts[i].max) {
		trc_error(ctx, call->loc, "%s() takes %u%s argument%s, not %u",
			  call->str, trc_aggacts[i].min,
			  trc_aggacts[i].max == trc_aggacts[i].min ? "" :
			  trc_aggacts[i].max == 2 ? " or 2" : " or more",
			  trc_aggacts[i].max == 1 ? "" : "s", call->nargs);
		return -EINVAL;
	}
	if (kind == TR_RK_PRINTA && a->kind == TRC_E_STR) {
		if (!a->next) {
			trc_error(ctx, call->loc,
				  "printa() needs an aggregation after its format");
			return -EINVAL;
		}
		if (trc_printa_check(ctx, call, a->next))
			return -EINVAL;
		a = a->next;
		pos++;
	}
	for (i = 0; a; a = a->next, i++) {
		pos++;
		if (kind != TR_RK_PRINTA && i > 0) {
			if (a->type.kind != TRC_T_INT) {
				trc_error(ctx, a->loc,
					  "%s() needs an integer as its second argument, not a string",
					  call->str);
				return -EINVAL;
			}
			continue;
		}
		if (!trc_is_agg_ref(a)) {
			trc_error(ctx, a->loc,
				  "%s() argument #%u must be an aggregation, such as @a (without keys)",
				  call->str, pos);
			return -EINVAL;
		}
		n++;
	}
	if (kind == TR_RK_PRINTA && n > 1 &&
	    call->args->kind != TRC_E_STR) {
		trc_error(ctx, call->loc,
			  "printa() of more than one aggregation needs a format");
		return -EINVAL;
	}
	s->action = TRC_ACT_AGGACT;
	return 0;
}

int trc_agg_id(struct trc_ctx *ctx, const struct trc_expr *e)
{
	u32 i;

	for (i = 0; i < ctx->tc_naggs; i++)
		if (!strcmp(ctx->tc_aggs[i].name, e->str))
			return i;
	return -1;
}

static bool trc_same_keys(const struct trc_agg *a, const struct trc_agg *b)
{
	u32 i;

	if (a->nkeys != b->nkeys || a->key_size != b->key_size)
		return false;
	for (i = 0; i < a->nkeys; i++)
		if (a->keys[i].kind != b->keys[i].kind ||
		    a->key_off[i] != b->key_off[i])
			return false;
	return true;
}

/*
 * Every aggregation an action names must be assigned somewhere; printa()
 * conversions must fit the keys, and the aggregations of one printa() must
 * have the same keys.
 */
static int trc_aggaction_resolve(struct trc_ctx *ctx, struct trc_stmt *s)
{
	struct trc_agg *first = NULL, *ag;
	struct trc_expr *a;
	u32 naggconv;
	int id;

	for (a = s->expr->args; a; a = a->next) {
		if (a->kind != TRC_E_AGG)
			continue;
		id = trc_agg_id(ctx, a);
		if (id < 0) {
			trc_error(ctx, a->loc,
				  "aggregation @%s is never assigned a value",
				  a->str);
			return -EINVAL;
		}
		ag = &ctx->tc_aggs[id];
		if (!first) {
			first = ag;
		} else if (!trc_same_keys(first, ag)) {
			trc_error(ctx, a->loc,
				  "printa() needs aggregations with the same keys, but @%s and @%s differ",
				  first->name, ag->name);
			return -EINVAL;
		}
	}
	if (s->expr->args->kind == TRC_E_STR)
		return trc_printa_scan(ctx, s->expr, first, &naggconv);
	return 0;
}

int trc_aggparams(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	struct trc_stmt *s;
	int err = 0;

	for (cl = ctx->tc_clauses; cl; cl = cl->next) {
		for (s = cl->stmts; s; s = s->next) {
			if (s->action == TRC_ACT_AGG &&
			    trc_agg_stmt_params(ctx, s))
				err = -EINVAL;
			if (s->action == TRC_ACT_AGGACT &&
			    trc_aggaction_resolve(ctx, s))
				err = -EINVAL;
		}
	}
	return err;
}
