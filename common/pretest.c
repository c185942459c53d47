// SPDX-License-Identifier: GPL-2.0
/*
 * common/pretest.c - finding a probe's pretest (include/tracer/interp.h) in
 * its verified bytecode, once, when the program is loaded.
 *
 * The pretest is the start of the probe's one clause when it is exactly
 *
 *	strcmpbl rA, BUILTIN, LIT	; jz or jnz rA, to a ret
 *	ldb rA, BUILTIN ; movi rB, V	; jeq or jne rA, rB (or rB, rA), to a ret
 *	(or movi first, then ldb)
 *	ldb rA, BUILTIN			; jz or jnz rA, to a ret (V is 0)
 *
 * as the compiler writes `/execname == "x"/`, `/pid != 42/`, `/uid == 0/`
 * and the first test of a conjunction.  Only integer builtins that cannot fault are taken
 * (the pretest must fail exactly when the predicate's test does, and a
 * fault there would be lost), and only a jump to a RET: the clause then
 * ends having done nothing, since nothing ran before the test.
 */
#include "tracer/builtins.h"
#include "tracer/interp.h"
#include "tracer/isa.h"
#include "tracer/prog.h"

/* Integer builtins a pretest may read: plain reads of the current task. */
static bool tr_pretest_builtin_ok(u32 id)
{
	switch (id) {
	case TR_BI_PID:
	case TR_BI_TID:
	case TR_BI_PPID:
	case TR_BI_UID:
	case TR_BI_GID:
	case TR_BI_CPU:
		return true;
	}
	return false;
}

/* Is the jump @insn at clause pc @pc to a RET of the @n-insn clause @code? */
static bool tr_pretest_jumps_to_ret(const u64 *code, u32 n, u32 pc, u64 insn)
{
	u32 to = pc + 1 + TR_C(insn);

	return to < n && TR_OP(code[to]) == TR_OP_RET;
}

/*
 * Is code[1] a JZ or JNZ of register @reg to a RET?  *@skip_zero: it
 * leaves when @reg is 0 (JZ).
 */
static bool tr_pretest_jz(const u64 *code, u32 n, unsigned int reg,
			  u8 *skip_zero)
{
	u64 jump = code[1];

	if ((TR_OP(jump) != TR_OP_JZ && TR_OP(jump) != TR_OP_JNZ) ||
	    TR_A(jump) != reg || !tr_pretest_jumps_to_ret(code, n, 1, jump))
		return false;
	*skip_zero = TR_OP(jump) == TR_OP_JZ;
	return true;
}

/* strcmpbl rA, c, k; jz/jnz rA, ret: JZ leaves when strcmp() is 0 */
static bool tr_pretest_str(const u64 *code, u32 n, struct tr_pretest *t)
{
	u64 cmp;

	if (n < 3)
		return false;
	cmp = code[0];
	if (TR_OP(cmp) != TR_OP_STRCMPBL ||
	    !tr_pretest_jz(code, n, TR_A(cmp), &t->skip_equal))
		return false;
	t->kind = TR_PRETEST_STR;
	t->builtin = TR_C(cmp);
	t->lit = TR_K(cmp);
	return true;
}

/* ldb rA, k; movi rB, v (either first); jeq/jne rA, rB (either way); ret */
static bool tr_pretest_int(const u64 *code, u32 n, struct tr_pretest *t)
{
	u64 ldb, movi, jump;

	if (n < 4)
		return false;
	ldb = code[0];
	movi = code[1];
	jump = code[2];
	if (TR_OP(ldb) == TR_OP_MOVI) {
		ldb = code[1];
		movi = code[0];
	}
	if (TR_OP(ldb) != TR_OP_LDB || TR_OP(movi) != TR_OP_MOVI ||
	    TR_A(ldb) == TR_A(movi) || !tr_pretest_builtin_ok(TR_K(ldb)) ||
	    (TR_OP(jump) != TR_OP_JEQ && TR_OP(jump) != TR_OP_JNE) ||
	    !((TR_A(jump) == TR_A(ldb) && TR_B(jump) == TR_A(movi)) ||
	      (TR_A(jump) == TR_A(movi) && TR_B(jump) == TR_A(ldb))) ||
	    !tr_pretest_jumps_to_ret(code, n, 2, jump))
		return false;
	t->kind = TR_PRETEST_INT;
	t->skip_equal = TR_OP(jump) == TR_OP_JEQ;
	t->builtin = TR_K(ldb);
	t->val = (u64)(s64)(s32)TR_K(movi);	/* MOVI: sext(k) */
	return true;
}

/* ldb rA, k; jz/jnz rA, ret: the builtin against 0 */
static bool tr_pretest_zero(const u64 *code, u32 n, struct tr_pretest *t)
{
	u64 ldb;

	if (n < 3)
		return false;
	ldb = code[0];
	if (TR_OP(ldb) != TR_OP_LDB || !tr_pretest_builtin_ok(TR_K(ldb)) ||
	    !tr_pretest_jz(code, n, TR_A(ldb), &t->skip_equal))
		return false;
	t->kind = TR_PRETEST_INT;
	t->builtin = TR_K(ldb);
	t->val = 0;
	return true;
}

struct tr_pretest tr_pretest_find(const struct tr_prog *prog, u32 probe)
{
	const struct tr_image_probe *p = &prog->probes[probe];
	const struct tr_image_clause *c;
	struct tr_pretest t = { .kind = TR_PRETEST_NONE };
	const u64 *code;

	if (p->clause_count != 1)
		return t;
	c = &prog->clauses[p->clause_first];
	code = prog->insns + c->insn_first;
	if (!tr_pretest_str(code, c->insn_count, &t) &&
	    !tr_pretest_int(code, c->insn_count, &t) &&
	    !tr_pretest_zero(code, c->insn_count, &t))
		t.kind = TR_PRETEST_NONE;
	return t;
}
