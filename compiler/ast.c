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
	e->type = (struct trc_type){ TRC_T_STR, false, len + 1, NULL };
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

static void trc_line_add(struct trc_ctx *ctx, struct trc_pragma **head,
			 struct trc_pragma **tail, struct trc_loc loc,
			 char *text)
{
	struct trc_pragma *p = trc_alloc(ctx, sizeof(*p));

	p->loc = loc;
	p->text = text;
	if (*tail)
		(*tail)->next = p;
	else
		*head = p;
	*tail = p;
}

void trc_pragma_add(struct trc_ctx *ctx, struct trc_loc loc, char *text)
{
	trc_line_add(ctx, &ctx->tc_pragmas, &ctx->tc_pragmas_tail, loc, text);
}

void trc_decl_add(struct trc_ctx *ctx, struct trc_loc loc, char *text)
{
	trc_line_add(ctx, &ctx->tc_decls, &ctx->tc_decls_tail, loc, text);
}

/* ---- vars ------------------------------------------------------------ */

struct trc_expr *trc_expr_var(struct trc_ctx *ctx, struct trc_loc loc,
			      enum trc_vscope scope, char *name,
			      struct trc_expr *keys)
{
	struct trc_expr *e = trc_expr_name(ctx, TRC_E_VAR, loc, name, keys);

	e->scope = scope;
	e->var = -1;
	return e;
}

struct trc_expr *trc_expr_assign(struct trc_ctx *ctx, struct trc_loc loc,
				 int aop, bool post, struct trc_expr *l,
				 struct trc_expr *r)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_ASSIGN, loc);

	e->aop = aop;
	e->post = post;
	e->l = l;
	e->r = r;
	return e;
}

struct trc_expr *trc_expr_type(struct trc_ctx *ctx, enum trc_ekind kind,
			       struct trc_loc loc, char *tname,
			       struct trc_expr *l)
{
	struct trc_expr *e = trc_expr_new(ctx, kind, loc);

	e->tname = tname;
	e->l = l;
	return e;
}

struct trc_expr *trc_expr_member(struct trc_ctx *ctx, struct trc_loc loc,
				 struct trc_expr *l, char *name, bool arrow)
{
	struct trc_expr *e = trc_expr_new(ctx, TRC_E_MEMBER, loc);

	e->l = l;
	e->str = name;
	e->arrow = arrow;
	return e;
}

char *trc_words_join(struct trc_ctx *ctx, char *a, char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *p = trc_alloc(ctx, na + nb + 2);

	memcpy(p, a, na);
	p[na] = ' ';
	memcpy(p + na + 1, b, nb);
	return p;
}

struct trc_stmt *trc_stmt_expr(struct trc_ctx *ctx, struct trc_loc loc,
			       struct trc_expr *e)
{
	if (e->kind == TRC_E_ASSIGN && e->aop < 0 && e->l->kind == TRC_E_AGG)
		return trc_stmt_new(ctx, loc, e->l, e->r);
	return trc_stmt_new(ctx, loc, NULL, e);
}
