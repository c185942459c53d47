// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/codegen.c - one clause at a time, the tree to instructions whose
 * jumps name symbolic labels; asm.c then resolves and encodes them.
 *
 * A clause is laid out as
 *
 *	predicate: jump to Lret when false	(action 0)
 *	statement 1				(action 1)
 *	...
 *   Lret:
 *	ret					(action 0)
 *
 * Registers are a stack: an expression is computed into a register its
 * caller owns, and its operands into registers pushed above it, so a value
 * never outlives its parent and every register is written before it is
 * read on every path (the verifier's V4).  More than TR_NREGS live values is
 * a compile error ("too complex").
 *
 * Scratch memory has a static layout per statement, restarted for each one
 * just above the clause-local (this->) variables, which live at its start:
 * first the statement's key or payload buffer, then temporaries for
 * strings that need a home (builtins compared, ?: on strings).  A string
 * comparison releases its temporaries once STRCMP has read them, so the
 * next comparison reuses the space.  Keys and payloads are sequences of
 * 8-byte slots: integers are stored whole with STX 8, strings are copied
 * NUL-padded to their slot size (LDBS, STRCPY), so every byte of a key is
 * written each time (keys compare as raw bytes).
 *
 * Integer values are 64-bit.  Division, remainder, right shift and ordered
 * comparisons use the unsigned instruction when the expression's type is
 * unsigned (trc_binop_unsigned()).  Strings compare with STRCMP against 0.
 *
 * btf: kernel data is read with LDK, the no-fault load, one per scalar: a
 * chain of . and constant [] folds into the load's displacement, so
 * p->a.b[2].c is one load off p; a bitfield's storage unit is loaded and
 * its bits shifted out; & computes the address without a load.  Through a
 * pointer to copyin()'s bytes the load is LDX.  A char array as a string
 * is a KCOPY of its bytes into a buffer one byte longer (kdata.c).
 */
#include "trc_impl.h"
#include "tracer/helpers.h"

#define TRC_NO_LABEL	(-1)
#define TRC_UNPLACED	(~0u)

#define TRC_HELD_MAX	2

struct trc_cg {
	struct trc_ctx *ctx;
	struct trc_ainsn *insns;	/* the clause's code so far */
	u32 ninsns, insns_cap;
	u32 *label_pc;			/* label -> pc, or TRC_UNPLACED */
	u32 nlabels, labels_cap;
	unsigned int depth;		/* registers r0..depth-1 are live */
	bool too_complex;		/* reported for this clause */
	u32 scratch;			/* next free scratch offset */
	u32 scratch_max;		/* the clause's scratch need */
	u16 action;			/* current statement, 0: predicate */
	struct trc_loc loc;		/* current statement, for errors */
	/*
	 * self-> variables held for the whole clause in register
	 * TR_NREGS - 1 - i (trc_hold_vars()): an integer's value, a
	 * string's entry's VA (0: absent); expressions get the registers
	 * below them
	 */
	int held[TRC_HELD_MAX];
	unsigned int nheld;
	const struct trc_stmt *stmt;	/* current statement, NULL: the
					 * predicate */
};

/* ---- emitting ------------------------------------------------------- */

static void trc_emit_full(struct trc_cg *cg, enum tr_opcode op, unsigned a,
			  unsigned b, u32 c, u32 k, int label)
{
	struct trc_ainsn *in;

	trc_grow(cg->ctx, &cg->insns, &cg->insns_cap, cg->ninsns + 1,
		 sizeof(*in));
	in = &cg->insns[cg->ninsns++];
	in->op = op;
	in->a = a;
	in->b = b;
	in->c = c;
	in->k = k;
	in->label = label;
	in->action = cg->action;
}

static void trc_emit(struct trc_cg *cg, enum tr_opcode op, unsigned a,
		     unsigned b, u32 c, u32 k)
{
	trc_emit_full(cg, op, a, b, c, k, TRC_NO_LABEL);
}

static void trc_emit_jump(struct trc_cg *cg, enum tr_opcode op, unsigned a,
			  unsigned b, int label)
{
	trc_emit_full(cg, op, a, b, 0, 0, label);
}

static int trc_label_new(struct trc_cg *cg)
{
	trc_grow(cg->ctx, &cg->label_pc, &cg->labels_cap, cg->nlabels + 1,
		 sizeof(u32));
	cg->label_pc[cg->nlabels] = TRC_UNPLACED;
	return cg->nlabels++;
}

static void trc_label_place(struct trc_cg *cg, int label)
{
	cg->label_pc[label] = cg->ninsns;
}

/* ---- registers and scratch ------------------------------------------ */

/*
 * The next free register.  Past the last one the error is reported once and
 * code generation goes on with a stand-in, so that pushes and pops still
 * pair up; the clause is then thrown away.
 */
static unsigned int trc_push(struct trc_cg *cg)
{
	unsigned int r = cg->depth++;

	if (r < TR_NREGS - cg->nheld)
		return r;
	/* with registers held, trc_gen_clause() tries again without */
	if (!cg->too_complex && !cg->nheld)
		trc_error(cg->ctx, cg->loc,
			  "expression is too complex: it needs more than %u registers",
			  TR_NREGS);
	cg->too_complex = true;
	return TR_NREGS - 1 - cg->nheld;
}

static void trc_pop(struct trc_cg *cg)
{
	cg->depth--;
}

/* Reserve @n bytes of scratch (at least one slot, so SCR stays in range). */
static u32 trc_scratch(struct trc_cg *cg, u32 n)
{
	u32 off = cg->scratch;

	cg->scratch += n ? TRC_ALIGN8(n) : 8;
	if (cg->scratch > cg->scratch_max)
		cg->scratch_max = cg->scratch;
	return off;
}

/* ---- tables --------------------------------------------------------- */

u32 trc_rodata_add(struct trc_ctx *ctx, const char *s)
{
	struct trc_buf *b = &ctx->tc_rodata;
	u32 off = 0, n = strlen(s) + 1;

	while (off < b->len) {
		if (!strcmp(b->data + off, s))
			return off;
		off += strlen(b->data + off) + 1;
	}
	trc_buf_add(ctx, b, s, n);
	return off;
}

u32 trc_const_add(struct trc_ctx *ctx, u64 v)
{
	u32 i;

	for (i = 0; i < ctx->tc_nconsts; i++)
		if (ctx->tc_consts[i] == v)
			return i;
	trc_grow(ctx, &ctx->tc_consts, &ctx->tc_consts_cap,
		 ctx->tc_nconsts + 1, sizeof(u64));
	ctx->tc_consts[ctx->tc_nconsts] = v;
	return ctx->tc_nconsts++;
}

static bool trc_fits_imm(s64 v)
{
	return v >= INT32_MIN && v <= INT32_MAX;
}

static bool trc_is_zero(const struct trc_expr *e)
{
	return e->kind == TRC_E_INT && !e->ival;
}

static void trc_gen_const(struct trc_cg *cg, unsigned int dst, u64 v)
{
	if (trc_fits_imm((s64)v))
		trc_emit(cg, TR_OP_MOVI, dst, 0, 0, (u32)v);
	else
		trc_emit(cg, TR_OP_LDC, dst, 0, 0, trc_const_add(cg->ctx, v));
}

/* ---- expressions ---------------------------------------------------- */

static void trc_gen_int(struct trc_cg *cg, struct trc_expr *e,
			unsigned int dst);
static void trc_gen_branch(struct trc_cg *cg, struct trc_expr *e, bool sense,
			   int label);
static void trc_gen_subr(struct trc_cg *cg, struct trc_expr *e,
			 unsigned int dst);

static void trc_gen_slot(struct trc_cg *cg, struct trc_expr *e, u32 off,
			 struct trc_type slot);
static void trc_gen_kload(struct trc_cg *cg, struct trc_expr *e,
			  unsigned int dst);
static s64 trc_gen_kaddr(struct trc_cg *cg, struct trc_expr *e,
			 unsigned int dst);
static void trc_gen_add_const(struct trc_cg *cg, unsigned int dst,
			      s64 disp);

/* ---- variables (vars) ------------------------------------------------- */

static bool trc_var_is_dyn(const struct trc_var *v)
{
	return v->scope == TRC_V_SELF || v->scope == TRC_V_ASSOC;
}

/* Convert the integer in @r to type @t, as a C cast does. */
static void trc_gen_convert(struct trc_cg *cg, unsigned int r,
			    struct trc_type t)
{
	unsigned int n;

	if (t.kind != TRC_T_INT || t.size >= 8)
		return;
	n = trc_push(cg);
	trc_emit(cg, TR_OP_MOVI, n, 0, 0, 64 - 8 * t.size);
	trc_emit(cg, TR_OP_SHL, r, r, n, 0);
	trc_emit(cg, t.is_signed ? TR_OP_SAR : TR_OP_SHR, r, r, n, 0);
	trc_pop(cg);
}

/*
 * tpsys: @dst = the integer args->FIELD @e (compiler/args.c): a syscall
 * argument, the syscall number, or a field of the probe record.
 */
static void trc_gen_member_int(struct trc_cg *cg, struct trc_expr *e,
			       unsigned int dst)
{
	const struct trc_argref *a = e->argref;

	switch (a->kind) {
	case TRC_ARG_NR:
		trc_gen_const(cg, dst, a->n);
		return;
	case TRC_ARG_ARGN:
		trc_emit(cg, TR_OP_LDB, dst, 0, 0, TR_BI_ARG0 + a->n);
		break;
	default:		/* TRC_ARG_REC_INT */
		trc_emit(cg, TR_OP_PCTX, dst, 0, 0, a->off);
		trc_emit(cg, TR_OP_LDX, dst, dst, a->size, 0);
		if (!a->is_signed)
			return;		/* LDX zero-extends */
	}
	trc_gen_convert(cg, dst, e->type);
}

/*
 * tpsys: store the string args->FIELD @e at the VA in @dst, NUL-padded to
 * @n bytes.  A char[size] field is copied with a bound of its own size, so
 * a field without a NUL never reads into the next one, and the rest of the
 * @n bytes padded from rodata's "" (offset 0).  A __data_loc field holds
 * len << 16 | offset of its string in the record.
 */
static void trc_gen_member_str(struct trc_cg *cg, struct trc_expr *e,
			       unsigned int dst, u32 n)
{
	const struct trc_argref *a = e->argref;
	unsigned int t = trc_push(cg), t2 = trc_push(cg);
	u32 c = n;

	if (a->kind == TRC_ARG_REC_CHARS && a->size < n) {
		c = a->size;
		trc_emit(cg, TR_OP_ADDI, t2, dst, 0, c);
		trc_emit(cg, TR_OP_STRLIT, t, 0, 0,
			 trc_rodata_add(cg->ctx, ""));
		trc_emit(cg, TR_OP_STRCPY, t2, t, n - c, 0);
	}
	trc_emit(cg, TR_OP_PCTX, t, 0, 0, a->off);
	if (a->kind == TRC_ARG_REC_DATALOC) {
		trc_emit(cg, TR_OP_LDX, t, t, 4, 0);
		trc_emit(cg, TR_OP_ANDI, t, t, 0, 0xffff);
		trc_emit(cg, TR_OP_PCTX, t2, 0, 0, 0);
		trc_emit(cg, TR_OP_ADD, t, t2, t, 0);
	}
	trc_emit(cg, TR_OP_STRCPY, dst, t, c, 0);
	trc_pop(cg);
	trc_pop(cg);
}

/*
 * Build the key of associative array element @e in scratch (a self->
 * variable's is the thread id, in a register: no key); returns its offset.
 */
static u32 trc_gen_dvar_key(struct trc_cg *cg, struct trc_expr *e,
			    const struct trc_var *v)
{
	u32 base = trc_scratch(cg, v->key_size), i;
	struct trc_expr *k;

	for (i = 0, k = e->args; k; k = k->next, i++)
		trc_gen_slot(cg, k, base + v->key_off[i], v->keys[i]);
	return base;
}

/* ---- self-> variables held in registers ---------------------------- */

/*
 * A clause whose predicate reads a self-> variable, as in
 *
 *	fbt::vfs_read:return /self->ts/ { @ = quantize(timestamp - self->ts);
 *	                                  self->ts = 0; }
 *
 * looks it up once, at its start, into a register it keeps for the
 * clause.  An integer's register holds its value (TLLD): a read is the
 * register itself, an assignment a TLST that sets the register to what
 * the variable then holds (0 when the store deleted the entry or was
 * dropped).  A string's holds its entry's VA (TLGET): a read is a MOV, an
 * assignment a TLPUT only when the entry is absent.  Either way a
 * deletion (assigning 0 or NULL) is a TLDEL that also zeroes the register.
 * Only this thread creates, changes or deletes its thread's entries, and
 * only through those instructions, so the register follows the variable
 * on every path.
 */

/* Is variable @var held?  Its register in *@reg. */
static bool trc_held_reg(const struct trc_cg *cg, int var, unsigned int *reg)
{
	unsigned int i;

	for (i = 0; i < cg->nheld; i++) {
		if (cg->held[i] == var) {
			*reg = TR_NREGS - 1 - i;
			return true;
		}
	}
	return false;
}

/* @dst = the VA of held string @v's value, in register @h (see above). */
static void trc_gen_held_addr(struct trc_cg *cg, const struct trc_var *v,
			      unsigned int h, unsigned int dst, bool create)
{
	int found;

	if (create) {
		found = trc_label_new(cg);
		trc_emit_jump(cg, TR_OP_JNZ, h, 0, found);
		trc_emit(cg, TR_OP_TLPUT, h, 0, 0, v->dvar);
		trc_label_place(cg, found);
	}
	trc_emit(cg, TR_OP_MOV, dst, h, 0, 0);
}

/* How many times @e names variable @var. */
static unsigned int trc_var_refs(const struct trc_expr *e, int var)
{
	const struct trc_expr *a;
	unsigned int n;

	if (!e)
		return 0;
	n = e->kind == TRC_E_VAR && e->var == var;
	n += trc_var_refs(e->l, var) + trc_var_refs(e->r, var) +
	     trc_var_refs(e->cond, var);
	for (a = e->args; a; a = a->next)
		n += trc_var_refs(a, var);
	return n;
}

/* How many times statement @s names variable @var. */
static unsigned int trc_stmt_refs(const struct trc_stmt *s, int var)
{
	return trc_var_refs(s->lhs, var) + trc_var_refs(s->expr, var);
}

/*
 * May variable @var be named after the current statement's deletion of its
 * entry?  Not if that statement names it once (the deletion's) and no
 * later one names it.
 */
static bool trc_named_later(const struct trc_cg *cg, int var)
{
	const struct trc_stmt *s = cg->stmt;

	if (!s || trc_stmt_refs(s, var) > 1)
		return true;
	for (s = s->next; s; s = s->next)
		if (trc_stmt_refs(s, var))
			return true;
	return false;
}

/*
 * At the start of clause @cl: hold the self-> variables its predicate
 * reads and its statements name again (a lookup saved each time), up to
 * TRC_HELD_MAX, and look them up: an integer's value, a string's VA.
 */
static void trc_hold_vars(struct trc_cg *cg, const struct trc_clause *cl)
{
	const struct trc_var *v;
	const struct trc_stmt *s;
	unsigned int n;
	u32 var;

	for (var = 0; var < cg->ctx->tc_nvars && cg->nheld < TRC_HELD_MAX;
	     var++) {
		v = &cg->ctx->tc_vars[var];
		if (v->scope != TRC_V_SELF)
			continue;
		n = trc_var_refs(cl->pred, var);
		if (!n)		/* the predicate does not read it */
			continue;
		for (s = cl->stmts; s; s = s->next)
			n += trc_stmt_refs(s, var);
		if (n < 2)
			continue;
		trc_emit(cg, v->type.kind == TRC_T_STR ? TR_OP_TLGET :
			 TR_OP_TLLD, TR_NREGS - 1 - cg->nheld, 0, 0, v->dvar);
		cg->held[cg->nheld++] = var;
	}
}

/*
 * @dst = the VA of variable @e's value (of a self-> variable, a string's
 * only: an integer's is read and written whole, TLLD and TLST).  For a
 * dynamic variable it is 0 when the entry is absent, or with @create,
 * when the space is full.  The key's scratch is released: the VA points
 * into the variable's storage.
 */
static void trc_gen_var_addr(struct trc_cg *cg, struct trc_expr *e,
			     unsigned int dst, bool create)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->var];
	u32 mark = cg->scratch;
	unsigned int h;

	switch (v->scope) {
	case TRC_V_GLOBAL:
		trc_emit(cg, TR_OP_GLOB, dst, 0, 0, v->off);
		return;
	case TRC_V_THIS:
		trc_emit(cg, TR_OP_SCR, dst, 0, 0, v->off);
		return;
	case TRC_V_SELF:	/* keyed by the thread id: no key to build */
		if (trc_held_reg(cg, e->var, &h)) {
			trc_gen_held_addr(cg, v, h, dst, create);
			return;
		}
		trc_emit(cg, create ? TR_OP_TLPUT : TR_OP_TLGET, dst, 0, 0,
			 v->dvar);
		return;
	default:
		break;
	}
	trc_emit(cg, TR_OP_SCR, dst, 0, 0, trc_gen_dvar_key(cg, e, v));
	trc_emit(cg, create ? TR_OP_DVPUT : TR_OP_DVGET, dst, dst, 0, v->dvar);
	cg->scratch = mark;
}

/* Delete dynamic variable @e's entry; @tmp is a register it may use. */
static void trc_gen_dvar_del(struct trc_cg *cg, struct trc_expr *e,
			     unsigned int tmp)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->var];
	u32 mark = cg->scratch;
	unsigned int h;

	if (v->scope == TRC_V_SELF) {
		trc_emit(cg, TR_OP_TLDEL, 0, 0, 0, v->dvar);
		if (trc_held_reg(cg, e->var, &h) && trc_named_later(cg, e->var))
			trc_emit(cg, TR_OP_MOVI, h, 0, 0, 0);	/* absent */
		return;
	}
	trc_emit(cg, TR_OP_SCR, tmp, 0, 0, trc_gen_dvar_key(cg, e, v));
	trc_emit(cg, TR_OP_DVDEL, 0, tmp, 0, v->dvar);
	cg->scratch = mark;
}

/* @dst = integer variable @e; an absent dynamic entry reads 0. */
static void trc_gen_var_int(struct trc_cg *cg, struct trc_expr *e,
			    unsigned int dst)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->var];
	unsigned int h;
	int absent;

	if (v->scope == TRC_V_SELF) {	/* the value, no VA */
		if (trc_held_reg(cg, e->var, &h))
			trc_emit(cg, TR_OP_MOV, dst, h, 0, 0);
		else
			trc_emit(cg, TR_OP_TLLD, dst, 0, 0, v->dvar);
		return;
	}
	absent = trc_label_new(cg);
	trc_gen_var_addr(cg, e, dst, false);
	if (trc_var_is_dyn(v))
		trc_emit_jump(cg, TR_OP_JZ, dst, 0, absent);
	trc_emit(cg, TR_OP_LDX, dst, dst, 8, 0);
	trc_label_place(cg, absent);
}

/*
 * The register of operand @e: a held self-> variable's own, with no code,
 * else @r, @e computed into it.  @later is the code run after @e's and
 * before the instruction that reads it (another operand, or NULL): the
 * held register serves only if @later cannot assign the variable, that
 * is, does not name it.
 */
static unsigned int trc_gen_operand(struct trc_cg *cg, struct trc_expr *e,
				    const struct trc_expr *later,
				    unsigned int r)
{
	unsigned int h;

	if (e->kind == TRC_E_VAR && trc_held_reg(cg, e->var, &h) &&
	    !trc_var_refs(later, e->var))
		return h;
	trc_gen_int(cg, e, r);
	return r;
}

static void trc_gen_str_into(struct trc_cg *cg, struct trc_expr *e,
			     unsigned int dst, u32 n);
static void trc_gen_str_va(struct trc_cg *cg, struct trc_expr *e,
			   unsigned int dst);

/*
 * String assignment to dynamic variable @e->l from a subroutine or a
 * variable, either of which may be NULL: storing NULL deletes the entry,
 * as DTrace's STTS and STGAA do with 0.
 */
static void trc_gen_assign_dstr(struct trc_cg *cg, struct trc_expr *e)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->l->var];
	unsigned int src = trc_push(cg), a = trc_push(cg);
	int del = trc_label_new(cg), done = trc_label_new(cg);

	trc_gen_str_va(cg, e->r, src);
	trc_emit_jump(cg, TR_OP_JZ, src, 0, del);
	trc_gen_var_addr(cg, e->l, a, true);
	trc_emit_jump(cg, TR_OP_JZ, a, 0, done);
	trc_emit(cg, TR_OP_STRCPY, a, src, v->size, 0);
	trc_emit_jump(cg, TR_OP_JA, 0, 0, done);
	trc_label_place(cg, del);
	trc_gen_dvar_del(cg, e->l, a);
	trc_label_place(cg, done);
	trc_pop(cg);
	trc_pop(cg);
}

/*
 * A global string that may hold NULL (v->nullable), as DTrace's STGS
 * keeps it: a subroutine's or a variable's NULL sets the byte of its
 * header and copies nothing; any other value clears it and is copied.
 */
static void trc_gen_assign_gstr(struct trc_cg *cg, struct trc_expr *e)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->l->var];
	unsigned int a = trc_push(cg), null = trc_push(cg), src;
	int store = trc_label_new(cg);

	trc_emit(cg, TR_OP_GLOB, a, 0, 0, v->off);
	if (e->r->kind == TRC_E_CALL || e->r->kind == TRC_E_VAR) {
		src = trc_push(cg);
		trc_gen_str_va(cg, e->r, src);
		trc_emit(cg, TR_OP_MOVI, null, 0, 0, 1);
		trc_emit_jump(cg, TR_OP_JZ, src, 0, store);
		trc_emit(cg, TR_OP_STRCPY, a, src, v->size, 0);
		trc_pop(cg);
	} else {
		trc_gen_str_into(cg, e->r, a, v->size);
	}
	trc_emit(cg, TR_OP_MOVI, null, 0, 0, 0);
	trc_label_place(cg, store);
	trc_emit(cg, TR_OP_GLOB, a, 0, 0, v->off - TRC_NULL_HDR);
	trc_emit(cg, TR_OP_STX, a, null, 1, 0);
	trc_pop(cg);
	trc_pop(cg);
}

/* @dst, the VA of nullable global string @v, becomes 0 if it holds NULL. */
static void trc_gen_gstr_null(struct trc_cg *cg, const struct trc_var *v,
			      unsigned int dst)
{
	unsigned int t = trc_push(cg);
	int done = trc_label_new(cg);

	trc_emit(cg, TR_OP_GLOB, t, 0, 0, v->off - TRC_NULL_HDR);
	trc_emit(cg, TR_OP_LDX, t, t, 1, 0);
	trc_emit_jump(cg, TR_OP_JZ, t, 0, done);
	trc_emit(cg, TR_OP_MOVI, dst, 0, 0, 0);
	trc_label_place(cg, done);
	trc_pop(cg);
}

/*
 * String assignment (a statement): copy into the variable's storage.  A
 * NULL string copied into a this-> variable, or into a global through a
 * ternary, faults at address 0 (DTrace's this-> copy faults too).
 */
static void trc_gen_assign_str(struct trc_cg *cg, struct trc_expr *e)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->l->var];
	unsigned int a;
	int done;

	if (trc_var_is_dyn(v) &&
	    (e->r->kind == TRC_E_CALL || e->r->kind == TRC_E_VAR)) {
		trc_gen_assign_dstr(cg, e);
		return;
	}
	if (v->nullable) {
		trc_gen_assign_gstr(cg, e);
		return;
	}
	a = trc_push(cg);
	done = trc_label_new(cg);
	trc_gen_var_addr(cg, e->l, a, true);
	if (trc_var_is_dyn(v))
		trc_emit_jump(cg, TR_OP_JZ, a, 0, done);
	trc_gen_str_into(cg, e->r, a, v->size);
	trc_label_place(cg, done);
	trc_pop(cg);
}

/*
 * Store @val by assignment @e to an associative array element: a nonzero
 * value in its entry, made if absent (a full space drops it); 0 deletes
 * the entry, as in D.  @tmp is a register it may use.
 */
static void trc_gen_assoc_store(struct trc_cg *cg, struct trc_expr *e,
				unsigned int val, unsigned int tmp)
{
	/* a literal (nonzero: trc_gen_assign_int()) needs only its path */
	bool lit = e->r->kind == TRC_E_INT;
	int del = trc_label_new(cg), done = trc_label_new(cg);

	if (!lit)
		trc_emit_jump(cg, TR_OP_JZ, val, 0, del);
	trc_gen_var_addr(cg, e->l, tmp, true);
	trc_emit_jump(cg, TR_OP_JZ, tmp, 0, done);
	trc_emit(cg, TR_OP_STX, tmp, val, 8, 0);
	trc_emit_jump(cg, TR_OP_JA, 0, 0, done);
	trc_label_place(cg, del);
	if (!lit)
		trc_gen_dvar_del(cg, e->l, tmp);
	trc_label_place(cg, done);
}

/*
 * @dst = the value of integer assignment @e (the old value for x++ and
 * x--), stored converted to the variable's type.  Storing 0 in a dynamic
 * variable deletes its entry, as in D: a literal 0 only deletes it; a
 * self-> variable's TLST deletes it for any value that is 0 (and a held
 * one's register takes what the variable holds after, see above).
 */
static void trc_gen_assign_int(struct trc_cg *cg, struct trc_expr *e,
			       unsigned int dst)
{
	const struct trc_var *v = &cg->ctx->tc_vars[e->l->var];
	unsigned int old = 0, a, h;

	if (e->post) {
		old = trc_push(cg);
		trc_gen_int(cg, e->r->l, old);
	}
	trc_gen_int(cg, e->r, dst);
	if (e->r->kind != TRC_E_INT ||
	    trc_type_convert(v->type, e->r->ival) != e->r->ival)
		trc_gen_convert(cg, dst, v->type);
	a = trc_push(cg);
	if (!trc_var_is_dyn(v)) {
		trc_gen_var_addr(cg, e->l, a, true);
		trc_emit(cg, TR_OP_STX, a, dst, 8, 0);
	} else if (trc_is_zero(e->r)) {
		trc_gen_dvar_del(cg, e->l, a);
	} else if (v->scope == TRC_V_SELF) {
		if (!trc_held_reg(cg, e->l->var, &h))
			h = a;
		trc_emit(cg, TR_OP_TLST, h, dst, 0, v->dvar);
	} else {
		trc_gen_assoc_store(cg, e, dst, a);
	}
	trc_pop(cg);
	if (e->post) {
		trc_emit(cg, TR_OP_MOV, dst, old, 0, 0);
		trc_pop(cg);
	}
}

/* Store string @e at the VA in @dst, NUL-padded to @n bytes. */
static void trc_gen_str_into(struct trc_cg *cg, struct trc_expr *e,
			     unsigned int dst, u32 n)
{
	int lelse, lend;
	unsigned int t;

	switch (e->kind) {
	case TRC_E_STR:
		t = trc_push(cg);
		trc_emit(cg, TR_OP_STRLIT, t, 0, 0,
			 trc_rodata_add(cg->ctx, e->str));
		trc_emit(cg, TR_OP_STRCPY, dst, t, n, 0);
		trc_pop(cg);
		break;
	case TRC_E_IDENT:
		trc_emit(cg, TR_OP_LDBS, dst, 0, n, e->builtin);
		break;
	case TRC_E_MEMBER:	/* tpsys */
		trc_gen_member_str(cg, e, dst, n);
		break;
	case TRC_E_TERNARY:
		lelse = trc_label_new(cg);
		lend = trc_label_new(cg);
		trc_gen_branch(cg, e->cond, false, lelse);
		trc_gen_str_into(cg, e->l, dst, n);
		trc_emit_jump(cg, TR_OP_JA, 0, 0, lend);
		trc_label_place(cg, lelse);
		trc_gen_str_into(cg, e->r, dst, n);
		trc_label_place(cg, lend);
		break;
	case TRC_E_CALL:
	case TRC_E_VAR:		/* copied from the VA of its own storage */
		t = trc_push(cg);
		trc_gen_str_va(cg, e, t);
		trc_emit(cg, TR_OP_STRCPY, dst, t, n, 0);
		trc_pop(cg);
		break;
	default:
		trc_error(cg->ctx, e->loc, "internal error: not a string");
	}
}

/* Set @dst to the VA of string @e, copying it to scratch if needed. */
static void trc_gen_str_va(struct trc_cg *cg, struct trc_expr *e,
			   unsigned int dst)
{
	u32 n;

	if (e->kind == TRC_E_STR) {
		trc_emit(cg, TR_OP_STRLIT, dst, 0, 0,
			 trc_rodata_add(cg->ctx, e->str));
		return;
	}
	if (e->kind == TRC_E_CALL) {	/* the result's own buffer */
		trc_gen_subr(cg, e, dst);
		return;
	}
	if (e->kind == TRC_E_VAR) {
		/*
		 * An absent dynamic entry is 0, NULL, as DTrace's LDTS and
		 * LDGAA give it: compared it reads as "", printed or copied
		 * it faults at address 0.  So is a global holding NULL.
		 */
		trc_gen_var_addr(cg, e, dst, false);
		if (cg->ctx->tc_vars[e->var].nullable)
			trc_gen_gstr_null(cg, &cg->ctx->tc_vars[e->var], dst);
		return;
	}
	n = TRC_ALIGN8(e->type.size);
	trc_emit(cg, TR_OP_SCR, dst, 0, 0, trc_scratch(cg, n));
	trc_gen_str_into(cg, e, dst, n);
}

/* @dst = strcmp(e->l, e->r) as -1, 0 or 1.  Its temporaries die here. */
static void trc_gen_strcmp(struct trc_cg *cg, struct trc_expr *e,
			   unsigned int dst)
{
	u32 mark = cg->scratch;
	struct trc_expr *bi = NULL, *other = NULL;
	unsigned int t;

	/*
	 * fastpath: a string builtin is compared in place (STRCMPB), and a
	 * literal against it where it lies in rodata (STRCMPBL)
	 */
	if (e->l->kind == TRC_E_IDENT)
		bi = e->l, other = e->r;
	else if (e->r->kind == TRC_E_IDENT)
		bi = e->r, other = e->l;
	if (bi) {
		if (other->kind == TRC_E_STR) {
			trc_emit(cg, TR_OP_STRCMPBL, dst, 0, bi->builtin,
				 trc_rodata_add(cg->ctx, other->str));
		} else {
			trc_gen_str_va(cg, other, dst);
			trc_emit(cg, TR_OP_STRCMPB, dst, dst, 0, bi->builtin);
		}
		/* strcmp(a, b) == -strcmp(b, a); == and != need no sign */
		if (bi == e->r && e->op != TRC_BIN_EQ && e->op != TRC_BIN_NE)
			trc_emit(cg, TR_OP_NEG, dst, dst, 0, 0);
		cg->scratch = mark;
		return;
	}
	trc_gen_str_va(cg, e->l, dst);
	t = trc_push(cg);
	trc_gen_str_va(cg, e->r, t);
	trc_emit(cg, TR_OP_STRCMP, dst, dst, t, 0);
	trc_pop(cg);
	cg->scratch = mark;
}

static enum trc_binop trc_negate(enum trc_binop op)
{
	switch (op) {
	case TRC_BIN_EQ:	return TRC_BIN_NE;
	case TRC_BIN_NE:	return TRC_BIN_EQ;
	case TRC_BIN_LT:	return TRC_BIN_GE;
	case TRC_BIN_GE:	return TRC_BIN_LT;
	case TRC_BIN_LE:	return TRC_BIN_GT;
	default:		return TRC_BIN_LE;	/* GT */
	}
}

/* Jump to @label if `a op b`. */
static void trc_gen_cmp_jump(struct trc_cg *cg, enum trc_binop op, bool uns,
			     unsigned int a, unsigned int b, int label)
{
	enum tr_opcode lt = uns ? TR_OP_JLTU : TR_OP_JLT;
	enum tr_opcode le = uns ? TR_OP_JLEU : TR_OP_JLE;

	switch (op) {
	case TRC_BIN_EQ: trc_emit_jump(cg, TR_OP_JEQ, a, b, label); break;
	case TRC_BIN_NE: trc_emit_jump(cg, TR_OP_JNE, a, b, label); break;
	case TRC_BIN_LT: trc_emit_jump(cg, lt, a, b, label); break;
	case TRC_BIN_LE: trc_emit_jump(cg, le, a, b, label); break;
	case TRC_BIN_GT: trc_emit_jump(cg, lt, b, a, label); break;
	default:	 trc_emit_jump(cg, le, b, a, label); break;
	}
}

/* @dst = (a op b) as 0 or 1. */
static void trc_gen_cmp_set(struct trc_cg *cg, enum trc_binop op, bool uns,
			    unsigned int dst, unsigned int a, unsigned int b)
{
	enum tr_opcode lt = uns ? TR_OP_SLTU : TR_OP_SLT;
	enum tr_opcode le = uns ? TR_OP_SLEU : TR_OP_SLE;

	switch (op) {
	case TRC_BIN_EQ: trc_emit(cg, TR_OP_SEQ, dst, a, b, 0); break;
	case TRC_BIN_NE: trc_emit(cg, TR_OP_SNE, dst, a, b, 0); break;
	case TRC_BIN_LT: trc_emit(cg, lt, dst, a, b, 0); break;
	case TRC_BIN_LE: trc_emit(cg, le, dst, a, b, 0); break;
	case TRC_BIN_GT: trc_emit(cg, lt, dst, b, a, 0); break;
	default:	 trc_emit(cg, le, dst, b, a, 0); break;
	}
}

static bool trc_is_compare(int op)
{
	return op >= TRC_BIN_LT && op <= TRC_BIN_NE;
}

/* Jump to @label when the truth of @e is @sense. */
static void trc_gen_branch(struct trc_cg *cg, struct trc_expr *e, bool sense,
			   int label)
{
	enum trc_binop op;
	unsigned int a, b;
	int skip;

	if (e->kind == TRC_E_INT) {
		if (!!e->ival == sense)
			trc_emit_jump(cg, TR_OP_JA, 0, 0, label);
		return;
	}
	if (e->kind == TRC_E_UNARY && e->op == TRC_UN_LNOT) {
		trc_gen_branch(cg, e->l, !sense, label);
		return;
	}
	if (e->kind == TRC_E_BINARY &&
	    (e->op == TRC_BIN_LAND || e->op == TRC_BIN_LOR)) {
		/* && jumps on false early, || on true early. */
		bool early = e->op == TRC_BIN_LOR;

		if (sense == early) {
			trc_gen_branch(cg, e->l, sense, label);
			trc_gen_branch(cg, e->r, sense, label);
		} else {
			skip = trc_label_new(cg);
			trc_gen_branch(cg, e->l, early, skip);
			trc_gen_branch(cg, e->r, sense, label);
			trc_label_place(cg, skip);
		}
		return;
	}
	if (e->kind == TRC_E_BINARY && trc_is_compare(e->op)) {
		op = sense ? (enum trc_binop)e->op : trc_negate(e->op);
		a = trc_push(cg);
		if (e->l->type.kind == TRC_T_STR) {
			trc_gen_strcmp(cg, e, a);
		} else if ((op == TRC_BIN_EQ || op == TRC_BIN_NE) &&
			   trc_is_zero(e->r)) {
			a = trc_gen_operand(cg, e->l, NULL, a);
		} else {
			a = trc_gen_operand(cg, e->l, e->r, a);
			b = trc_gen_operand(cg, e->r, NULL, trc_push(cg));
			trc_gen_cmp_jump(cg, op, trc_binop_unsigned(e), a, b,
					 label);
			trc_pop(cg);
			trc_pop(cg);
			return;
		}
		/* a holds strcmp() or the left side, compared with 0 */
		if (op == TRC_BIN_EQ || op == TRC_BIN_NE) {
			trc_emit_jump(cg, op == TRC_BIN_EQ ? TR_OP_JZ :
				      TR_OP_JNZ, a, 0, label);
		} else {
			b = trc_push(cg);
			trc_emit(cg, TR_OP_MOVI, b, 0, 0, 0);
			trc_gen_cmp_jump(cg, op, false, a, b, label);
			trc_pop(cg);
		}
		trc_pop(cg);
		return;
	}
	a = trc_push(cg);
	trc_emit_jump(cg, sense ? TR_OP_JNZ : TR_OP_JZ,
		      trc_gen_operand(cg, e, NULL, a), 0, label);
	trc_pop(cg);
}

static const enum tr_opcode trc_alu_op[TRC_NBINOPS] = {
	[TRC_BIN_MUL] = TR_OP_MUL,
	[TRC_BIN_ADD] = TR_OP_ADD,
	[TRC_BIN_SUB] = TR_OP_SUB,
	[TRC_BIN_SHL] = TR_OP_SHL,
	[TRC_BIN_BAND] = TR_OP_AND,
	[TRC_BIN_BXOR] = TR_OP_XOR,
	[TRC_BIN_BOR] = TR_OP_OR,
};

static const enum tr_opcode trc_imm_op[TRC_NBINOPS] = {
	[TRC_BIN_MUL] = TR_OP_MULI,
	[TRC_BIN_ADD] = TR_OP_ADDI,
	[TRC_BIN_SUB] = TR_OP_ADDI,	/* with the immediate negated */
	[TRC_BIN_BAND] = TR_OP_ANDI,
	[TRC_BIN_BXOR] = TR_OP_XORI,
	[TRC_BIN_BOR] = TR_OP_ORI,
};

static bool trc_commutes(int op);

static bool trc_has_imm(int op)
{
	return trc_commutes(op) || op == TRC_BIN_SUB;
}

static bool trc_commutes(int op)
{
	return op == TRC_BIN_MUL || op == TRC_BIN_ADD || op == TRC_BIN_BAND ||
	       op == TRC_BIN_BXOR || op == TRC_BIN_BOR;
}

static void trc_gen_arith(struct trc_cg *cg, struct trc_expr *e,
			  unsigned int dst)
{
	struct trc_expr *l = e->l, *r = e->r, *tmp;
	bool uns = trc_binop_unsigned(e);
	enum tr_opcode op;
	unsigned int a, t;
	s64 imm;

	if (trc_commutes(e->op) && l->kind == TRC_E_INT &&
	    r->kind != TRC_E_INT) {
		tmp = l, l = r, r = tmp;
	}
	if (trc_has_imm(e->op) && r->kind == TRC_E_INT) {
		imm = (s64)(e->op == TRC_BIN_SUB ? 0 - r->ival : r->ival);
		if (trc_fits_imm(imm)) {
			trc_emit(cg, trc_imm_op[e->op], dst,
				 trc_gen_operand(cg, l, NULL, dst), 0,
				 (u32)imm);
			return;
		}
	}
	switch (e->op) {
	case TRC_BIN_DIV:
		op = uns ? TR_OP_DIVU : TR_OP_DIV;
		break;
	case TRC_BIN_MOD:
		op = uns ? TR_OP_MODU : TR_OP_MOD;
		break;
	case TRC_BIN_SHR:
		op = uns ? TR_OP_SHR : TR_OP_SAR;
		break;
	default:
		op = trc_alu_op[e->op];
	}
	a = trc_gen_operand(cg, l, r, dst);
	t = trc_gen_operand(cg, r, NULL, trc_push(cg));
	trc_emit(cg, op, dst, a, t, 0);
	trc_pop(cg);
}

static void trc_gen_binary(struct trc_cg *cg, struct trc_expr *e,
			   unsigned int dst)
{
	unsigned int a, t;
	int label;

	if (trc_is_compare(e->op) && e->l->type.kind == TRC_T_STR) {
		trc_gen_strcmp(cg, e, dst);
		if (e->op == TRC_BIN_EQ || e->op == TRC_BIN_NE) {
			trc_emit(cg, TR_OP_LNOT, dst, dst, 0, 0);
			if (e->op == TRC_BIN_NE)
				trc_emit(cg, TR_OP_LNOT, dst, dst, 0, 0);
			return;
		}
		t = trc_push(cg);
		trc_emit(cg, TR_OP_MOVI, t, 0, 0, 0);
		trc_gen_cmp_set(cg, e->op, false, dst, dst, t);
		trc_pop(cg);
		return;
	}
	if (trc_is_compare(e->op)) {
		a = trc_gen_operand(cg, e->l, e->r, dst);
		t = trc_gen_operand(cg, e->r, NULL, trc_push(cg));
		trc_gen_cmp_set(cg, e->op, trc_binop_unsigned(e), dst, a, t);
		trc_pop(cg);
		return;
	}
	switch (e->op) {
	case TRC_BIN_LAND:
	case TRC_BIN_LOR:
		label = trc_label_new(cg);
		trc_emit(cg, TR_OP_MOVI, dst, 0, 0, 0);
		trc_gen_branch(cg, e, false, label);
		trc_emit(cg, TR_OP_MOVI, dst, 0, 0, 1);
		trc_label_place(cg, label);
		return;
	case TRC_BIN_LXOR:
		trc_gen_int(cg, e->l, dst);
		trc_emit(cg, TR_OP_LNOT, dst, dst, 0, 0);
		t = trc_push(cg);
		trc_gen_int(cg, e->r, t);
		trc_emit(cg, TR_OP_LNOT, t, t, 0, 0);
		trc_emit(cg, TR_OP_XOR, dst, dst, t, 0);
		trc_pop(cg);
		return;
	default:
		trc_gen_arith(cg, e, dst);
	}
}

static const enum tr_opcode trc_unary_op[TRC_NUNOPS] = {
	[TRC_UN_NEG] = TR_OP_NEG,
	[TRC_UN_BNOT] = TR_OP_NOT,
	[TRC_UN_LNOT] = TR_OP_LNOT,
};

/* @dst = the integer @e. */
static void trc_gen_int(struct trc_cg *cg, struct trc_expr *e,
			unsigned int dst)
{
	int lelse, lend;

	switch (e->kind) {
	case TRC_E_INT:
		trc_gen_const(cg, dst, e->ival);
		break;
	case TRC_E_IDENT:
		trc_emit(cg, TR_OP_LDB, dst, 0, 0, e->builtin);
		break;
	case TRC_E_CALL:
		trc_gen_subr(cg, e, dst);
		break;
	case TRC_E_UNARY:
		trc_gen_int(cg, e->l, dst);
		if (e->op != TRC_UN_PLUS)
			trc_emit(cg, trc_unary_op[e->op], dst, dst, 0, 0);
		break;
	case TRC_E_BINARY:
		trc_gen_binary(cg, e, dst);
		break;
	case TRC_E_TERNARY:
		lelse = trc_label_new(cg);
		lend = trc_label_new(cg);
		trc_gen_branch(cg, e->cond, false, lelse);
		trc_gen_int(cg, e->l, dst);
		trc_emit_jump(cg, TR_OP_JA, 0, 0, lend);
		trc_label_place(cg, lelse);
		trc_gen_int(cg, e->r, dst);
		trc_label_place(cg, lend);
		break;
	case TRC_E_VAR:
		trc_gen_var_int(cg, e, dst);
		break;
	case TRC_E_ASSIGN:
		trc_gen_assign_int(cg, e, dst);
		break;
	case TRC_E_CAST:
		trc_gen_int(cg, e->l, dst);
		trc_gen_convert(cg, dst, e->type);
		break;
	case TRC_E_MEMBER:
		if (e->argref) {	/* tpsys: args->FIELD */
			trc_gen_member_int(cg, e, dst);
			break;
		}
		/* fall through - btf: a kernel member */
	case TRC_E_INDEX:
	case TRC_E_DEREF:
		trc_gen_kload(cg, e, dst);
		break;
	case TRC_E_ADDR:
		trc_gen_add_const(cg, dst, trc_gen_kaddr(cg, e->l, dst));
		break;
	default:
		trc_error(cg->ctx, e->loc, "internal error: not an integer");
	}
}

/* ---- kernel data (btf) ------------------------------------------------ */

/* @dst += @disp (when it does not fit a load's displacement). */
static void trc_gen_add_const(struct trc_cg *cg, unsigned int dst, s64 disp)
{
	unsigned int t;

	if (trc_fits_imm(disp)) {
		if (disp)
			trc_emit(cg, TR_OP_ADDI, dst, dst, 0, (u32)disp);
		return;
	}
	t = trc_push(cg);
	trc_gen_const(cg, t, (u64)disp);
	trc_emit(cg, TR_OP_ADD, dst, dst, t, 0);
	trc_pop(cg);
}

/*
 * @dst + the returned displacement = the kernel address of member, element
 * or *p @e (sema: kdata.c).
 */
static s64 trc_gen_kaddr(struct trc_cg *cg, struct trc_expr *e,
			 unsigned int dst)
{
	u32 size;
	s64 disp = 0;
	unsigned int t;

	switch (e->kind) {
	case TRC_E_MEMBER:
		if (e->arrow) {
			trc_gen_int(cg, e->l, dst);
			return e->moff;
		}
		return trc_gen_kaddr(cg, e->l, dst) + e->moff;
	case TRC_E_INDEX:
		size = e->type.ct->size;
		if (e->l->type.kind == TRC_T_OBJ)
			disp = trc_gen_kaddr(cg, e->l, dst);
		else
			trc_gen_int(cg, e->l, dst);
		if (e->r->kind == TRC_E_INT &&
		    trc_fits_imm(disp + (s64)e->r->ival * size))
			return disp + (s64)e->r->ival * size;
		t = trc_push(cg);
		trc_gen_int(cg, e->r, t);
		if (size != 1)
			trc_emit(cg, TR_OP_MULI, t, t, 0, size);
		trc_emit(cg, TR_OP_ADD, dst, dst, t, 0);
		trc_pop(cg);
		return disp;
	default:	/* TRC_E_DEREF */
		trc_gen_int(cg, e->l, dst);
		return 0;
	}
}

/* @dst = the scalar member, element or *p @e, read from the kernel. */
static void trc_gen_kload(struct trc_cg *cg, struct trc_expr *e,
			  unsigned int dst)
{
	s64 disp = trc_gen_kaddr(cg, e, dst);
	u32 size = e->type.size;
	unsigned int n;

	if (e->kind == TRC_E_MEMBER && e->bitsize &&
	    e->bitoff + e->bitsize > size * 8)
		size = 8;		/* a packed bitfield */
	if (trc_kdata_in_vm(e)) {	/* copyin()'s bytes: no displacement */
		trc_gen_add_const(cg, dst, disp);
		trc_emit(cg, TR_OP_LDX, dst, dst, size, 0);
	} else {
		if (!trc_fits_imm(disp)) {
			trc_gen_add_const(cg, dst, disp);
			disp = 0;
		}
		trc_emit(cg, TR_OP_LDK, dst, dst, size, (u32)disp);
	}
	if (e->kind == TRC_E_MEMBER && e->bitsize) {
		n = trc_push(cg);
		trc_emit(cg, TR_OP_MOVI, n, 0, 0,
			 64 - e->bitoff - e->bitsize);
		trc_emit(cg, TR_OP_SHL, dst, dst, n, 0);
		trc_emit(cg, TR_OP_MOVI, n, 0, 0, 64 - e->bitsize);
		trc_emit(cg, e->type.is_signed ? TR_OP_SAR : TR_OP_SHR, dst,
			 dst, n, 0);
		trc_pop(cg);
	} else if (e->type.is_signed) {
		trc_gen_convert(cg, dst, e->type);
	}
}

/* ---- subroutine calls ----------------------------------------------- */

/*
 * @dst = subroutine call @e (compiler/subr.c): its arguments in a window of
 * fresh registers, the result buffer first for a string or bytes, then one
 * CALL.  A string result is the VA of its buffer, strsize bytes of
 * scratch; copyin()'s is the VA of its trc_subr_buf_size() bytes.
 */
static void trc_gen_subr(struct trc_cg *cg, struct trc_expr *e,
			 unsigned int dst)
{
	const struct trc_subr *sd = trc_subr_sig(e->subr);
	const struct tr_helper_info *h = &tr_helper_table[e->subr];
	u32 size = cg->ctx->tc_strsize;
	unsigned int base = trc_push(cg), n = 1, r;
	const char *opt = sd->args ? strchr(sd->args, '|') : NULL;
	struct trc_expr *a;
	bool given = opt && e->nargs > (unsigned int)(opt - sd->args);
	s64 dflt = sd->dflt == TRC_SUBR_STRSIZE ? (s64)size : sd->dflt;

	if (e->subr == TR_HLP_KCOPY) {	/* btf: a char array's bytes */
		trc_emit(cg, TR_OP_SCR, base, 0, 0,
			 trc_scratch(cg, e->type.size));
		trc_gen_int(cg, e->args, r = trc_push(cg));
		trc_gen_const(cg, trc_push(cg), e->ival);
		trc_emit(cg, TR_OP_CALL, base, 0, e->type.size, e->subr);
		if (dst != base)
			trc_emit(cg, TR_OP_MOV, dst, base, 0, 0);
		trc_pop(cg), trc_pop(cg), trc_pop(cg);
		return;
	}
	if (h->ret == TR_HELPER_BUF)	/* kmem: copyin()'s n bytes */
		size = trc_subr_buf_size(cg->ctx, e);
	if (h->ret != TR_HELPER_INT)
		trc_emit(cg, TR_OP_SCR, base, 0, 0, trc_scratch(cg, size));
	else
		n = 0;
	for (a = e->args; a; a = a->next, n++) {
		r = n ? trc_push(cg) : base;
		if (a->type.kind == TRC_T_STR)
			trc_gen_str_va(cg, a, r);
		else
			trc_gen_int(cg, a, r);
	}
	if (opt && !given) {
		trc_gen_const(cg, r = trc_push(cg), (u64)dflt);
		n++;
	}
	if (sd->given_flag) {
		trc_gen_const(cg, r = trc_push(cg), given);
		n++;
	}
	if (!n)
		n = 1;			/* the window is base alone */
	trc_emit(cg, TR_OP_CALL, base, 0, h->uses_c ? size : 0, e->subr);
	if (dst != base)
		trc_emit(cg, TR_OP_MOV, dst, base, 0, 0);
	while (n--)
		trc_pop(cg);
}

/* ---- statements ----------------------------------------------------- */

/* Store @e in the key or payload slot @slot at scratch offset @off. */
static void trc_gen_slot(struct trc_cg *cg, struct trc_expr *e, u32 off,
			 struct trc_type slot)
{
	unsigned int v, a;

	if (slot.kind == TRC_T_STR) {
		a = trc_push(cg);
		trc_emit(cg, TR_OP_SCR, a, 0, 0, off);
		trc_gen_str_into(cg, e, a, TRC_ALIGN8(slot.size));
		trc_pop(cg);
		return;
	}
	if (slot.kind == TRC_T_STACK || slot.kind == TRC_T_USTACK) {
		/* the helper fills the whole slot, zero after the last pc */
		a = trc_push(cg);
		trc_emit(cg, TR_OP_SCR, a, 0, 0, off);
		trc_emit(cg, TR_OP_CALL, a, 0, slot.size,
			 slot.kind == TRC_T_STACK ? TR_HLP_STACK :
						    TR_HLP_USTACK);
		trc_pop(cg);
		return;
	}
	if (trc_is_usym_kind(slot.kind)) {	/* usym(addr): pid, addr */
		struct trc_expr pid = { .kind = TRC_E_IDENT,
					.builtin = TR_BI_PID,
					.type = TRC_TYPE_INT };

		trc_gen_slot(cg, &pid, off, TRC_TYPE_INT);
		off += 8;
	}
	if (slot.kind == TRC_T_SYM || trc_is_usym_kind(slot.kind))
		e = e->args;		/* func(addr), usym(addr): addr */
	v = trc_gen_operand(cg, e, NULL, trc_push(cg));
	a = trc_push(cg);
	trc_emit(cg, TR_OP_SCR, a, 0, 0, off);
	trc_emit(cg, TR_OP_STX, a, v, 8, 0);
	trc_pop(cg);
	trc_pop(cg);
}

/* Integer keys this many or fewer go in registers (AGGR). */
#define TRC_AGG_REG_KEYS	4

/*
 * fastpath: an aggregation whose keys are all integers, a word each, and
 * that takes no increment is updated with its key in registers (AGGR):
 * no scratch, no stores, and count() reads no value.
 */
static bool trc_gen_agg_regs(struct trc_cg *cg, struct trc_stmt *s,
			     struct trc_agg *agg)
{
	unsigned int kbase = cg->depth, v, r;
	struct trc_expr *k;
	u32 i, n;

	if (trc_aggfunc_incr(s->expr, agg->func) ||
	    agg->nkeys > TRC_AGG_REG_KEYS)
		return false;
	for (i = 0; i < agg->nkeys; i++)
		if (agg->keys[i].kind != TRC_T_INT)
			return false;
	for (k = s->lhs->args; k; k = k->next) {
		r = trc_push(cg);
		trc_gen_int(cg, k, r);
	}
	n = agg->nkeys;
	if (agg->func == TR_AGG_COUNT) {
		v = kbase;		/* count() reads no value (V11) */
	} else {
		v = trc_gen_operand(cg, s->expr->args, NULL, trc_push(cg));
		n++;
	}
	trc_emit(cg, TR_OP_AGGR, v, agg->nkeys ? kbase : v, agg->nkeys,
		 s->agg);
	while (n--)
		trc_pop(cg);
	return true;
}

static void trc_gen_agg(struct trc_cg *cg, struct trc_stmt *s)
{
	struct trc_agg *agg = &cg->ctx->tc_aggs[s->agg];
	struct trc_expr *k, *incr = trc_aggfunc_incr(s->expr, agg->func);
	unsigned int v, key, inc = 0;
	u32 base, i;

	if (trc_gen_agg_regs(cg, s, agg))
		return;
	base = trc_scratch(cg, agg->key_size);
	for (i = 0, k = s->lhs->args; k; k = k->next, i++)
		trc_gen_slot(cg, k, base + agg->key_off[i], agg->keys[i]);
	if (agg->func == TR_AGG_COUNT) {
		/* the key's VA stands in for count()'s unread value */
		key = trc_push(cg);
		trc_emit(cg, TR_OP_SCR, key, 0, 0, base);
		trc_emit(cg, TR_OP_AGG, key, key, 0, s->agg);
		trc_pop(cg);
		return;
	}
	v = trc_push(cg);
	trc_gen_int(cg, s->expr->args, v);
	if (incr) {
		inc = trc_push(cg);
		trc_gen_int(cg, incr, inc);
	}
	key = trc_push(cg);
	trc_emit(cg, TR_OP_SCR, key, 0, 0, base);
	if (incr)
		trc_emit(cg, TR_OP_AGGN, v, key, inc, s->agg);
	else
		trc_emit(cg, TR_OP_AGG, v, key, 0, s->agg);
	trc_pop(cg);
	if (incr)
		trc_pop(cg);
	trc_pop(cg);
}

/*
 * A record of @args (kind @kind): lay out its payload, fill it, emit it.
 * Returns the record, or NULL after an error.
 */
static struct trc_rec *trc_gen_record(struct trc_cg *cg, struct trc_stmt *s,
				      int kind, const char *fmt,
				      struct trc_expr *args)
{
	struct trc_ctx *ctx = cg->ctx;
	struct trc_rec *rec;
	struct trc_expr *a;
	unsigned int p;
	u32 i, n = 0, off = 0, base;

	for (a = args; a; a = a->next)
		n++;
	if (ctx->tc_nrecs == TR_MAX_RECS) {
		trc_error(ctx, s->loc, "too many printf() and exit() actions (at most %u)",
			  TR_MAX_RECS);
		return NULL;
	}
	trc_grow(ctx, &ctx->tc_recs, &ctx->tc_recs_cap, ctx->tc_nrecs + 1,
		 sizeof(*rec));
	rec = &ctx->tc_recs[ctx->tc_nrecs];
	memset(rec, 0, sizeof(*rec));
	rec->kind = kind;
	rec->fmt = fmt ? trc_strdup(ctx, fmt) : NULL;
	rec->nargs = n;
	rec->args = trc_alloc(ctx, n * sizeof(*rec->args));
	rec->arg_off = trc_alloc(ctx, n * sizeof(*rec->arg_off));
	for (i = 0, a = args; a; a = a->next, i++) {
		rec->args[i] = a->type;
		if (a->type.kind != TRC_T_INT)
			rec->args[i].size = TRC_ALIGN8(a->type.size);
		rec->arg_off[i] = off;
		off += a->type.kind != TRC_T_INT ? rec->args[i].size : 8;
	}
	rec->size = off;
	if (off > TR_MAX_REC_SIZE) {
		trc_error(ctx, s->loc,
			  "the arguments of this action take %u bytes; at most %u fit",
			  off, TR_MAX_REC_SIZE);
		return NULL;
	}

	base = trc_scratch(cg, rec->size);
	for (i = 0, a = args; a; a = a->next, i++)
		trc_gen_slot(cg, a, base + rec->arg_off[i], rec->args[i]);
	p = trc_push(cg);
	trc_emit(cg, TR_OP_SCR, p, 0, 0, base);
	trc_emit(cg, TR_OP_EMIT, 0, p, 0, ctx->tc_nrecs);
	trc_pop(cg);
	return &ctx->tc_recs[ctx->tc_nrecs++];
}

/*
 * printa(), clear(), trunc(), normalize(), denormalize(): a record naming
 * the aggregations, with the integer argument (trunc, normalize) as its
 * payload and printa()'s format as its format.
 */
static void trc_gen_aggaction(struct trc_cg *cg, struct trc_stmt *s)
{
	struct trc_expr *e = s->expr, *a = e->args, *ints = NULL;
	const char *fmt = NULL;
	struct trc_rec *rec;
	u32 n = 0;

	if (a->kind == TRC_E_STR) {
		fmt = a->str;
		a = a->next;
	}
	if (a->kind == TRC_E_AGG && a->next && a->next->kind != TRC_E_AGG)
		ints = a->next;
	rec = trc_gen_record(cg, s, trc_aggaction_kind(e->str), fmt, ints);
	if (!rec)
		return;
	for (e = a; e; e = e->next)
		n += e->kind == TRC_E_AGG;
	rec->aggs = trc_alloc(cg->ctx, n * sizeof(*rec->aggs));
	for (e = a; e; e = e->next)
		if (e->kind == TRC_E_AGG)
			rec->aggs[rec->naggs++] = trc_agg_id(cg->ctx, e);
}

/* Is @e `v = 0` for a dynamic variable v, which deletes v's entry? */
static bool trc_is_dvar_clear(const struct trc_cg *cg,
			      const struct trc_expr *e)
{
	return e->kind == TRC_E_ASSIGN && !e->post && trc_is_zero(e->r) &&
	       trc_var_is_dyn(&cg->ctx->tc_vars[e->l->var]);
}

static void trc_gen_stmt(struct trc_cg *cg, struct trc_stmt *s)
{
	struct trc_expr *e = s->expr;
	unsigned int r;

	switch (s->action) {
	case TRC_ACT_AGG:
		trc_gen_agg(cg, s);
		break;
	case TRC_ACT_PRINTF:
		trc_gen_record(cg, s, TR_RK_PRINTF, e->args->str,
			       e->args->next);
		break;
	case TRC_ACT_EXIT:
		trc_gen_record(cg, s, TR_RK_EXIT, NULL, e->args);
		break;
	case TRC_ACT_AGGACT:
		trc_gen_aggaction(cg, s);
		break;
	case TRC_ACT_TRACE:
		trc_gen_record(cg, s, TR_RK_TRACE, NULL, e->args);
		break;
	case TRC_ACT_STACK:	/* trace() of the stack, ustack, func, sym */
		trc_gen_record(cg, s, TR_RK_TRACE, NULL, e);
		break;
	case TRC_ACT_EVAL:
		if (e->type.kind == TRC_T_STR) {
			trc_gen_assign_str(cg, e);
		} else if (trc_is_dvar_clear(cg, e)) {
			/* only the deletion: the value 0 goes unused */
			r = trc_push(cg);
			trc_gen_dvar_del(cg, e->l, r);
			trc_pop(cg);
		} else {
			r = trc_push(cg);
			trc_gen_int(cg, e, r);
			trc_pop(cg);
		}
		break;
	default:
		trc_error(cg->ctx, s->loc, "internal error: no action");
	}
}

/*
 * Does a firing of @cl put a record in DTrace's buffer?  dtrace_ecb_resize()
 * makes room for one when the clause has no statement at all (the default
 * action) or an action that records data; aggregations and expression
 * statements (assignments: dt_compile_exp() gives them a void type) record
 * nothing.
 */
static bool trc_clause_records(const struct trc_clause *cl)
{
	const struct trc_stmt *s;

	if (!cl->stmts)
		return true;
	for (s = cl->stmts; s; s = s->next)
		if (s->action != TRC_ACT_AGG && s->action != TRC_ACT_EVAL)
			return true;
	return false;
}

/*
 * Without quiet, DTrace's consumer starts each record with the CPU, the
 * probe ID and FUNCTION:NAME of the probe that fired (dtrace.c chew()) and
 * ends it with a newline (chewrec()): a TR_RK_PROBE record with the "id"
 * builtin comes first; the clause's last record ends the line.  With
 * flowindent chew() prints the CPU and the indented function even when
 * quiet, and chewrec() still ends the line only without quiet.
 */
static void trc_gen_probe_record(struct trc_cg *cg, struct trc_clause *cl)
{
	struct trc_expr id = { .kind = TRC_E_IDENT, .builtin = TR_BI_ID,
			       .type = { TRC_T_INT, false, 4 } };
	struct trc_stmt s = { .loc = cl->loc };

	trc_gen_record(cg, &s, TR_RK_PROBE, NULL, &id);
}

/* A JA to a RET is that RET: one instruction less on its path. */
static void trc_ret_for_ja(struct trc_cg *cg)
{
	struct trc_ainsn *in;
	u32 i;

	for (i = 0; i < cg->ninsns; i++) {
		in = &cg->insns[i];
		if (in->op == TR_OP_JA &&
		    cg->insns[cg->label_pc[in->label]].op == TR_OP_RET) {
			in->op = TR_OP_RET;
			in->label = TRC_NO_LABEL;
		}
	}
}

/*
 * Clause @cl's code into @cg, with self-> variables held in registers if
 * @hold (trc_hold_vars()).
 */
static void trc_gen_clause_code(struct trc_cg *cg, struct trc_clause *cl,
				bool hold)
{
	struct trc_ctx *ctx = cg->ctx;
	u32 first_rec = ctx->tc_nrecs;
	struct trc_stmt *s;
	int lret;

	lret = trc_label_new(cg);
	if (cl->pred) {
		cg->loc = cl->pred->loc;
		if (hold)
			trc_hold_vars(cg, cl);
		trc_gen_branch(cg, cl->pred, false, lret);
	}
	cl->probe_rec_pc = TR_NO_PROBE_REC;
	if ((!ctx->tc_quiet || ctx->tc_flowindent) && trc_clause_records(cl)) {
		cl->probe_rec_pc = cg->ninsns;
		trc_gen_probe_record(cg, cl);
	}
	for (s = cl->stmts; s; s = s->next) {
		cg->action++;
		cg->stmt = s;
		cg->loc = s->loc;
		cg->scratch = ctx->tc_this_size;	/* this-> lives below */
		trc_gen_stmt(cg, s);
	}
	if (!ctx->tc_quiet && ctx->tc_nrecs > first_rec)
		ctx->tc_recs[ctx->tc_nrecs - 1].eol = true;
	cg->action = 0;
	trc_label_place(cg, lret);
	trc_emit(cg, TR_OP_RET, 0, 0, 0, 0);
	trc_ret_for_ja(cg);
}

static int trc_gen_clause(struct trc_ctx *ctx, struct trc_clause *cl)
{
	const struct trc_cg fresh = { .ctx = ctx, .loc = cl->loc,
				      .scratch = ctx->tc_this_size,
				      .scratch_max = ctx->tc_this_size };
	struct trc_cg cg = fresh;
	unsigned int errors = ctx->tc_nerrors;
	u32 first_rec = ctx->tc_nrecs;

	trc_gen_clause_code(&cg, cl, true);
	if (cg.too_complex && cg.nheld) {
		/* out of registers with some held: again, holding none
		 * (the code is in the arena, the records are taken back) */
		ctx->tc_nrecs = first_rec;
		cg = fresh;
		trc_gen_clause_code(&cg, cl, false);
	}
	if (cg.scratch_max > TR_MAX_SCRATCH_SIZE) {
		trc_error(ctx, cl->loc,
			  "this clause needs %u bytes of scratch memory; at most %u fit",
			  cg.scratch_max, TR_MAX_SCRATCH_SIZE);
		return -EINVAL;
	}
	if (cg.scratch_max > ctx->tc_scratch_size)
		ctx->tc_scratch_size = cg.scratch_max;
	if (ctx->tc_nerrors != errors)
		return -EINVAL;
	return trc_asm_clause(ctx, cl, cg.insns, cg.ninsns, cg.label_pc,
			      cg.nlabels);
}

int trc_codegen(struct trc_ctx *ctx)
{
	struct trc_clause *cl;
	int err = 0;
	u32 i;

	/* rodata: "" first (BEGIN, END, tick name no function), then names */
	trc_rodata_add(ctx, "");
	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		for (i = 0; i < cl->nprobes && !cl->dead; i++)
			ctx->tc_probes[cl->probes[i]].live = true;
	for (i = 0; i < ctx->tc_nprobes; i++)
		if (ctx->tc_probes[i].live)
			ctx->tc_probes[i].func_off =
				trc_rodata_add(ctx, ctx->tc_probes[i].function);

	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		if (!cl->dead && cl->nprobes && trc_gen_clause(ctx, cl))
			err = -EINVAL;
	ctx->tc_scratch_size = TRC_ALIGN8(ctx->tc_scratch_size);
	return err;
}
