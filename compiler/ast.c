// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/ast.c - constructors for the syntax tree (ast.h).  The grammar's
 * actions call these and nothing else; no checking happens here.
 */
#include "trc_impl.h"

const char *const trc_unop_names[TRC_NUNOPS] = {
#define TRC_X_NAME(name, sp) [TRC_UN_##name] = sp,
	TRC_UNOPS(TRC_X_NAME)
#undef TRC_X_NAME
};

const char *const trc_binop_names[TRC_NBINOPS] = {
#define TRC_X_NAME(name, sp) [TRC_BIN_##name] = sp,
	TRC_BINOPS(TRC_X_NAME)
#undef TRC_X_NAME
};

struct trc_expr *trc_expr_new(struct trc_ctx *ctx, enum trc_ekind kind,
			      struct trc_loc loc)
{
	struct trc_expr *e = trc_alloc(ctx, sizeof(*e));

	e->kind = kind;
	e->loc = loc;
	e->builtin = -1;
	return e;
}

struct trc_expr *trc_expr_int(struct trc_ctx *ctx, struct trc_loc loc, u64 v,
			      struct trc_type type)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_INT, loc);

	e->ival = v;
	e->type = type;
	return e;
}

struct trc_expr *trc_expr_str(struct trc_ctx *ctx, struct trc_loc loc,
			      char *s, u32 len)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_STR, loc);

	e->str = s;
	e->len = len;
	e->type = (struct trc_type){ TRC_T_STR, false, len + 1 };
	return e;
}

struct trc_expr *trc_expr_name(struct trc_ctx *ctx, enum trc_ekind kind,
			       struct trc_loc loc, char *name,
			       struct trc_expr *args)
{
	struct trc_expr *e = trc_expr_new(ctx, kind, loc);
	struct trc_expr *a;

	e->str = name;
	e->args = args;
	for (a = args; a; a = a->next)
		e->nargs++;
	return e;
}

struct trc_expr *trc_expr_unary(struct trc_ctx *ctx, struct trc_loc loc,
				enum trc_unop op, struct trc_expr *l)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_UNARY, loc);

	e->op = op;
	e->l = l;
	return e;
}

struct trc_expr *trc_expr_binary(struct trc_ctx *ctx, struct trc_loc loc,
				 enum trc_binop op, struct trc_expr *l,
				 struct trc_expr *r)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_BINARY, loc);

	e->op = op;
	e->l = l;
	e->r = r;
	return e;
}

struct trc_expr *trc_expr_ternary(struct trc_ctx *ctx, struct trc_loc loc,
				  struct trc_expr *cond, struct trc_expr *l,
				  struct trc_expr *r)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_TERNARY, loc);

	e->cond = cond;
	e->l = l;
	e->r = r;
	return e;
}

struct trc_expr *trc_expr_append(struct trc_expr *list, struct trc_expr *e)
{
	struct trc_expr *p = list;

	if (!list)
		return e;
	while (p->next)
		p = p->next;
	p->next = e;
	return list;
}

struct trc_stmt *trc_stmt_new(struct trc_ctx *ctx, struct trc_loc loc,
			      struct trc_expr *lhs, struct trc_expr *expr)
{
	struct trc_stmt *s = trc_alloc(ctx, sizeof(*s));

	s->loc = loc;
	s->lhs = lhs;
	s->expr = expr;
	s->agg = -1;
	return s;
}

struct trc_stmt *trc_stmt_append(struct trc_stmt *list, struct trc_stmt *s)
{
	struct trc_stmt *p = list;

	if (!s)
		return list;
	if (!list)
		return s;
	while (p->next)
		p = p->next;
	p->next = s;
	return list;
}

struct trc_pdesc *trc_pdesc_new(struct trc_ctx *ctx, struct trc_loc loc,
				char *text)
{
	struct trc_pdesc *d = trc_alloc(ctx, sizeof(*d));

	d->loc = loc;
	d->text = text;
	d->probe = -1;
	return d;
}

struct trc_pdesc *trc_pdesc_append(struct trc_pdesc *list,
				   struct trc_pdesc *d)
{
	struct trc_pdesc *p = list;

	if (!list)
		return d;
	while (p->next)
		p = p->next;
	p->next = d;
	return list;
}

void trc_clause_add(struct trc_ctx *ctx, struct trc_loc loc,
		    struct trc_pdesc *pdescs, struct trc_expr *pred,
		    struct trc_stmt *stmts)
{
	struct trc_clause *cl = trc_alloc(ctx, sizeof(*cl));
	struct trc_stmt *s;

	cl->loc = loc;
	cl->pdescs = pdescs;
	cl->pred = pred;
	cl->stmts = stmts;
	for (s = stmts; s; s = s->next)
		cl->nstmts++;
	if (ctx->tc_clauses_tail)
		ctx->tc_clauses_tail->next = cl;
	else
		ctx->tc_clauses = cl;
	ctx->tc_clauses_tail = cl;
}

void trc_pragma_add(struct trc_ctx *ctx, struct trc_loc loc, char *text)
{
	struct trc_pragma *p = trc_alloc(ctx, sizeof(*p));

	p->loc = loc;
	p->text = text;
	if (ctx->tc_pragmas_tail)
		ctx->tc_pragmas_tail->next = p;
	else
		ctx->tc_pragmas = p;
	ctx->tc_pragmas_tail = p;
}
