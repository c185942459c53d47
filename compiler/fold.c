// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/fold.c - constant folding and dead clauses.
 *
 * Integer operations whose operands are literals become literals, computed
 * exactly as the VM computes them (common/interp.c: 64-bit wrap-around,
 * shift counts masked to 6 bits, INT64_MIN / -1 = INT64_MIN and
 * INT64_MIN % -1 = 0), so folding never changes what a program prints.  A
 * division or remainder by a constant zero is a compile error.  Also folded:
 * && and || with a constant left side, ?: with a constant condition, and
 * comparisons of two string literals, and casts of literals (vars), which
 * truncate and sign-extend as C's conversions do.  A folded node keeps the
 * type sema gave the expression it replaces.
 *
 * A clause whose predicate folds to 0 is dead: it is compiled to nothing
 * and its probes lose it.  A predicate that folds to non-zero is dropped.
 */
#include "trc_impl.h"

/* The value of an integer operation, as the VM computes it. */
static bool trc_fold_binop(enum trc_binop op, bool is_unsigned, u64 a,
			   u64 b, u64 *res)
{
	s64 sa = (s64)a, sb = (s64)b;
	u64 v;

	switch (op) {
	case TRC_BIN_MUL:	v = a * b; break;
	case TRC_BIN_DIV:
		if (!b)
			return false;
		v = is_unsigned ? a / b : sb == -1 ? 0 - a : (u64)(sa / sb);
		break;
	case TRC_BIN_MOD:
		if (!b)
			return false;
		v = is_unsigned ? a % b : sb == -1 ? 0 : (u64)(sa % sb);
		break;
	case TRC_BIN_ADD:	v = a + b; break;
	case TRC_BIN_SUB:	v = a - b; break;
	case TRC_BIN_SHL:	v = a << (b & 63); break;
	case TRC_BIN_SHR:
		v = is_unsigned ? a >> (b & 63) : (u64)(sa >> (b & 63));
		break;
	case TRC_BIN_LT:	v = is_unsigned ? a < b : sa < sb; break;
	case TRC_BIN_LE:	v = is_unsigned ? a <= b : sa <= sb; break;
	case TRC_BIN_GT:	v = is_unsigned ? a > b : sa > sb; break;
	case TRC_BIN_GE:	v = is_unsigned ? a >= b : sa >= sb; break;
	case TRC_BIN_EQ:	v = a == b; break;
	case TRC_BIN_NE:	v = a != b; break;
	case TRC_BIN_BAND:	v = a & b; break;
	case TRC_BIN_BXOR:	v = a ^ b; break;
	case TRC_BIN_BOR:	v = a | b; break;
	case TRC_BIN_LAND:	v = a && b; break;
	case TRC_BIN_LXOR:	v = !a != !b; break;
	case TRC_BIN_LOR:	v = a || b; break;
	default:
		return false;
	}
	*res = v;
	return true;
}

static struct trc_expr *trc_lit(struct trc_ctx *ctx, struct trc_expr *e,
				u64 v)
{
	return trc_expr_int(ctx, e->loc, v, e->type);
}

static bool trc_is_int(const struct trc_expr *e)
{
	return e->kind == TRC_E_INT;
}

static struct trc_expr *trc_fold_expr(struct trc_ctx *ctx,
				      struct trc_expr *e);

static struct trc_expr *trc_fold_unary(struct trc_ctx *ctx,
				       struct trc_expr *e)
{
	u64 v;

	e->l = trc_fold_expr(ctx, e->l);
	if (!trc_is_int(e->l))
		return e;
	v = e->l->ival;
	switch (e->op) {
	case TRC_UN_NEG:	return trc_lit(ctx, e, 0 - v);
	case TRC_UN_PLUS:	return trc_lit(ctx, e, v);
	case TRC_UN_BNOT:	return trc_lit(ctx, e, ~v);
	case TRC_UN_LNOT:	return trc_lit(ctx, e, !v);
	}
	return e;
}

static struct trc_expr *trc_fold_binary(struct trc_ctx *ctx,
					struct trc_expr *e)
{
	struct trc_expr *l, *r;
	u64 v;
	int c;

	l = e->l = trc_fold_expr(ctx, e->l);
	r = e->r = trc_fold_expr(ctx, e->r);
	if ((e->op == TRC_BIN_DIV || e->op == TRC_BIN_MOD) && trc_is_int(r) &&
	    !r->ival) {
		trc_error(ctx, e->loc, "division by zero");
		return e;
	}
	if (e->op == TRC_BIN_LAND && trc_is_int(l) && !l->ival)
		return trc_lit(ctx, e, 0);
	if (e->op == TRC_BIN_LOR && trc_is_int(l) && l->ival)
		return trc_lit(ctx, e, 1);
	if (trc_is_int(l) && trc_is_int(r) &&
	    trc_fold_binop(e->op, trc_binop_unsigned(e), l->ival, r->ival, &v))
		return trc_lit(ctx, e, v);
	if (l->kind == TRC_E_STR && r->kind == TRC_E_STR) {
		c = strcmp(l->str, r->str);
		c = c < 0 ? -1 : c > 0;
		trc_fold_binop(e->op, false, (u64)(s64)c, 0, &v);
		return trc_lit(ctx, e, v);
	}
	return e;
}

static struct trc_expr *trc_fold_expr(struct trc_ctx *ctx,
				      struct trc_expr *e)
{
	struct trc_expr **a, *pick;

	switch (e->kind) {
	case TRC_E_UNARY:
		return trc_fold_unary(ctx, e);
	case TRC_E_BINARY:
		return trc_fold_binary(ctx, e);
	case TRC_E_TERNARY:
		e->cond = trc_fold_expr(ctx, e->cond);
		e->l = trc_fold_expr(ctx, e->l);
		e->r = trc_fold_expr(ctx, e->r);
		if (!trc_is_int(e->cond))
			return e;
		pick = e->cond->ival ? e->l : e->r;
		pick->type = e->type;
		return pick;
	case TRC_E_CAST:
		e->l = trc_fold_expr(ctx, e->l);
		if (!trc_is_int(e->l))
			return e;
		return trc_lit(ctx, e, trc_type_convert(e->type, e->l->ival));
	case TRC_E_ASSIGN:
		e->l = trc_fold_expr(ctx, e->l);
		e->r = trc_fold_expr(ctx, e->r);
		return e;
	case TRC_E_MEMBER:	/* btf */
	case TRC_E_INDEX:
	case TRC_E_DEREF:
	case TRC_E_ADDR:
		e->l = trc_fold_expr(ctx, e->l);
		if (e->r)
			e->r = trc_fold_expr(ctx, e->r);
		return e;
	case TRC_E_CALL:
	case TRC_E_AGG:
	case TRC_E_VAR:
		for (a = &e->args; *a; a = &(*a)->next) {
			struct trc_expr *next = (*a)->next;

			*a = trc_fold_expr(ctx, *a);
			(*a)->next = next;
		}
		return e;
	default:
		return e;
	}
}

int trc_fold(struct trc_ctx *ctx)
{
	unsigned int errors = ctx->tc_nerrors;
	struct trc_clause *cl;
	struct trc_stmt *s;

	for (cl = ctx->tc_clauses; cl; cl = cl->next) {
		if (cl->pred) {
			cl->pred = trc_fold_expr(ctx, cl->pred);
			if (trc_is_int(cl->pred)) {
				cl->dead = !cl->pred->ival;
				cl->pred = NULL;
			}
		}
		for (s = cl->stmts; s; s = s->next) {
			if (s->lhs)
				s->lhs = trc_fold_expr(ctx, s->lhs);
			s->expr = trc_fold_expr(ctx, s->expr);
		}
	}
	return ctx->tc_nerrors == errors ? 0 : -EINVAL;
}
