// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/ctype.c - C types of kernel data (struct trc_ctype): made from
 * BTF types (btf.c) on first use, or from D's own integer types for casts
 * such as (unsigned char *).
 *
 * A pointer is to kernel memory, or (vm) to the tracer's own memory: what
 * copyin() returns and casts of it, read with LDX instead of LDK.
 *
 * Typedefs and qualifiers (const, volatile, restrict, type tags) are looked
 * through; a forward declaration is resolved to the full struct or union
 * of its name when one exists; enums are integers of their size; floats
 * are integers of their size (the VM has no floating point); a function
 * pointer is a pointer (an integer).  One trc_ctype exists per BTF type and
 * per pointer target, so two types are the same exactly when their
 * pointers are equal, or their names when they come from different BTF
 * (vmlinux and a module).  Members are read from the BTF when they are
 * used, anonymous struct and union members looked through as C does.
 */
#include <bpf/btf.h>
#include "trc_impl.h"

static struct trc_ctype *trc_ctype_new(struct trc_ctx *ctx,
				       enum trc_ckind kind, const char *name,
				       u32 size)
{
	struct trc_ctype *ct = trc_alloc(ctx, sizeof(*ct));

	ct->kind = kind;
	ct->name = name;
	ct->size = size;
	ct->next = ctx->tc_ctypes;
	ctx->tc_ctypes = ct;
	return ct;
}

const struct trc_ctype *trc_ctype_void(struct trc_ctx *ctx)
{
	struct trc_ctype *ct;

	for (ct = ctx->tc_ctypes; ct; ct = ct->next)
		if (ct->kind == TRC_C_VOID)
			return ct;
	return trc_ctype_new(ctx, TRC_C_VOID, "void", 0);
}

const struct trc_ctype *trc_ctype_int(struct trc_ctx *ctx, const char *name,
				      u32 size, bool is_signed)
{
	struct trc_ctype *ct;

	for (ct = ctx->tc_ctypes; ct; ct = ct->next)
		if (ct->kind == TRC_C_INT && !ct->btf &&
		    !strcmp(ct->name, name))
			return ct;
	ct = trc_ctype_new(ctx, TRC_C_INT, trc_strdup(ctx, name), size);
	ct->is_signed = is_signed;
	return ct;
}

const struct trc_ctype *trc_ctype_ptr(struct trc_ctx *ctx,
				      const struct trc_ctype *to, bool vm)
{
	struct trc_ctype *ct;
	size_t n = strlen(to->name);
	char *name;

	for (ct = ctx->tc_ctypes; ct; ct = ct->next)
		if (ct->kind == TRC_C_PTR && ct->ref == to && ct->vm == vm)
			return ct;
	name = trc_alloc(ctx, n + 3);
	sprintf(name, "%s%s*", to->name, to->name[n - 1] == '*' ? "" : " ");
	ct = trc_ctype_new(ctx, TRC_C_PTR, name, 8);
	ct->ref = to;
	ct->vm = vm;
	return ct;
}

/* The type BTF id @id of @btf stands for, typedefs looked through. */
static u32 trc_btf_skip(const struct btf *btf, u32 id)
{
	const struct btf_type *t;

	for (;;) {
		t = btf__type_by_id(btf, id);
		if (!t || !(btf_is_mod(t) || btf_is_typedef(t) ||
			    btf_is_type_tag(t)))
			return id;
		id = t->type;
	}
}

static const char *trc_btf_name(const struct btf *btf,
				const struct btf_type *t)
{
	return btf__name_by_offset(btf, t->name_off);
}

const struct trc_ctype *trc_ctype_btf(struct trc_ctx *ctx,
				      const struct btf *btf, u32 id)
{
	const struct btf_type *t;
	struct trc_btf_ref full;
	struct trc_ctype *ct;
	const char *tag, *name;
	char *s;

	id = trc_btf_skip(btf, id);
	if (!id)
		return trc_ctype_void(ctx);
	for (ct = ctx->tc_ctypes; ct; ct = ct->next)
		if (ct->btf == btf && ct->id == id)
			return ct;
	t = btf__type_by_id(btf, id);
	name = trc_btf_name(btf, t);
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
		ct = trc_ctype_new(ctx, TRC_C_INT, name, t->size);
		ct->is_signed = (btf_int_encoding(t) & BTF_INT_SIGNED) ||
				!strcmp(name, "char");
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_FLOAT:
		s = trc_alloc(ctx, strlen(name) + 6);
		sprintf(s, "%s%s", btf_is_any_enum(t) ? "enum " : "", name);
		ct = trc_ctype_new(ctx, TRC_C_INT, s, t->size);
		ct->is_signed = btf_is_float(t) || btf_kflag(t);
		break;
	case BTF_KIND_PTR:
		ct = (struct trc_ctype *)trc_ctype_ptr(ctx,
					trc_ctype_btf(ctx, btf, t->type), false);
		return ct;
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = btf_array(t);
		const struct trc_ctype *elem = trc_ctype_btf(ctx, btf,
							     a->type);

		s = trc_alloc(ctx, strlen(elem->name) + 16);
		sprintf(s, "%s [%u]", elem->name, a->nelems);
		ct = trc_ctype_new(ctx, TRC_C_ARRAY, s,
				   elem->size * a->nelems);
		ct->ref = elem;
		ct->nelems = a->nelems;
		break;
	}
	case BTF_KIND_FWD:
		if (*name && !trc_btf_find(ctx, name, btf_kflag(t) ?
					   BTF_KIND_UNION : BTF_KIND_STRUCT,
					   NULL, &full))
			return trc_ctype_btf(ctx, full.btf, full.id);
		/* an incomplete struct of size 0 */
		/* fall through */
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		tag = btf_is_union(t) || (btf_is_fwd(t) && btf_kflag(t)) ?
		      "union" : "struct";
		s = trc_alloc(ctx, strlen(name) + 16);
		sprintf(s, "%s %s", tag, *name ? name : "<anonymous>");
		ct = trc_ctype_new(ctx, *tag == 'u' ? TRC_C_UNION :
				   TRC_C_STRUCT, s, btf_is_fwd(t) ? 0 :
				   t->size);
		break;
	case BTF_KIND_FUNC_PROTO:
	case BTF_KIND_FUNC:
		ct = trc_ctype_new(ctx, TRC_C_FUNC, "function", 0);
		break;
	default:
		ct = trc_ctype_new(ctx, TRC_C_VOID, "void", 0);
		break;
	}
	ct->btf = btf;
	ct->id = id;
	return ct;
}

bool trc_ctype_same(const struct trc_ctype *a, const struct trc_ctype *b)
{
	if (a == b)
		return true;
	if (a->kind != b->kind)
		return false;
	if (a->kind == TRC_C_PTR || a->kind == TRC_C_ARRAY)
		return a->nelems == b->nelems && a->vm == b->vm &&
		       trc_ctype_same(a->ref, b->ref);
	return !strcmp(a->name, b->name) && a->size == b->size;
}

struct trc_type trc_ctype_type(const struct trc_ctype *ct)
{
	switch (ct->kind) {
	case TRC_C_INT:
		return (struct trc_type){ TRC_T_INT, ct->is_signed,
					  ct->size ? ct->size : 8, ct };
	case TRC_C_PTR:
		return (struct trc_type){ TRC_T_INT, false, 8, ct };
	case TRC_C_VOID:
	case TRC_C_FUNC:
		return (struct trc_type){ TRC_T_NONE, false, 0, ct };
	default:
		return (struct trc_type){ TRC_T_OBJ, false, ct->size, ct };
	}
}

bool trc_ctype_is_char(const struct trc_ctype *ct)
{
	return ct && ct->kind == TRC_C_INT && ct->size == 1;
}

/* ---- members ------------------------------------------------------- */

struct trc_names {
	const char **v;
	u32 n, cap;
};

/*
 * Find member @name in struct or union @id of @btf, looking into anonymous
 * members; *@bits is the bit offset from the start of @id.  Collects every
 * member name in @names when it is not NULL.
 */
static const struct btf_member *trc_member_in(struct trc_ctx *ctx,
					      const struct btf *btf, u32 id,
					      const char *name, u32 *bits,
					      u32 *bitsize,
					      struct trc_names *names)
{
	const struct btf_type *t = btf__type_by_id(btf, id), *mt;
	const struct btf_member *m = btf_members(t), *found;
	u32 i, sub, mid;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		const char *mn = btf__name_by_offset(btf, m->name_off);

		if (*mn) {
			if (names) {
				trc_grow(ctx, &names->v, &names->cap,
					 names->n + 1, sizeof(char *));
				names->v[names->n++] = mn;
			} else if (!strcmp(mn, name)) {
				*bits = btf_member_bit_offset(t, i);
				*bitsize = btf_member_bitfield_size(t, i);
				return m;
			}
			continue;
		}
		mid = trc_btf_skip(btf, m->type);
		mt = btf__type_by_id(btf, mid);
		if (!btf_is_composite(mt))
			continue;
		found = trc_member_in(ctx, btf, mid, name, &sub, bitsize,
				      names);
		if (found) {
			*bits = btf_member_bit_offset(t, i) + sub;
			return found;
		}
	}
	return NULL;
}

int trc_ctype_member(struct trc_ctx *ctx, struct trc_loc loc,
		     const struct trc_ctype *ct, const char *name,
		     struct trc_member *out)
{
	struct trc_names names = { 0 };
	const struct btf_member *m;
	const char *hint;
	u32 bits = 0, bitsize = 0;

	if (!ct->btf || !ct->size) {
		trc_error(ctx, loc, "%s is incomplete: it has no members",
			  ct->name);
		return -EINVAL;
	}
	m = trc_member_in(ctx, ct->btf, ct->id, name, &bits, &bitsize, NULL);
	if (!m) {
		trc_member_in(ctx, ct->btf, ct->id, name, &bits, &bitsize,
			      &names);
		hint = trc_closest(name, names.v, names.n);
		if (hint)
			trc_error(ctx, loc,
				  "%s has no member %s; did you mean %s?",
				  ct->name, name, hint);
		else
			trc_error(ctx, loc, "%s has no member %s", ct->name,
				  name);
		return -EINVAL;
	}
	out->type = trc_ctype_btf(ctx, ct->btf, m->type);
	out->off = bits / 8;
	out->bitoff = 0;
	out->bitsize = 0;
	if (bitsize || bits % 8) {
		/* a bitfield: load its whole storage unit, then extract */
		u32 unit = out->type->size ? out->type->size : 1;

		out->off = bits / 8 / unit * unit;
		out->bitoff = bits - out->off * 8;
		out->bitsize = bitsize ? bitsize : unit * 8;
		if (out->bitoff + out->bitsize > unit * 8) {
			out->off = bits / 8;	/* packed: 8 bytes at most */
			out->bitoff = bits % 8;
		}
	}
	return 0;
}

/* ---- lookups by name ------------------------------------------------- */

struct trc_near {
	struct trc_ctx *ctx;
	struct trc_names names;
};

static void trc_near_add(void *arg, const struct btf *btf, u32 id,
			 const char *name, s64 val)
{
	struct trc_near *n = arg;

	(void)btf, (void)id, (void)val;
	trc_grow(n->ctx, &n->names.v, &n->names.cap, n->names.n + 1,
		 sizeof(char *));
	n->names.v[n->names.n++] = name;
}

/* The closest name of BTF kind @kind to @name, or NULL. */
static const char *trc_ctype_near(struct trc_ctx *ctx, const char *name,
				  int kind)
{
	struct trc_near n = { .ctx = ctx };

	trc_btf_each(ctx, kind, false, trc_near_add, &n);
	return trc_closest(name, n.names.v, n.names.n);
}

const struct trc_ctype *trc_ctype_named(struct trc_ctx *ctx,
					struct trc_loc loc, const char *tag,
					const char *name)
{
	int kind = !strcmp(tag, "struct") ? BTF_KIND_STRUCT :
		   !strcmp(tag, "union") ? BTF_KIND_UNION :
		   !strcmp(tag, "enum") ? BTF_KIND_ENUM : BTF_KIND_TYPEDEF;
	struct trc_btf_ref r;
	const char *path, *hint;

	if (!trc_btf_vmlinux(ctx, &path)) {
		trc_error(ctx, loc,
			  "%s%s%s: kernel types need BTF, and %s cannot be read (set TRACER_BTF to a vmlinux with .BTF)",
			  tag, *tag ? " " : "", name, path);
		return NULL;
	}
	if (!trc_btf_find(ctx, name, kind, NULL, &r) ||
	    (kind == BTF_KIND_ENUM &&
	     !trc_btf_find(ctx, name, BTF_KIND_ENUM64, NULL, &r)))
		return trc_ctype_btf(ctx, r.btf, r.id);
	hint = trc_ctype_near(ctx, name, kind);
	if (hint)
		trc_error(ctx, loc, "unknown type %s%s%s; did you mean %s%s%s?",
			  tag, *tag ? " " : "", name, tag, *tag ? " " : "",
			  hint);
	else
		trc_error(ctx, loc, "unknown type %s%s%s", tag,
			  *tag ? " " : "", name);
	return NULL;
}

bool trc_ctype_is_typedef(struct trc_ctx *ctx, const char *name)
{
	struct btf *vmlinux = trc_btf_vmlinux(ctx, NULL);

	return vmlinux &&
	       btf__find_by_name_kind(vmlinux, name, BTF_KIND_TYPEDEF) > 0;
}

struct trc_enum_find {
	const char *name;
	bool found;
	s64 val;
};

static void trc_enum_match(void *arg, const struct btf *btf, u32 id,
			   const char *name, s64 val)
{
	struct trc_enum_find *f = arg;
	(void)btf, (void)id;

	if (!f->found && !strcmp(name, f->name)) {
		f->found = true;
		f->val = val;
	}
}

bool trc_ctype_enumerator(struct trc_ctx *ctx, const char *name, s64 *val)
{
	struct trc_enum_find f = { .name = name };

	trc_btf_each(ctx, BTF_KIND_ENUM, true, trc_enum_match, &f);
	*val = f.val;
	return f.found;
}
