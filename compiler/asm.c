// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/asm.c - the assembler: resolves the labels codegen left in a
 * clause, checks every operand against the opcode's roles in TR_OPCODES,
 * and encodes with TR_INSN.
 *
 * Everything checked here is also a verifier rule; failing it means the
 * code generator is wrong, so it is reported as an internal error rather
 * than left for the kernel to reject.  In particular every jump must go
 * strictly forward and land inside the clause, and the clause must end in
 * RET.
 */
#include "trc_impl.h"

struct trc_roles {
	u8 a, b, c, k;
};

static const struct trc_roles trc_roles[TR_NOPCODES] = {
#define TRC_X_ROLES(name, ra, rb, rc, rk, meaning)			\
	[TR_OP_##name] = { TR_R_##ra, TR_R_##rb, TR_C_##rc, TR_K_##rk },
	TR_OPCODES(TRC_X_ROLES)
#undef TRC_X_ROLES
};

static int trc_asm_bug(struct trc_ctx *ctx, struct trc_clause *cl, u32 pc,
		       const char *what)
{
	trc_error(ctx, cl->loc,
		  "internal error: instruction %u of this clause: %s", pc,
		  what);
	return -EINVAL;
}

static bool trc_reg_ok(unsigned int role, unsigned int r)
{
	return role == TR_R__ ? r == 0 : r < TR_NREGS;
}

static int trc_asm_one(struct trc_ctx *ctx, struct trc_clause *cl, u32 pc,
		       u32 n, const struct trc_ainsn *in, const u32 *label_pc,
		       u32 nlabels, u64 *word)
{
	const struct trc_roles *r;
	u32 c = in->c, target;

	if (in->op >= TR_NOPCODES)
		return trc_asm_bug(ctx, cl, pc, "unknown opcode");
	r = &trc_roles[in->op];
	if (!trc_reg_ok(r->a, in->a) || !trc_reg_ok(r->b, in->b))
		return trc_asm_bug(ctx, cl, pc, "bad register");
	if ((r->c == TR_C_J) != (in->label >= 0))
		return trc_asm_bug(ctx, cl, pc, "jump without a label");
	switch (r->c) {
	case TR_C__:
		if (c)
			return trc_asm_bug(ctx, cl, pc, "unused c set");
		break;
	case TR_C_R:
		if (c >= TR_NREGS)
			return trc_asm_bug(ctx, cl, pc, "bad register in c");
		break;
	case TR_C_J:
		if ((u32)in->label >= nlabels || label_pc[in->label] == ~0u)
			return trc_asm_bug(ctx, cl, pc, "unplaced label");
		target = label_pc[in->label];
		if (target <= pc || target >= n)
			return trc_asm_bug(ctx, cl, pc,
					   "jump is not forward inside the clause");
		c = target - pc - 1;
		if (c > TR_C_MAX) {
			trc_error(ctx, cl->loc,
				  "this clause is too long: a jump spans more than %u instructions",
				  TR_C_MAX);
			return -EINVAL;
		}
		break;
	case TR_C_SZ:
		if (c != 1 && c != 2 && c != 4 && c != 8)
			return trc_asm_bug(ctx, cl, pc, "bad access size");
		break;
	case TR_C_N:
		if (!c || c > TR_C_MAX)
			return trc_asm_bug(ctx, cl, pc, "bad byte count");
		break;
	case TR_C_BS:
		if (c >= TR_NBUILTINS)
			return trc_asm_bug(ctx, cl, pc, "no such builtin in c");
		break;
	}
	if (r->k == TR_K__ && in->k)
		return trc_asm_bug(ctx, cl, pc, "unused k set");
	*word = TR_INSN(in->op, in->a, in->b, c, in->k);
	return 0;
}

int trc_asm_clause(struct trc_ctx *ctx, struct trc_clause *cl,
		   const struct trc_ainsn *insns, u32 n, const u32 *label_pc,
		   u32 nlabels)
{
	u32 pc, first = ctx->tc_ninsns;
	int err;

	if (!n || insns[n - 1].op != TR_OP_RET)
		return trc_asm_bug(ctx, cl, n, "clause does not end in ret");
	if (n > TR_MAX_INSNS - first) {
		trc_error(ctx, cl->loc,
			  "the program is too long (more than %u instructions)",
			  TR_MAX_INSNS);
		return -EINVAL;
	}
	trc_grow(ctx, &ctx->tc_insns, &ctx->tc_insns_cap, first + n,
		 sizeof(u64));
	cl->action_of_pc = trc_alloc(ctx, n * sizeof(*cl->action_of_pc));
	for (pc = 0; pc < n; pc++) {
		err = trc_asm_one(ctx, cl, pc, n, &insns[pc], label_pc,
				  nlabels, &ctx->tc_insns[first + pc]);
		if (err)
			return err;
		cl->action_of_pc[pc] = insns[pc].action;
	}
	cl->insn_first = first;
	cl->insn_count = n;
	ctx->tc_ninsns += n;
	return 0;
}
