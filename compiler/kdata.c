// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/kdata.c - sema of kernel data: member access, indexing, * and &,
 * offsetof, pointer arithmetic, stringof(), typed fbt arguments (args[N])
 * and curthread.  Types come from ctype.c.
 *
 *   p->m, s.m	p a pointer to a struct or union, s one in memory; the
 *		member's offset (and a bitfield's bits) are fixed here
 *   p[i], a[i]	a pointer's or an array's element i
 *   *p		the object p points to
 *   &x		the address of a member, an element or *p: no load
 *   p + i	pointer arithmetic scales i by the size of *p (void: 1);
 *		p - q of two pointers counts elements
 * A struct, union or array is an object (TRC_T_OBJ), never a value: it is
 * an operand of ., [], & or sizeof only, except that an array used as a
 * value is the address of its first element, as in C (trc_kdata_value()).
 * Everything an object holds is read from kernel memory by codegen, with
 * the no-fault load LDK; a scalar is sign-extended per its type.  Through a
 * pointer into the VM's own memory (copyin()'s bytes cast to a type) it is
 * read with LDX, bounds-checked like any VM address.
 *
 * args[N] on fbt probes is argN converted to the N-th parameter's type of
 * the function's BTF prototype (the module's BTF for a module function);
 * on fbt return probes args[1] is the return value, of the function's
 * return type, as in DTrace.  Every probe of the clause must agree.
 */
#include <bpf/btf.h>
#include "trc_impl.h"
#include "tracer/helpers.h"

/* "struct file *", "an integer", "a string": what @t is, for messages. */
const char *trc_type_what(struct trc_type t)
{
	if (t.ct)
		return t.ct->name;
	switch (t.kind) {
	case TRC_T_STR:
		return "a string";
	case TRC_T_STACK:
	case TRC_T_USTACK:
		return "a stack";
	case TRC_T_SYM:
	case TRC_T_USYM:
	case TRC_T_UADDR:
	case TRC_T_UMOD:
		return "a symbol";
	default:
		return "an integer";
	}
}

static bool trc_is_ptr(struct trc_type t)
{
	return t.kind == TRC_T_INT && t.ct && t.ct->kind == TRC_C_PTR;
}

static bool trc_is_composite(const struct trc_ctype *ct)
{
	return ct && (ct->kind == TRC_C_STRUCT || ct->kind == TRC_C_UNION);
}

/* The D type of an object of C type @ct, or an error for void. */
static int trc_object_type(struct trc_ctx *ctx, struct trc_expr *e,
			   const struct trc_ctype *ct)
{
	e->type = trc_ctype_type(ct);
	if (e->type.kind == TRC_T_INT && e->type.size != 1 &&
	    e->type.size != 2 && e->type.size != 4 && e->type.size != 8) {
		trc_error(ctx, e->loc,
			  "cannot read %s: values of %u bytes are not supported",
			  ct->name, e->type.size);
		return -EINVAL;
	}
	if (e->type.kind != TRC_T_NONE)
		return 0;
	trc_error(ctx, e->loc, "cannot read %s: it has no size or value",
		  ct->name);
	return -EINVAL;
}

int trc_kdata_value(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_ctype *ct = e->type.ct;
	struct trc_expr *c, *next = e->next;

	if (e->type.kind != TRC_T_OBJ)
		return 0;
	if (ct->kind != TRC_C_ARRAY) {
		trc_error(ctx, e->loc,
			  "%s is not a value: read its members with . or ->",
			  ct->name);
		return -EINVAL;
	}
	c = trc_alloc(ctx, sizeof(*c));
	*c = *e;
	c->next = NULL;
	memset(e, 0, sizeof(*e));
	e->kind = TRC_E_ADDR;
	e->loc = c->loc;
	e->l = c;
	e->next = next;
	e->decayed = true;
	e->type = trc_ctype_type(trc_ctype_ptr(ctx, ct->ref,
					       trc_kdata_in_vm(c)));
	return 0;
}

bool trc_kdata_in_vm(const struct trc_expr *e)
{
	const struct trc_expr *l = e->l;

	if (l->type.kind == TRC_T_OBJ)	/* s.m, a[i] */
		return trc_kdata_in_vm(l);
	return l->type.ct->vm;		/* p->m, p[i], *p */
}

void trc_kdata_copyin(struct trc_ctx *ctx, struct trc_expr *e)
{
	e->type = trc_ctype_type(trc_ctype_ptr(ctx, trc_ctype_void(ctx),
					       true));
}

void trc_kdata_cast(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_ctype *from = e->l->type.ct;

	if (trc_is_ptr(e->type) && trc_is_ptr(e->l->type) && from->vm)
		e->type = trc_ctype_type(trc_ctype_ptr(ctx, e->type.ct->ref,
						       true));
}

static int trc_sema_member(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_ctype *ct;
	struct trc_type t;
	struct trc_member m;

	if (trc_sema_object(ctx, e->l))
		return -EINVAL;
	t = e->l->type;
	if (e->arrow) {
		if (!trc_is_ptr(t) || !trc_is_composite(t.ct->ref)) {
			trc_error(ctx, e->loc,
				  "operator '->' needs a pointer to a struct or union, not %s",
				  trc_type_what(t));
			return -EINVAL;
		}
		ct = t.ct->ref;
	} else {
		if (t.kind != TRC_T_OBJ || !trc_is_composite(t.ct)) {
			trc_error(ctx, e->loc,
				  "operator '.' needs a struct or union, not %s%s",
				  trc_type_what(t), trc_is_ptr(t) &&
				  trc_is_composite(t.ct->ref) ?
				  "; did you mean '->'?" : "");
			return -EINVAL;
		}
		ct = t.ct;
	}
	if (trc_ctype_member(ctx, e->loc, ct, e->str, &m))
		return -EINVAL;
	e->moff = m.off;
	e->bitoff = m.bitoff;
	e->bitsize = m.bitsize;
	return trc_object_type(ctx, e, m.type);
}

static int trc_sema_index(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_ctype *elem;
	struct trc_type t;

	if (trc_sema_object(ctx, e->l) || trc_sema_expr(ctx, e->r))
		return -EINVAL;
	t = e->l->type;
	if (trc_is_ptr(t) || (t.kind == TRC_T_OBJ &&
			      t.ct->kind == TRC_C_ARRAY)) {
		elem = t.ct->ref;
	} else {
		trc_error(ctx, e->loc,
			  "operator '[]' needs a pointer or an array, not %s",
			  trc_type_what(t));
		return -EINVAL;
	}
	if (e->r->type.kind != TRC_T_INT) {
		trc_error(ctx, e->r->loc, "an index must be an integer, not %s",
			  trc_type_what(e->r->type));
		return -EINVAL;
	}
	return trc_object_type(ctx, e, elem);
}

static int trc_sema_deref(struct trc_ctx *ctx, struct trc_expr *e)
{
	if (trc_sema_expr(ctx, e->l))
		return -EINVAL;
	if (!trc_is_ptr(e->l->type)) {
		trc_error(ctx, e->loc,
			  "operator '*' needs a pointer, not %s",
			  trc_type_what(e->l->type));
		return -EINVAL;
	}
	if (e->l->type.ct->ref->kind == TRC_C_VOID) {
		trc_error(ctx, e->loc,
			  "cannot dereference a void pointer (%s): cast it to a pointer to a type first",
			  e->l->type.ct->name);
		return -EINVAL;
	}
	return trc_object_type(ctx, e, e->l->type.ct->ref);
}

static int trc_sema_addr(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_expr *l = e->l;

	if (trc_sema_object(ctx, l))
		return -EINVAL;
	if (l->kind != TRC_E_MEMBER && l->kind != TRC_E_INDEX &&
	    l->kind != TRC_E_DEREF) {
		trc_error(ctx, e->loc,
			  "operator '&' needs kernel data: a member, an element or *p");
		return -EINVAL;
	}
	if (l->kind == TRC_E_MEMBER && l->bitsize) {
		trc_error(ctx, e->loc,
			  "cannot take the address of bitfield %s", l->str);
		return -EINVAL;
	}
	e->type = trc_ctype_type(trc_ctype_ptr(ctx, l->type.ct,
					       trc_kdata_in_vm(l)));
	return 0;
}

static int trc_sema_offsetof(struct trc_ctx *ctx, struct trc_expr *e)
{
	char *path = trc_strdup(ctx, e->str), *name, *save = NULL;
	struct trc_type t;
	struct trc_member m;
	u64 off = 0;

	if (trc_type_parse(ctx, e->loc, e->tname, &t))
		return -EINVAL;
	for (name = strtok_r(path, ".", &save); name;
	     name = strtok_r(NULL, ".", &save)) {
		if (t.kind != TRC_T_OBJ || !trc_is_composite(t.ct)) {
			trc_error(ctx, e->loc,
				  "offsetof() needs a struct or union, not %s",
				  trc_type_what(t));
			return -EINVAL;
		}
		if (trc_ctype_member(ctx, e->loc, t.ct, name, &m))
			return -EINVAL;
		if (m.bitsize) {
			trc_error(ctx, e->loc,
				  "offsetof() of bitfield %s", name);
			return -EINVAL;
		}
		off += m.off;
		t = trc_ctype_type(m.type);
	}
	e->kind = TRC_E_INT;
	e->ival = off;
	e->type = (struct trc_type){ TRC_T_INT, false, 8, NULL };
	return 0;
}

int trc_sema_kdata(struct trc_ctx *ctx, struct trc_expr *e)
{
	switch (e->kind) {
	case TRC_E_MEMBER:
		return trc_sema_member(ctx, e);
	case TRC_E_INDEX:
		return trc_sema_index(ctx, e);
	case TRC_E_DEREF:
		return trc_sema_deref(ctx, e);
	case TRC_E_ADDR:
		return trc_sema_addr(ctx, e);
	default:
		return trc_sema_offsetof(ctx, e);
	}
}

/* ---- pointer arithmetic ---------------------------------------------- */

static struct trc_expr *trc_scaled(struct trc_ctx *ctx, struct trc_expr *i,
				   u32 size)
{
	static const struct trc_type lng = { TRC_T_INT, true, 8, NULL };
	struct trc_expr *e;

	if (size <= 1)
		return i;
	e = trc_expr_binary(ctx, i->loc, TRC_BIN_MUL, i,
			    trc_expr_int(ctx, i->loc, size, lng));
	e->type = lng;
	return e;
}

bool trc_kdata_arith(struct trc_ctx *ctx, struct trc_expr *e)
{
	static const struct trc_type lng = { TRC_T_INT, true, 8, NULL };
	struct trc_type l = e->l->type, r = e->r->type;
	struct trc_expr *diff;
	u32 size;

	if (e->op != TRC_BIN_ADD && e->op != TRC_BIN_SUB)
		return false;
	if (trc_is_ptr(l) && trc_is_ptr(r) && e->op == TRC_BIN_SUB) {
		size = l.ct->ref->size;
		e->type = lng;
		if (size <= 1)
			return true;
		diff = trc_expr_binary(ctx, e->loc, TRC_BIN_SUB, e->l, e->r);
		diff->type = lng;
		e->op = TRC_BIN_DIV;
		e->l = diff;
		e->r = trc_expr_int(ctx, e->loc, size, lng);
		return true;
	}
	if (trc_is_ptr(l) && !r.ct) {
		e->r = trc_scaled(ctx, e->r, l.ct->ref->size);
		e->type = l;
		return true;
	}
	if (trc_is_ptr(r) && !l.ct && e->op == TRC_BIN_ADD) {
		e->l = trc_scaled(ctx, e->l, r.ct->ref->size);
		e->type = r;
		return true;
	}
	return false;
}

/* ---- strings from kernel memory ---------------------------------------- */

/*
 * Make @e, an address of kernel characters, the string they hold: a char
 * array's bytes exactly (KCOPY, NUL-padded one byte past them, as DTrace
 * records a char array), else up to the NUL (KSTR); at most strsize - 1
 * bytes either way.  The caller keeps e->next.
 */
static void trc_kstring(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_expr *arg = trc_alloc(ctx, sizeof(*arg));
	u32 n = 0;

	*arg = *e;
	arg->next = NULL;
	if (e->kind == TRC_E_ADDR && e->decayed)
		n = e->l->type.ct->nelems;	/* 0: a flexible array */
	memset(e, 0, sizeof(*e));
	e->kind = TRC_E_CALL;
	e->loc = arg->loc;
	e->str = (char *)"stringof";
	e->args = arg;
	e->nargs = 1;
	e->subr = TR_HLP_KSTR;
	e->type = (struct trc_type){ TRC_T_STR, false, ctx->tc_strsize,
				     NULL };
	if (n) {
		if (n > ctx->tc_strsize - 1)
			n = ctx->tc_strsize - 1;
		e->subr = TR_HLP_KCOPY;
		e->ival = n;		/* bytes copied, for codegen */
		e->type.size = n + 1;
	}
}

static bool trc_is_vm_ptr(struct trc_type t)
{
	return trc_is_ptr(t) && t.ct->vm;
}

bool trc_kdata_string(struct trc_ctx *ctx, struct trc_expr *e,
		      bool arrays_only)
{
	struct trc_expr *next = e->next;

	if (!trc_is_ptr(e->type) || !trc_ctype_is_char(e->type.ct->ref) ||
	    trc_is_vm_ptr(e->type) ||
	    (arrays_only && (e->kind != TRC_E_ADDR || !e->decayed)))
		return false;
	trc_kstring(ctx, e);
	e->next = next;
	return true;
}

int trc_sema_stringof(struct trc_ctx *ctx, struct trc_expr *e)
{
	struct trc_expr *a = e->args, *next = e->next;

	if (e->nargs != 1) {
		trc_error(ctx, e->loc, "stringof() takes one argument, not %u",
			  e->nargs);
		return -EINVAL;
	}
	/*
	 * stringof(copyin(addr, n)), DTrace's way to print the bytes a
	 * process writes (the Guide's chapter 33): the string of at most n
	 * of them, up to a NUL, which is copyinstr(addr, n).
	 */
	if (a->kind == TRC_E_CALL && !strcmp(a->str, "copyin") && a->nargs == 2)
		a->str = (char *)"copyinstr";
	if (trc_sema_expr(ctx, a))
		return -EINVAL;
	if (a->type.kind == TRC_T_STR) {	/* already a string */
		*e = *a;
		e->next = next;
		return 0;
	}
	if (a->type.kind != TRC_T_INT) {
		trc_error(ctx, a->loc,
			  "stringof() needs a string, a pointer or an address, not %s",
			  trc_type_what(a->type));
		return -EINVAL;
	}
	if (trc_is_vm_ptr(a->type)) {
		trc_error(ctx, a->loc,
			  "stringof() reads kernel memory, and %s points to copyin()'s bytes: use copyinstr() for a user string",
			  trc_type_what(a->type));
		return -EINVAL;
	}
	*e = *a;
	trc_kstring(ctx, e);
	e->next = next;
	return 0;
}

/* ---- args[N] and curthread --------------------------------------------- */

/* The type of args[@n] at probe @p; NULL after an error. */
static const struct trc_ctype *trc_arg_type(struct trc_ctx *ctx,
					    struct trc_expr *e,
					    const struct trc_probe *p, u64 n)
{
	const struct btf_type *proto;
	const struct btf_param *params;
	struct trc_btf_ref r;
	const char *path;
	u32 nparams;

	if (p->kind != TR_PROBE_KPROBE && p->kind != TR_PROBE_KRETPROBE) {
		trc_error(ctx, e->loc,
			  "args[] is typed for fbt probes only; %s has none (use arg%llu)",
			  p->desc, (unsigned long long)n);
		return NULL;
	}
	if (!trc_btf_vmlinux(ctx, &path)) {
		trc_error(ctx, e->loc,
			  "args[] needs the kernel's BTF, and %s cannot be read (set TRACER_BTF to a vmlinux with .BTF)",
			  path);
		return NULL;
	}
	proto = trc_btf_proto(ctx, p->function, p->module, &r);
	if (!proto) {
		trc_error(ctx, e->loc,
			  "function %s has no BTF prototype: args[] is not available (use arg%llu)",
			  p->function, (unsigned long long)n);
		return NULL;
	}
	params = btf_params(proto);
	nparams = btf_vlen(proto);
	if (p->kind == TR_PROBE_KRETPROBE) {
		if (n != 1) {
			trc_error(ctx, e->loc,
				  "in fbt return probe %s only args[1], the return value, is typed",
				  p->desc);
			return NULL;
		}
		if (!proto->type) {
			trc_error(ctx, e->loc,
				  "args[1]: %s() returns void", p->function);
			return NULL;
		}
		return trc_ctype_btf(ctx, r.btf, proto->type);
	}
	if (n >= nparams) {
		trc_error(ctx, e->loc,
			  "args[%llu]: %s() takes %u argument%s",
			  (unsigned long long)n, p->function, nparams,
			  nparams == 1 ? "" : "s");
		return NULL;
	}
	return trc_ctype_btf(ctx, r.btf, params[n].type);
}

static const int trc_arg_builtins[] = {
	TR_BI_ARG0, TR_BI_ARG1, TR_BI_ARG2, TR_BI_ARG3, TR_BI_ARG4,
	TR_BI_ARG5, TR_BI_ARG6, TR_BI_ARG7, TR_BI_ARG8, TR_BI_ARG9,
};

int trc_sema_args_array(struct trc_ctx *ctx, struct trc_expr *e)
{
	static const struct trc_type arg = { TRC_T_INT, true, 8, NULL };
	const struct trc_ctype *ct = NULL, *t;
	const struct trc_probe *p, *first = NULL;
	struct trc_expr *id;
	u64 n;
	u32 i;

	if (e->nargs != 1 || e->args->kind != TRC_E_INT ||
	    e->args->ival >= ARRAY_SIZE(trc_arg_builtins)) {
		trc_error(ctx, e->loc,
			  "args[] takes one constant index, 0 to %zu",
			  ARRAY_SIZE(trc_arg_builtins) - 1);
		return -EINVAL;
	}
	n = e->args->ival;
	for (i = 0; i < ctx->tc_clause->nprobes; i++) {
		p = &ctx->tc_probes[ctx->tc_clause->probes[i]];
		t = trc_arg_type(ctx, e, p, n);
		if (!t)
			return -EINVAL;
		if (ct && !trc_ctype_same(ct, t)) {
			trc_error(ctx, e->loc,
				  "args[%llu] is %s in %s but %s in %s",
				  (unsigned long long)n, ct->name,
				  first->desc, t->name, p->desc);
			return -EINVAL;
		}
		ct = t;
		first = p;
	}
	id = trc_expr_new(ctx, TRC_E_IDENT, e->loc);
	id->str = (char *)tr_builtin_table[trc_arg_builtins[n]].name;
	id->builtin = trc_arg_builtins[n];
	id->type = arg;
	e->kind = TRC_E_CAST;	/* argN converted to the parameter's type */
	e->l = id;
	e->args = NULL;
	e->nargs = 0;
	e->tname = (char *)ct->name;
	if (trc_object_type(ctx, e, ct))
		return -EINVAL;
	if (e->type.kind == TRC_T_OBJ) {
		trc_error(ctx, e->loc,
			  "args[%llu] is %s, passed by value: not supported",
			  (unsigned long long)n, ct->name);
		return -EINVAL;
	}
	return 0;
}

int trc_sema_curthread(struct trc_ctx *ctx, struct trc_expr *e)
{
	const struct trc_ctype *ct;

	ct = trc_ctype_named(ctx, e->loc, "struct", "task_struct");
	if (!ct)
		return -EINVAL;
	e->type = trc_ctype_type(trc_ctype_ptr(ctx, ct, false));
	return 0;
}
