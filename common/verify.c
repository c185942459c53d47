// SPDX-License-Identifier: GPL-2.0
/*
 * common/verify.c - the verifier: the kernel runs nothing it has not proved
 * safe here.  Compiled into the module and into the host tests and fuzzers.
 *
 * Image rules (the tables around the code):
 *   I1  the image is a header or longer, at most TR_MAX_IMAGE_SIZE, and its
 *       total_size is its length
 *   I2  magic, version and header size are known; flags and reserved are 0
 *   I3  every section lies inside the image, 8-aligned, within its cap
 *   I4  scratch, aggregation and buffer sizes are within their caps, and
 *       sizes are multiples of 8
 *   I5  rodata is empty or ends in a NUL
 *   I6  every clause is a non-empty range of instructions; the clauses hold
 *       at most TR_MAX_INSNS instructions in all (bounds the verifier's work)
 *   I7  every probe has a known kind, a name in rodata and a range of clauses;
 *       the probes run at most TR_MAX_PROBE_WORK instructions in all (bounds
 *       the work of one firing of every probe: BEGIN, or a kprobe's handlers)
 *   I8  every aggregation has a known function and a key size that is a
 *       multiple of 8, at most TR_MAX_KEY_SIZE
 *   I9  every record's payload is a multiple of 8, at most TR_MAX_REC_SIZE,
 *       and its flags are known
 *   I10 every aggregation's parameters are valid for its function (DTrace's
 *       rules for lquantize and llquantize), those it does not use and
 *       reserved are 0, and its value count is the one they give, at most
 *       TR_MAX_AGG_VALS
 *   I11 every probe's provider, module and name are in rodata and its
 *       flags are 0
 *   I12 a probe's param fits its kind: a timer probe (TICK, PROFILE) has
 *       a period of at least TR_MIN_PERIOD_NS; a syscall probe a number
 *       below TR_MAX_SYSCALL_NR; a tracepoint probe an event id from 1 to
 *       TR_MAX_TRACEPOINT_ID; every other probe has none
 *   I13 the action numbers (for the ERROR probe's arg2) are absent or
 *       there is one per instruction
 *   I14 the globals size is a multiple of 8 within its cap; the
 *       clause-local (this->) area lies inside scratch; the dynamic
 *       variable space is within its cap, and not 0 when there are
 *       dynamic variables
 *   I15 every dynamic variable's key and value sizes are multiples of 8,
 *       not 0, and their sum is at most TR_MAX_DVAR_DATA
 *
 * Instruction rules, for every instruction of every clause:
 *   V1  the opcode exists
 *   V2  fields the opcode does not use are zero
 *   V3  a register in the c field is r0..r15
 *   V4  every register is written before it is read, on every path
 *   V5  jumps go forward and land inside the clause
 *   V6  the clause ends with RET, so every path ends in one
 *   V7  access sizes (LDX, STX, and LDK's read of kernel memory) are 1, 2,
 *       4 or 8; byte counts are not 0
 *   V8  table references are in range: constants, aggregations, records,
 *       rodata offsets, scratch offsets, globals offsets and dynamic
 *       variables; builtins exist and have the kind the opcode needs; the
 *       variable of a thread-local op (TLGET, TLPUT, TLDEL) has an 8-byte
 *       key, the thread id; so has that of a thread-local integer op
 *       (TLLD, TLST), whose value holds the integer: I15 has made every
 *       value 8 bytes or more
 *   V9  a helper call (CALL) names a helper that exists; its argument
 *       registers R[a] .. R[a + nargs - 1] are r0..r15 and written before
 *       the call; c is its strsize bound (not 0) when it handles strings,
 *       else 0
 *   V10 PCTX (the probe record, tpsys) has an offset of at most
 *       TR_MAX_PCTX_OFF and is only in clauses that tracepoint probes
 *       alone run: no other probe has a record
 *   V11 an aggregation keyed by registers (AGGR) has its key in R[b] ..
 *       R[b + c - 1]: r0..r15, written before, and c words are the
 *       aggregation's key size; its value R[a] is written before unless
 *       the aggregation is a count(), which reads none
 *
 * Memory addresses are data, so their bounds are checked at run time by the
 * interpreter; everything else it relies on is proved here.
 */
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "tracer/prog.h"
#include "tracer/agg.h"
#include "tracer/disasm.h"
#include "tracer/helpers.h"

#define TR_REACHED	(1u << 16)	/* in the per-pc state: some path */

struct tr_verifier {
	struct tr_prog *prog;
	char *msg;
	u32 msg_len;
	u32 clause;		/* clause being checked */
	u32 pc;			/* instruction within it */
	u32 *state;		/* per insn: registers written | TR_REACHED */
	u8 *no_record;		/* per clause: some probe without a record
				 * (not a TRACEPOINT) runs it (V10) */
};

static int tr_reject_image(struct tr_verifier *v, const char *rule,
			   const char *what, long long val)
{
	if (v->msg_len)
		snprintf(v->msg, v->msg_len, "rule %s: %s (%lld)", rule, what,
			 val);
	return -EINVAL;
}

static int tr_reject_insn(struct tr_verifier *v, const char *rule,
			  const char *what, long long val)
{
	const struct tr_image_clause *c = &v->prog->clauses[v->clause];
	char text[80];

	tr_disasm(v->prog->insns[c->insn_first + v->pc], v->pc, text,
		  sizeof(text));
	if (v->msg_len)
		snprintf(v->msg, v->msg_len,
			 "clause %u, instruction %u (%s): rule %s: %s (%lld)",
			 v->clause, v->pc, text, rule, what, val);
	return -EINVAL;
}

/* ---- the image ------------------------------------------------------- */

static const u32 tr_sect_elem_size[TR_NSECTIONS] = {
#define TR_X_SIZE(name, type) [TR_SECT_##name] = sizeof(type),
	TR_SECTIONS(TR_X_SIZE)
#undef TR_X_SIZE
};

static const u32 tr_sect_cap[TR_NSECTIONS] = {
	[TR_SECT_INSNS] = TR_MAX_INSNS,
	[TR_SECT_CONSTS] = TR_MAX_CONSTS,
	[TR_SECT_RODATA] = TR_MAX_IMAGE_SIZE,
	[TR_SECT_CLAUSES] = TR_MAX_CLAUSES,
	[TR_SECT_PROBES] = TR_MAX_PROBES,
	[TR_SECT_AGGS] = TR_MAX_AGGS,
	[TR_SECT_RECS] = TR_MAX_RECS,
	[TR_SECT_ACTIONS] = TR_MAX_INSNS,
	[TR_SECT_DVARS] = TR_MAX_DVARS,
};

static int tr_verify_header(struct tr_verifier *v, const void *image, u32 len)
{
	const struct tr_image_hdr *h = image;
	const u8 *base = image;
	const void *sect[TR_NSECTIONS];
	int i;

	if (len < sizeof(*h) || len > TR_MAX_IMAGE_SIZE)
		return tr_reject_image(v, "I1", "image length out of range",
				       len);
	if (h->total_size != len)
		return tr_reject_image(v, "I1", "total_size is not the length",
				       h->total_size);
	if (h->magic != TR_IMAGE_MAGIC)
		return tr_reject_image(v, "I2", "bad magic", h->magic);
	if (h->version != TR_IMAGE_VERSION)
		return tr_reject_image(v, "I2", "unknown image version",
				       h->version);
	if (h->hdr_size != sizeof(*h))
		return tr_reject_image(v, "I2", "unknown header size",
				       h->hdr_size);
	if (h->flags || h->reserved)
		return tr_reject_image(v, "I2", "flags or reserved set",
				       h->flags | h->reserved);

	for (i = 0; i < TR_NSECTIONS; i++) {
		u64 end = (u64)h->sect[i].off +
			  (u64)h->sect[i].count * tr_sect_elem_size[i];

		if (h->sect[i].count > tr_sect_cap[i])
			return tr_reject_image(v, "I3", "section too large", i);
		if (h->sect[i].count && (h->sect[i].off % 8 ||
					 h->sect[i].off < sizeof(*h) ||
					 end > len))
			return tr_reject_image(v, "I3",
					       "section outside the image", i);
		sect[i] = base + h->sect[i].off;
	}

	if (h->scratch_size > TR_MAX_SCRATCH_SIZE || h->scratch_size % 8)
		return tr_reject_image(v, "I4", "bad scratch size",
				       h->scratch_size);
	if (h->agg_entries > TR_MAX_AGG_ENTRIES)
		return tr_reject_image(v, "I4", "too many aggregation entries",
				       h->agg_entries);
	if (h->buf_size < TR_MIN_BUF_SIZE || h->buf_size > TR_MAX_BUF_SIZE ||
	    h->buf_size % 8)
		return tr_reject_image(v, "I4", "bad buffer size",
				       h->buf_size);
	if (h->globals_size > TR_MAX_GLOBALS_SIZE || h->globals_size % 8)
		return tr_reject_image(v, "I14", "bad globals size",
				       h->globals_size);
	if (h->this_size > h->scratch_size || h->this_size % 8)
		return tr_reject_image(v, "I14",
				       "clause-local area outside scratch",
				       h->this_size);
	if (h->dynvar_size > TR_MAX_DYNVAR_SIZE ||
	    (!h->dynvar_size && h->sect[TR_SECT_DVARS].count))
		return tr_reject_image(v, "I14",
				       "bad dynamic variable space size",
				       h->dynvar_size);
	if (h->vars_reserved)
		return tr_reject_image(v, "I2", "flags or reserved set",
				       h->vars_reserved);

	v->prog->hdr = h;
	v->prog->insns = sect[TR_SECT_INSNS];
	v->prog->ninsns = h->sect[TR_SECT_INSNS].count;
	v->prog->consts = sect[TR_SECT_CONSTS];
	v->prog->nconsts = h->sect[TR_SECT_CONSTS].count;
	v->prog->rodata = sect[TR_SECT_RODATA];
	v->prog->rodata_len = h->sect[TR_SECT_RODATA].count;
	v->prog->clauses = sect[TR_SECT_CLAUSES];
	v->prog->nclauses = h->sect[TR_SECT_CLAUSES].count;
	v->prog->probes = sect[TR_SECT_PROBES];
	v->prog->nprobes = h->sect[TR_SECT_PROBES].count;
	v->prog->aggs = sect[TR_SECT_AGGS];
	v->prog->naggs = h->sect[TR_SECT_AGGS].count;
	v->prog->recs = sect[TR_SECT_RECS];
	v->prog->nrecs = h->sect[TR_SECT_RECS].count;
	if (h->sect[TR_SECT_ACTIONS].count &&
	    h->sect[TR_SECT_ACTIONS].count != v->prog->ninsns)
		return tr_reject_image(v, "I13",
				       "action numbers do not match the instructions",
				       h->sect[TR_SECT_ACTIONS].count);
	v->prog->actions = h->sect[TR_SECT_ACTIONS].count ?
			   sect[TR_SECT_ACTIONS] : NULL;
	v->prog->dvars = sect[TR_SECT_DVARS];
	v->prog->ndvars = h->sect[TR_SECT_DVARS].count;
	return 0;
}

/* I10: parameters and value count of aggregation @i. */
static int tr_verify_agg_params(struct tr_verifier *v,
				const struct tr_image_agg *a, u32 i)
{
	bool lq = a->func == TR_AGG_LQUANTIZE;
	bool llq = a->func == TR_AGG_LLQUANTIZE;
	u32 nvals;

	if (a->reserved || (!lq && (a->base || a->step || a->levels)) ||
	    (!llq && (a->factor || a->low || a->high || a->nsteps)))
		return tr_reject_image(v, "I10",
				       "unused aggregation parameter set", i);
	nvals = tr_agg_count_vals(a);
	if (!nvals)
		return tr_reject_image(v, "I10",
				       "bad aggregation parameters", i);
	if (a->nvals != nvals || nvals > TR_MAX_AGG_VALS)
		return tr_reject_image(v, "I10", "bad aggregation value count",
				       a->nvals);
	return 0;
}

/* I12: is @param valid for a probe of @kind? */
static bool tr_verify_param(u32 kind, u64 param)
{
	switch (kind) {
	case TR_PROBE_TICK:
	case TR_PROBE_PROFILE:
		return param >= TR_MIN_PERIOD_NS;
	case TR_PROBE_SYSCALL_ENTRY:
	case TR_PROBE_SYSCALL_RETURN:
		return param < TR_MAX_SYSCALL_NR;
	case TR_PROBE_TRACEPOINT:
		return param >= 1 && param <= TR_MAX_TRACEPOINT_ID;
	}
	return param == 0;
}

static int tr_verify_tables(struct tr_verifier *v)
{
	const struct tr_prog *p = v->prog;
	u64 work = 0;
	u32 i, j;
	int err;

	if (p->rodata_len && p->rodata[p->rodata_len - 1] != '\0')
		return tr_reject_image(v, "I5", "rodata does not end in NUL",
				       p->rodata_len);
	for (i = 0; i < p->nclauses; i++) {
		const struct tr_image_clause *c = &p->clauses[i];

		if (!c->insn_count || c->insn_first > p->ninsns ||
		    c->insn_count > p->ninsns - c->insn_first)
			return tr_reject_image(v, "I6", "bad clause range", i);
		work += c->insn_count;
	}
	if (work > TR_MAX_INSNS)
		return tr_reject_image(v, "I6",
				       "clauses hold too many instructions",
				       work);
	work = 0;
	for (i = 0; i < p->nprobes; i++) {
		const struct tr_image_probe *pr = &p->probes[i];

		if (pr->kind >= TR_NPROBE_KINDS)
			return tr_reject_image(v, "I7", "unknown probe kind",
					       pr->kind);
		if (pr->func >= p->rodata_len)
			return tr_reject_image(v, "I7",
					       "probe name outside rodata", i);
		if (pr->clause_first > p->nclauses ||
		    pr->clause_count > p->nclauses - pr->clause_first)
			return tr_reject_image(v, "I7", "bad probe clauses", i);
		/* Every clause adds at least 1: this loop stops early. */
		for (j = 0; j < pr->clause_count &&
			    work <= TR_MAX_PROBE_WORK; j++)
			work += p->clauses[pr->clause_first + j].insn_count;
		if (work > TR_MAX_PROBE_WORK)
			return tr_reject_image(v, "I7",
					       "probes run too many instructions",
					       i);
		if (pr->provider >= p->rodata_len ||
		    pr->module >= p->rodata_len || pr->name >= p->rodata_len)
			return tr_reject_image(v, "I11",
					       "probe description outside rodata",
					       i);
		if (pr->flags)
			return tr_reject_image(v, "I11", "probe flags set", i);
		if (!tr_verify_param(pr->kind, pr->param))
			return tr_reject_image(v, "I12", "bad probe param", i);
	}
	for (i = 0; i < p->naggs; i++) {
		const struct tr_image_agg *a = &p->aggs[i];

		if (a->func >= TR_NAGG_FUNCS)
			return tr_reject_image(v, "I8",
					       "unknown aggregating function",
					       a->func);
		if (a->key_size % 8 || a->key_size > TR_MAX_KEY_SIZE)
			return tr_reject_image(v, "I8", "bad key size", i);
		err = tr_verify_agg_params(v, a, i);
		if (err)
			return err;
	}
	for (i = 0; i < p->nrecs; i++) {
		const struct tr_image_rec *r = &p->recs[i];

		if (r->size % 8 || r->size > TR_MAX_REC_SIZE ||
		    r->flags & ~TR_REC_F_EXIT)
			return tr_reject_image(v, "I9", "bad record", i);
	}
	for (i = 0; i < p->ndvars; i++) {
		const struct tr_image_dvar *d = &p->dvars[i];

		if (!d->key_size || !d->val_size || d->key_size % 8 ||
		    d->val_size % 8 || d->key_size > TR_MAX_DVAR_DATA ||
		    d->val_size > TR_MAX_DVAR_DATA - d->key_size)
			return tr_reject_image(v, "I15",
					       "bad dynamic variable", i);
	}
	return 0;
}

/* ---- instructions ---------------------------------------------------- */

static bool tr_reads(unsigned int role)
{
	return role == TR_R_S;
}

/* V4: @reg must be written on every path to this instruction. */
static int tr_check_read(struct tr_verifier *v, u32 in, unsigned int reg)
{
	if (!(in & (1u << reg)))
		return tr_reject_insn(v, "V4", "register read before written",
				      reg);
	return 0;
}

static int tr_check_k(struct tr_verifier *v, unsigned int role, u32 k)
{
	const struct tr_prog *p = v->prog;

	switch (role) {
	case TR_K__:
		return k ? tr_reject_insn(v, "V2", "unused k is not zero", k) :
			   0;
	case TR_K_CONST:
		if (k >= p->nconsts)
			return tr_reject_insn(v, "V8", "no such constant", k);
		break;
	case TR_K_BI:
	case TR_K_BS:
		if (k >= TR_NBUILTINS)
			return tr_reject_insn(v, "V8", "no such builtin", k);
		if (tr_builtin_table[k].kind !=
		    (role == TR_K_BI ? TR_BUILTIN_INT : TR_BUILTIN_STR))
			return tr_reject_insn(v, "V8",
					      "builtin of the wrong kind", k);
		break;
	case TR_K_AGG:
		if (k >= p->naggs)
			return tr_reject_insn(v, "V8", "no such aggregation",
					      k);
		break;
	case TR_K_REC:
		if (k >= p->nrecs)
			return tr_reject_insn(v, "V8", "no such record", k);
		break;
	case TR_K_STR:
		if (k >= p->rodata_len)
			return tr_reject_insn(v, "V8",
					      "string outside rodata", k);
		break;
	case TR_K_SCR:
		if (k >= p->hdr->scratch_size)
			return tr_reject_insn(v, "V8",
					      "offset outside scratch", k);
		break;
	case TR_K_HLP:
		if (k >= TR_NHELPERS)
			return tr_reject_insn(v, "V9", "no such helper", k);
		break;
	case TR_K_GLB:
		if (k >= p->hdr->globals_size)
			return tr_reject_insn(v, "V8",
					      "offset outside globals", k);
		break;
	case TR_K_DVAR:
		if (k >= p->ndvars)
			return tr_reject_insn(v, "V8",
					      "no such dynamic variable", k);
		break;
	case TR_K_TLV:
	case TR_K_TLI:		/* its value is 8 bytes or more (I15) */
		if (k >= p->ndvars)
			return tr_reject_insn(v, "V8",
					      "no such dynamic variable", k);
		if (p->dvars[k].key_size != sizeof(u64))
			return tr_reject_insn(v, "V8",
					      "thread-local variable without an 8-byte key",
					      k);
		break;
	case TR_K_PCTX:
		if (k > TR_MAX_PCTX_OFF)
			return tr_reject_insn(v, "V10",
					      "record offset too large", k);
		if (v->no_record[v->clause])
			return tr_reject_insn(v, "V10",
					      "record read in a clause a probe without a record runs",
					      k);
		break;
	}
	return 0;
}

/* V9: the arguments and the bound of a helper call (its id is valid). */
static int tr_check_call(struct tr_verifier *v, u64 insn, u32 in)
{
	const struct tr_helper_info *h = &tr_helper_table[TR_K(insn)];
	unsigned int a = TR_A(insn), r;

	if (a + h->nargs > TR_NREGS)
		return tr_reject_insn(v, "V9",
				      "helper arguments past the last register",
				      a + h->nargs - 1);
	for (r = a; r < a + h->nargs; r++)
		if (!(in & (1u << r)))
			return tr_reject_insn(v, "V9",
					      "helper argument register not written",
					      r);
	if (h->uses_c ? !TR_C(insn) : TR_C(insn) != 0)
		return tr_reject_insn(v, "V9",
				      h->uses_c ? "helper string bound is 0" :
						  "unused c is not zero",
				      TR_C(insn));
	return 0;
}

/* V11: the value and key registers of AGGR (its aggregation id is valid). */
static int tr_check_key_regs(struct tr_verifier *v, u64 insn, u32 in)
{
	unsigned int b = TR_B(insn), c = TR_C(insn), r;
	int err;

	if (v->prog->aggs[TR_K(insn)].func != TR_AGG_COUNT &&
	    (err = tr_check_read(v, in, TR_A(insn))))
		return err;
	if (b + c > TR_NREGS)
		return tr_reject_insn(v, "V11",
				      "key registers past the last register",
				      b + c - 1);
	for (r = b; r < b + c; r++)
		if (!(in & (1u << r)))
			return tr_reject_insn(v, "V11",
					      "key register not written", r);
	if ((u64)c * 8 != v->prog->aggs[TR_K(insn)].key_size)
		return tr_reject_insn(v, "V11",
				      "key registers do not hold the aggregation's key size",
				      c);
	return 0;
}

static int tr_check_c(struct tr_verifier *v, unsigned int role, u32 c,
		      u32 in, u32 count)
{
	switch (role) {
	case TR_C__:
		return c ? tr_reject_insn(v, "V2", "unused c is not zero", c) :
			   0;
	case TR_C_R:
		if (c >= TR_NREGS)
			return tr_reject_insn(v, "V3", "no such register", c);
		return tr_check_read(v, in, c);
	case TR_C_J:
		if ((u64)v->pc + 1 + c >= count)
			return tr_reject_insn(v, "V5",
					      "jump lands outside the clause",
					      (long long)v->pc + 1 + c);
		return 0;
	case TR_C_SZ:
		if (c != 1 && c != 2 && c != 4 && c != 8)
			return tr_reject_insn(v, "V7", "bad access size", c);
		return 0;
	case TR_C_N:
		if (!c)
			return tr_reject_insn(v, "V7", "zero byte count", c);
		return 0;
	case TR_C_BS:
		return tr_check_k(v, TR_K_BS, c);
	}
	return 0;
}

/* Check one reachable instruction; returns the registers written after. */
static int tr_verify_insn(struct tr_verifier *v, u64 insn, u32 in, u32 count,
			  u32 *out)
{
	const struct tr_op_info *oi;
	unsigned int op = TR_OP(insn);
	int err;

	if (op >= TR_NOPCODES)
		return tr_reject_insn(v, "V1", "unknown opcode", op);
	oi = &tr_op_table[op];

	if (oi->a == TR_R__ && TR_A(insn))
		return tr_reject_insn(v, "V2", "unused a is not zero",
				      TR_A(insn));
	if (oi->b == TR_R__ && TR_B(insn))
		return tr_reject_insn(v, "V2", "unused b is not zero",
				      TR_B(insn));
	if (tr_reads(oi->a) && (err = tr_check_read(v, in, TR_A(insn))))
		return err;
	if (tr_reads(oi->b) && (err = tr_check_read(v, in, TR_B(insn))))
		return err;
	err = tr_check_c(v, oi->c, TR_C(insn), in, count);
	if (!err)
		err = tr_check_k(v, oi->k, TR_K(insn));
	if (!err && oi->k == TR_K_HLP)
		err = tr_check_call(v, insn, in);
	if (!err && oi->c == TR_C_KEY)
		err = tr_check_key_regs(v, insn, in);
	if (err)
		return err;

	*out = in;
	if (oi->a == TR_R_D)
		*out |= 1u << TR_A(insn);
	return 0;
}

static int tr_verify_clause(struct tr_verifier *v, u32 clause)
{
	const struct tr_image_clause *c = &v->prog->clauses[clause];
	const u64 *insns = v->prog->insns + c->insn_first;
	u32 *state = v->state;
	u32 pc, out;
	int err;

	v->clause = clause;
	v->pc = c->insn_count - 1;
	if (TR_OP(insns[c->insn_count - 1]) != TR_OP_RET)
		return tr_reject_insn(v, "V6", "clause does not end in ret",
				      c->insn_count);

	state[0] = TR_REACHED;
	for (pc = 1; pc < c->insn_count; pc++)
		state[pc] = 0xffff;		/* identity for the meet */

	for (pc = 0; pc < c->insn_count; pc++) {
		u64 insn = insns[pc];
		unsigned int op = TR_OP(insn);

		v->pc = pc;
		if (!(state[pc] & TR_REACHED)) {
			/* Dead code never runs, but must still decode. */
			err = tr_verify_insn(v, insn, 0xffff, c->insn_count,
					     &out);
			if (err)
				return err;
			continue;
		}
		err = tr_verify_insn(v, insn, state[pc] & 0xffff,
				     c->insn_count, &out);
		if (err)
			return err;
		if (op == TR_OP_RET)
			continue;
		if (tr_op_table[op].c == TR_C_J) {
			u32 t = pc + 1 + TR_C(insn);

			state[t] = (state[t] & out) | TR_REACHED;
			if (op == TR_OP_JA)
				continue;
		}
		state[pc + 1] = (state[pc + 1] & out) | TR_REACHED;
	}
	return 0;
}

/*
 * V10: mark the clauses some probe without a record runs.  I7 bounded the
 * probes' clauses in all by TR_MAX_PROBE_WORK, so this loop is bounded too.
 */
static void tr_verify_records(struct tr_verifier *v)
{
	const struct tr_prog *p = v->prog;
	u32 i, j;

	memset(v->no_record, 0, p->nclauses);
	for (i = 0; i < p->nprobes; i++) {
		const struct tr_image_probe *pr = &p->probes[i];

		if (pr->kind == TR_PROBE_TRACEPOINT)
			continue;
		for (j = 0; j < pr->clause_count; j++)
			v->no_record[pr->clause_first + j] = 1;
	}
}

int tr_verify(const void *image, u32 len, struct tr_prog *prog, char *msg,
	      u32 msg_len)
{
	struct tr_verifier v = { .prog = prog, .msg = msg, .msg_len = msg_len };
	u32 i, longest = 1;
	int err;

	memset(prog, 0, sizeof(*prog));
	if (msg_len)
		msg[0] = '\0';
	err = tr_verify_header(&v, image, len);
	if (!err)
		err = tr_verify_tables(&v);
	if (err)
		return err;

	for (i = 0; i < prog->nclauses; i++)
		if (prog->clauses[i].insn_count > longest)
			longest = prog->clauses[i].insn_count;
	v.state = tr_work_alloc((size_t)longest * sizeof(*v.state));
	v.no_record = tr_work_alloc(prog->nclauses + 1);
	if (!v.state || !v.no_record) {
		err = -ENOMEM;
		goto out;
	}
	tr_verify_records(&v);
	for (i = 0; i < prog->nclauses && !err; i++)
		err = tr_verify_clause(&v, i);
out:
	tr_work_free(v.no_record);
	tr_work_free(v.state);
	return err;
}

/*
 * kmem: what a kernel locked down for confidentiality refuses (kmod's
 * LOAD): probes on kernel functions, and reads of kernel memory by LDK,
 * stringof() and __kcopy.  User memory (copyin, copyinstr) stays allowed.
 */
bool tr_prog_reads_kernel(const struct tr_prog *prog)
{
	u32 i;

	for (i = 0; i < prog->nprobes; i++)
		if (prog->probes[i].kind == TR_PROBE_KPROBE ||
		    prog->probes[i].kind == TR_PROBE_KRETPROBE)
			return true;
	for (i = 0; i < prog->ninsns; i++) {
		u64 insn = prog->insns[i];

		if (TR_OP(insn) == TR_OP_LDK ||
		    (TR_OP(insn) == TR_OP_CALL &&
		     (TR_K(insn) == TR_HLP_KSTR || TR_K(insn) == TR_HLP_KCOPY)))
			return true;
	}
	return false;
}
