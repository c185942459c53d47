// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/vars.c - variables (sema's part): globals, associative arrays,
 * thread-locals (self->) and clause-locals (this->); assignments, casts
 * and sizeof.
 *
 * A variable is created by its declaration or its first use, and typed by
 * its declaration or first assignment, in source order (declarations are
 * optional, as in D).  An
 * identifier that is not a builtin is a global variable if some statement
 * assigns it (a pre-pass, trc_vars_collect(), finds those); otherwise it
 * is an unknown name.  A variable read before its first assignment is a
 * string if that assignment plainly stores one (trc_hint()), else a 64-bit
 * signed integer.  An associative array's keys are
 * fixed by its first use: every use must have as many keys, of the same
 * kinds; integer keys take 8 bytes, string keys the longest string any use
 * gives (raw NUL-padded bytes, as aggregation keys).
 *
 * Compound assignment and ++/-- are rewritten here to plain assignment:
 * `x op= y` to `x = x op y`, `x++` to `x = x + 1` with `post` set (its
 * value is x's old one), so codegen knows one assignment only.
 *
 * Storage (trc_vars_layout()): integers take 8 bytes, strings strsize
 * rounded up to 8.  Globals are laid out in the globals region (a string
 * that may be assigned NULL after an 8-byte header: codegen.c), this->
 * variables at the start of scratch (tc_this_size bytes, zeroed by the
 * module at each firing), associative arrays and thread-locals become the
 * image's dynamic variables (a thread-local's key is the thread id).
 */
#include "trc_impl.h"

static const char *const trc_vscope_names[TRC_NVSCOPES] = {
#define TRC_X_NAME(name, what) [TRC_V_##name] = what,
	TRC_VSCOPES(TRC_X_NAME)
#undef TRC_X_NAME
};

static const char *trc_var_prefix(enum trc_vscope scope)
{
	return scope == TRC_V_SELF ? "self->" :
	       scope == TRC_V_THIS ? "this->" : "";
}

/* Globals and associative arrays share one name space, as in D. */
static bool trc_same_space(enum trc_vscope a, enum trc_vscope b)
{
	if (a == TRC_V_ASSOC)
		a = TRC_V_GLOBAL;
	if (b == TRC_V_ASSOC)
		b = TRC_V_GLOBAL;
	return a == b;
}

static struct trc_var *trc_var_find(struct trc_ctx *ctx, const char *name,
				    enum trc_vscope scope)
{
	u32 i;

	for (i = 0; i < ctx->tc_nvars; i++)
		if (trc_same_space(ctx->tc_vars[i].scope, scope) &&
		    !strcmp(ctx->tc_vars[i].name, name))
			return &ctx->tc_vars[i];
	return NULL;
}

static struct trc_var *trc_var_new(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_var *v;

	trc_grow(ctx, &ctx->tc_vars, &ctx->tc_vars_cap, ctx->tc_nvars + 1,
		 sizeof(*v));
	v = &ctx->tc_vars[ctx->tc_nvars++];
	memset(v, 0, sizeof(*v));
	v->name = e->str;
	v->scope = e->scope;
	v->loc = e->loc;
	v->nkeys = e->nargs;
	v->keys = trc_alloc(ctx, e->nargs * sizeof(*v->keys));
	v->key_off = trc_alloc(ctx, e->nargs * sizeof(*v->key_off));
	return v;
}

/* ---- the pre-pass: globals assigned anywhere -------------------------- */

static const struct tr_builtin_info *trc_builtin_named(const char *name)
{
	unsigned int i;

	for (i = 0; i < TR_NBUILTINS; i++)
		if (!strcmp(name, tr_builtin_table[i].name))
			return &tr_builtin_table[i];
	return NULL;
}

static bool trc_is_builtin_name(const char *name)
{
	return trc_builtin_named(name) != NULL;
}

static bool trc_builtin_is_str(const char *name)
{
	return trc_builtin_named(name)->kind == TR_BUILTIN_STR;
}

/*
 * The first assignment of a variable in source order says whether it holds
 * strings when that is plain from its right side (a string literal or a
 * string builtin), so that a use before it in the source (a predicate such
 * as /self->name != ""/ in an earlier clause) gets the right kind.
 */
static void trc_hint(struct trc_ctx *ctx, struct trc_expr *l,
		     const struct trc_expr *r)
{
	struct trc_var *v = trc_var_find(ctx, l->str, l->scope);

	if (!v || v->hinted)
		return;
	v->hinted = true;
	v->hint_str = r->kind == TRC_E_STR ||
		      (r->kind == TRC_E_IDENT && trc_is_builtin_name(r->str) &&
		       trc_builtin_is_str(r->str));
}

static void trc_collect_expr(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_expr *a;

	if (e->kind == TRC_E_ASSIGN && e->l->kind == TRC_E_IDENT &&
	    !trc_is_builtin_name(e->l->str) &&
	    !trc_var_find(ctx, e->l->str, TRC_V_GLOBAL)) {
		e->l->kind = TRC_E_VAR;
		e->l->scope = TRC_V_GLOBAL;
		trc_var_new(ctx, e->l);
	}
	if (e->kind == TRC_E_VAR && !trc_var_find(ctx, e->str, e->scope))
		trc_var_new(ctx, e);
	if (e->kind == TRC_E_ASSIGN && e->aop < 0 && e->l->kind == TRC_E_VAR)
		trc_hint(ctx, e->l, e->r);
	if (e->l)
		trc_collect_expr(ctx, e->l);
	if (e->r)
		trc_collect_expr(ctx, e->r);
	if (e->cond)
		trc_collect_expr(ctx, e->cond);
	for (a = e->args; a; a = a->next)
		trc_collect_expr(ctx, a);
}

/* ---- declarations ----------------------------------------------------- */

static char *trc_trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/*
 * One declaration: [self|this] TYPE NAME [ "[" TYPE {, TYPE} "]" ] ";"
 * (the scanner matched that shape).  It fixes the variable's type, and an
 * array's keys, before any use.
 */
static int trc_declare(struct trc_ctx *ctx, const struct trc_pragma *d)
{
	char *t = trc_strdup(ctx, d->text), *keys = NULL, *name, *k, *save;
	struct trc_expr proto = { .loc = d->loc, .scope = TRC_V_GLOBAL };
	struct trc_type type, kt[TR_MAX_DVAR_DATA / 8];
	struct trc_var *v;
	u32 i;

	*strchr(t, ';') = '\0';
	if ((k = strchr(t, '['))) {
		*k = '\0';
		*strchr(k + 1, ']') = '\0';
		keys = k + 1;
	}
	t = trc_trim(t);
	for (name = t + strlen(t); name[-1] != ' ' && name[-1] != '\t';)
		name--;		/* the scanner put a blank before it */
	name[-1] = '\0';
	if (!strncmp(t, "self", 4) && (t[4] == ' ' || t[4] == '\t'))
		proto.scope = TRC_V_SELF, t += 4;
	else if (!strncmp(t, "this", 4) && (t[4] == ' ' || t[4] == '\t'))
		proto.scope = TRC_V_THIS, t += 4;
	if (trc_type_parse(ctx, d->loc, trc_trim(t), &type))
		return -EINVAL;
	if (keys && proto.scope != TRC_V_GLOBAL) {
		trc_error(ctx, d->loc,
			  "only global variables can be associative arrays");
		return -EINVAL;
	}
	for (k = keys ? strtok_r(keys, ",", &save) : NULL; k;
	     k = strtok_r(NULL, ",", &save)) {
		if (proto.nargs == ARRAY_SIZE(kt)) {
			trc_error(ctx, d->loc, "too many keys");
			return -EINVAL;
		}
		if (trc_type_parse(ctx, d->loc, trc_trim(k),
				   &kt[proto.nargs++]))
			return -EINVAL;
	}
	if (keys) {
		proto.scope = TRC_V_ASSOC;
		if (!proto.nargs) {
			trc_error(ctx, d->loc,
				  "associative array %s needs at least one key type",
				  name);
			return -EINVAL;
		}
	}
	proto.str = trc_strdup(ctx, name);
	if ((v = trc_var_find(ctx, proto.str, proto.scope))) {
		trc_error(ctx, d->loc, "%s%s is already declared at %d:%d",
			  trc_var_prefix(proto.scope), proto.str, v->loc.line,
			  v->loc.col);
		return -EINVAL;
	}
	v = trc_var_new(ctx, &proto);
	v->type = type;
	v->tloc = d->loc;
	v->keyed = keys != NULL;
	v->key_loc = d->loc;
	for (i = 0; i < proto.nargs; i++)
		v->keys[i] = kt[i];
	return 0;
}

int trc_vars_collect(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	struct trc_pragma *d;
	struct trc_stmt *s;
	int err = 0;

	for (d = ctx->tc_decls; d; d = d->next)
		if (trc_declare(ctx, d))
			err = -EINVAL;

	for (cl = ctx->tc_clauses; cl; cl = cl->next) {
		if (cl->pred)
			trc_collect_expr(ctx, cl->pred);
		for (s = cl->stmts; s; s = s->next) {
			if (s->lhs)
				trc_collect_expr(ctx, s->lhs);
			trc_collect_expr(ctx, s->expr);
		}
	}
	return err;
}

bool trc_vars_ident(struct trc_ctx *ctx, struct trc_expr *e)
{
	if (!trc_var_find(ctx, e->str, TRC_V_GLOBAL))
		return false;
	e->kind = TRC_E_VAR;
	e->scope = TRC_V_GLOBAL;
	return true;
}

/* ---- uses ------------------------------------------------------------- */

static const char *trc_kind_of(struct trc_type t)
{
	return t.kind == TRC_T_STR ? "a string" : "an integer";
}

/* The keys of @e against @v's signature, which the first use sets. */
static int trc_var_keys(struct trc_ctx *ctx, struct trc_var *v,
			struct trc_expr *e)
{
	struct trc_expr *k;
	struct trc_type *t;
	u32 i;

	for (k = e->args; k; k = k->next)
		if (trc_sema_expr(ctx, k))
			return -EINVAL;
	if (!v->keyed) {
		v->keyed = true;
		v->nkeys = e->nargs;
		v->keys = trc_alloc(ctx, e->nargs * sizeof(*v->keys));
		v->key_off = trc_alloc(ctx, e->nargs * sizeof(*v->key_off));
		v->key_loc = e->loc;
		for (i = 0, k = e->args; k; k = k->next, i++)
			v->keys[i] = k->type;
		return 0;
	}
	if (v->nkeys != e->nargs) {
		trc_error(ctx, e->loc,
			  "associative array %s has %u key%s here but %u at %d:%d",
			  v->name, e->nargs, e->nargs == 1 ? "" : "s",
			  v->nkeys, v->key_loc.line, v->key_loc.col);
		return -EINVAL;
	}
	for (i = 0, k = e->args; k; k = k->next, i++) {
		t = &v->keys[i];
		if (t->kind != k->type.kind) {
			trc_error(ctx, k->loc,
				  "key %u of associative array %s is %s here but %s at %d:%d",
				  i + 1, v->name, trc_kind_of(k->type),
				  trc_kind_of(*t), v->key_loc.line,
				  v->key_loc.col);
			return -EINVAL;
		}
		if (k->type.size > t->size)
			t->size = k->type.size;
	}
	return 0;
}

/* Resolve variable @e; with @store, @t is the type assigned to it. */
static struct trc_var *trc_var_use(struct trc_ctx *ctx, struct trc_expr *e,
				   const struct trc_type *store)
{
	struct trc_var *v = trc_var_find(ctx, e->str, e->scope);

	if (e->scope == TRC_V_ASSOC && trc_is_builtin_name(e->str)) {
		trc_error(ctx, e->loc,
			  "'%s' is a builtin, not an associative array",
			  e->str);
		return NULL;
	}
	if (v && v->scope != (enum trc_vscope)e->scope) {
		trc_error(ctx, e->loc,
			  "%s is %s %s (first used at %d:%d), not %s %s",
			  e->str, v->scope == TRC_V_ASSOC ? "an" : "a",
			  trc_vscope_names[v->scope], v->loc.line,
			  v->loc.col, e->scope == TRC_V_ASSOC ? "an" : "a",
			  trc_vscope_names[e->scope]);
		return NULL;
	}
	if (!v)
		v = trc_var_new(ctx, e);
	if (e->scope == TRC_V_ASSOC && trc_var_keys(ctx, v, e))
		return NULL;
	if (v->type.kind == TRC_T_NONE) {
		v->type = store ? *store : v->hint_str ?
			  (struct trc_type){ TRC_T_STR, false, 0, NULL } :
			  (struct trc_type){ TRC_T_INT, true, 8, NULL };
		if (v->type.kind == TRC_T_STR)
			v->type.size = ctx->tc_strsize;
		v->tloc = e->loc;
	} else if (store && store->kind != v->type.kind) {
		trc_error(ctx, e->loc,
			  "cannot assign %s to %s%s, %s %s of %s (since %d:%d)",
			  trc_kind_of(*store), trc_var_prefix(v->scope),
			  v->name, v->scope == TRC_V_ASSOC ? "an" : "a",
			  trc_vscope_names[v->scope],
			  v->type.kind == TRC_T_STR ? "strings" : "integers",
			  v->tloc.line, v->tloc.col);
		return NULL;
	}
	e->var = v - ctx->tc_vars;
	e->type = v->type;
	return v;
}

int trc_sema_var(struct trc_ctx *ctx, struct trc_expr *e)
{
	return trc_var_use(ctx, e, NULL) ? 0 : -EINVAL;
}

static struct trc_expr *trc_expr_copy(struct trc_ctx *ctx,
				      const struct trc_expr *e)
{
	struct trc_expr *c = trc_alloc(ctx, sizeof(*c));

	*c = *e;
	c->next = NULL;
	return c;
}

int trc_sema_assign_expr(struct trc_ctx *ctx, struct trc_expr *e, bool top)
{
	struct trc_expr *l = e->l, *one;
	struct trc_var *v;

	if (l->kind == TRC_E_IDENT && trc_is_builtin_name(l->str)) {
		trc_error(ctx, l->loc, "cannot assign to builtin '%s'",
			  l->str);
		return -EINVAL;
	}
	if (l->kind == TRC_E_AGG && e->aop >= 0) {
		trc_error(ctx, e->loc,
			  "aggregation @%s can only be updated by assigning an aggregating function, as in @%s = sum(x)",
			  l->str, l->str);
		return -EINVAL;
	}
	if (l->kind == TRC_E_AGG) {
		trc_error(ctx, e->loc,
			  "an aggregation can only be assigned in a statement of its own, as in @%s = count()",
			  l->str);
		return -EINVAL;
	}
	if (l->kind == TRC_E_IDENT)
		trc_vars_ident(ctx, l);
	if (l->kind != TRC_E_VAR) {
		trc_error(ctx, e->loc,
			  "the left side of '%s' must be a variable",
			  e->aop < 0 ? "=" : e->r ? "op=" : e->aop ==
			  TRC_BIN_ADD ? "++" : "--");
		return -EINVAL;
	}
	v = trc_var_find(ctx, l->str, l->scope);
	if (e->aop >= 0 && v && v->type.kind == TRC_T_STR) {
		trc_error(ctx, e->loc,
			  "operator '%s%s' needs an integer variable, but %s%s holds strings",
			  e->r ? trc_binop_names[e->aop] : e->aop ==
			  TRC_BIN_ADD ? "++" : "--", e->r ? "=" : "",
			  trc_var_prefix(v->scope), v->name);
		return -EINVAL;
	}
	if (e->aop >= 0) {
		if (!e->r) {
			one = trc_expr_int(ctx, e->loc, 1, TRC_TYPE_INT);
			e->r = one;
		}
		e->r = trc_expr_binary(ctx, e->loc, e->aop,
				       trc_expr_copy(ctx, l), e->r);
		e->aop = -1;
		e->post = e->post && !top;	/* nobody reads the value */
	}
	if (trc_sema_expr(ctx, e->r))
		return -EINVAL;
	v = trc_var_use(ctx, l, &e->r->type);
	if (!v)
		return -EINVAL;
	if (v->scope == TRC_V_GLOBAL && v->type.kind == TRC_T_STR &&
	    (e->r->kind == TRC_E_CALL || e->r->kind == TRC_E_VAR))
		v->nullable = true;
	if (l->type.kind == TRC_T_STR && !top) {
		trc_error(ctx, e->loc,
			  "a string assignment has no value; write it as a statement of its own");
		return -EINVAL;
	}
	e->type = l->type;
	return 0;
}

int trc_sema_cast(struct trc_ctx *ctx, struct trc_expr *e)
{
	if (trc_type_parse(ctx, e->loc, e->tname, &e->type) ||
	    trc_sema_expr(ctx, e->l))
		return -EINVAL;
	if (e->type.kind != TRC_T_INT || e->l->type.kind != TRC_T_INT) {
		trc_error(ctx, e->loc, "cannot cast %s to %s",
			  trc_type_what(e->l->type),
			  e->type.kind == TRC_T_STR ? "string" : e->tname);
		return -EINVAL;
	}
	trc_kdata_cast(ctx, e);		/* btf: copyin()'s pointers */
	return 0;
}

int trc_sema_sizeof(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_type t;

	if (e->tname ? trc_type_parse(ctx, e->loc, e->tname, &t) :
		       trc_sema_object(ctx, e->l))
		return -EINVAL;
	if (!e->tname)
		t = e->l->type;
	if (t.kind == TRC_T_STR)	/* D's string type, whatever it holds */
		t.size = ctx->tc_strsize;
	/* sizeof is a size_t constant; its operand is not evaluated. */
	e->kind = TRC_E_INT;
	e->ival = t.size;
	e->type = (struct trc_type){ TRC_T_INT, false, 8, NULL };
	e->l = NULL;
	return 0;
}

/* ---- layout ----------------------------------------------------------- */

static u32 trc_var_bytes(const struct trc_var *v)
{
	return v->type.kind == TRC_T_STR ? TRC_ALIGN8(v->type.size) : 8;
}

int trc_vars_layout(struct trc_ctx *ctx)
{
	struct trc_var *v;
	u32 i, j, off;
	int err = 0;

	for (i = 0; i < ctx->tc_nvars; i++) {
		v = &ctx->tc_vars[i];
		if (v->type.kind == TRC_T_NONE)
			continue;	/* collected, never reached by sema */
		v->size = trc_var_bytes(v);
		switch (v->scope) {
		case TRC_V_GLOBAL:
			if (v->nullable)
				ctx->tc_globals_size += TRC_NULL_HDR;
			v->off = ctx->tc_globals_size;
			ctx->tc_globals_size += v->size;
			break;
		case TRC_V_THIS:
			v->off = ctx->tc_this_size;
			ctx->tc_this_size += v->size;
			break;
		default:	/* TRC_V_SELF, TRC_V_ASSOC */
			for (j = 0, off = 0; j < v->nkeys; j++) {
				v->key_off[j] = off;
				off += v->keys[j].kind == TRC_T_STR ?
				       TRC_ALIGN8(v->keys[j].size) : 8;
			}
			v->key_size = v->scope == TRC_V_SELF ? 8 : off;
			if (v->key_size + v->size > TR_MAX_DVAR_DATA) {
				trc_error(ctx, v->loc,
					  "the keys and value of %s%s take %u bytes; at most %u fit",
					  trc_var_prefix(v->scope), v->name,
					  v->key_size + v->size,
					  TR_MAX_DVAR_DATA);
				err = -EINVAL;
			}
			if (ctx->tc_ndvars == TR_MAX_DVARS) {
				trc_error(ctx, v->loc,
					  "too many associative arrays and thread-local variables (at most %u)",
					  TR_MAX_DVARS);
				return -EINVAL;
			}
			v->dvar = ctx->tc_ndvars++;
			break;
		}
	}
	if (ctx->tc_globals_size > TR_MAX_GLOBALS_SIZE) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "global variables take %u bytes; at most %u fit",
			  ctx->tc_globals_size, TR_MAX_GLOBALS_SIZE);
		err = -EINVAL;
	}
	return err;
}
