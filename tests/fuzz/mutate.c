// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/mutate.c - random and structure-aware mutations of program
 * images (see mutate.h).  A structural mutation parses the image into a
 * model (the header plus one copy of each section, as TR_SECTIONS lists
 * them), changes the model and lays it out again, sections in order and
 * 8-aligned, with total_size set: the result passes the header rules and
 * reaches the instruction rules and the interpreter.  Instructions are made
 * from tr_op_table's operand roles, so they are usually valid.
 */
#include <stdlib.h>
#include <string.h>
#include "tracer/agg.h"
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "mutate.h"

#define FZ_MAX_SECT_BYTES	(1u << 20)	/* larger: treat as raw */

struct fz_model {
	struct tr_image_hdr hdr;
	u8 *sect[TR_NSECTIONS];
	u32 count[TR_NSECTIONS];
};

static const u32 fz_elem[TR_NSECTIONS] = {
#define TR_X_SIZE(name, type) [TR_SECT_##name] = sizeof(type),
	TR_SECTIONS(TR_X_SIZE)
#undef TR_X_SIZE
};

#define FZ_INSNS(m)	((u64 *)(m)->sect[TR_SECT_INSNS])
#define FZ_CONSTS(m)	((u64 *)(m)->sect[TR_SECT_CONSTS])
#define FZ_RODATA(m)	((char *)(m)->sect[TR_SECT_RODATA])
#define FZ_CLAUSES(m)	\
	((struct tr_image_clause *)(m)->sect[TR_SECT_CLAUSES])
#define FZ_PROBES(m)	((struct tr_image_probe *)(m)->sect[TR_SECT_PROBES])
#define FZ_AGGS(m)	((struct tr_image_agg *)(m)->sect[TR_SECT_AGGS])
#define FZ_RECS(m)	((struct tr_image_rec *)(m)->sect[TR_SECT_RECS])

/* ---- randomness and edge values -------------------------------------- */

u64 fz_rand(struct fz_rng *r)
{
	u64 z = (r->state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

u32 fz_below(struct fz_rng *r, u32 n)
{
	return n ? (u32)(fz_rand(r) % n) : 0;
}

static bool fz_chance(struct fz_rng *r, u32 n)
{
	return fz_below(r, n) == 0;
}

static u32 fz_edge32(struct fz_rng *r, u32 near)
{
	static const u32 v[] = {
		0, 1, 2, 7, 8, 15, 16, 63, 64, 255, 256, 4096, 65535, 65536,
		TR_MAX_KEY_SIZE, TR_MAX_REC_SIZE, TR_MAX_SCRATCH_SIZE,
		0x7fffffff, 0x80000000, 0xfffffff8, 0xffffffff,
	};

	switch (fz_below(r, 4)) {
	case 0:
		return near + fz_below(r, 17) - 8;
	case 1:
		return (u32)fz_rand(r);
	}
	return v[fz_below(r, ARRAY_SIZE(v))];
}

static u64 fz_edge64(struct fz_rng *r, const struct fz_model *m)
{
	static const u64 v[] = {
		0, 1, ~0ull, 8, 0x7fffffffffffffffull, 0x8000000000000000ull,
		0xffffffffull, 0x100000000ull, 1ull << 47, 1ull << 48,
	};
	u32 region = fz_below(r, 4);

	switch (fz_below(r, 4)) {
	case 0:
		return v[fz_below(r, ARRAY_SIZE(v))];
	case 1:
		return fz_rand(r);
	case 2:
		return TR_VA(region, fz_edge32(r, region == TR_VA_RODATA ?
					       m->count[TR_SECT_RODATA] :
					       m->hdr.scratch_size));
	}
	return (u64)(s64)(s32)fz_edge32(r, 0);
}

/* ---- the model -------------------------------------------------------- */

static void fz_model_free(struct fz_model *m)
{
	int i;

	for (i = 0; i < TR_NSECTIONS; i++)
		free(m->sect[i]);
}

static bool fz_model_parse(struct fz_model *m, const u8 *buf, size_t len)
{
	int i;

	memset(m, 0, sizeof(*m));
	if (len < sizeof(m->hdr))
		return false;
	memcpy(&m->hdr, buf, sizeof(m->hdr));
	for (i = 0; i < TR_NSECTIONS; i++) {
		u64 off = m->hdr.sect[i].off;
		u64 n = (u64)m->hdr.sect[i].count * fz_elem[i];

		if (n > FZ_MAX_SECT_BYTES || off + n > len)
			goto bad;
		m->count[i] = m->hdr.sect[i].count;
		m->sect[i] = malloc(n + fz_elem[i]);
		if (!m->sect[i])
			goto bad;
		memcpy(m->sect[i], buf + off, n);
	}
	return true;
bad:
	fz_model_free(m);
	return false;
}

static size_t fz_model_write(const struct fz_model *m, u8 *buf, size_t max)
{
	struct tr_image_hdr h = m->hdr;
	size_t off = sizeof(h);
	int i;

	for (i = 0; i < TR_NSECTIONS; i++) {
		size_t n = (size_t)m->count[i] * fz_elem[i];
		size_t end = off;

		off = (off + 7) & ~(size_t)7;
		if (off + n + 8 > max)
			return 0;
		memset(buf + end, 0, off - end);
		h.sect[i].off = m->count[i] ? off : 0;
		h.sect[i].count = m->count[i];
		if (n)
			memcpy(buf + off, m->sect[i], n);
		off += n;
	}
	memset(buf + off, 0, ((off + 7) & ~(size_t)7) - off);
	off = (off + 7) & ~(size_t)7;
	h.total_size = off;
	memcpy(buf, &h, sizeof(h));
	return off;
}

/* Room for @n elements of section @s; returns false when out of memory. */
static bool fz_resize(struct fz_model *m, int s, u32 n)
{
	u8 *p = realloc(m->sect[s], (size_t)(n + 1) * fz_elem[s]);

	if (!p)
		return false;
	if (n > m->count[s])
		memset(p + (size_t)m->count[s] * fz_elem[s], 0,
		       (size_t)(n - m->count[s]) * fz_elem[s]);
	m->sect[s] = p;
	m->count[s] = n;
	return true;
}

/* ---- instructions from operand roles --------------------------------- */

/* Registers some earlier instruction of the clause writes (any path). */
static u32 fz_written(const struct fz_model *m, u32 first, u32 pc)
{
	const u64 *insns = FZ_INSNS(m);
	u32 i, mask = 0;

	for (i = 0; i < pc; i++) {
		unsigned int op = TR_OP(insns[first + i]);

		if (op < TR_NOPCODES && tr_op_table[op].a == TR_R_D)
			mask |= 1u << TR_A(insns[first + i]);
	}
	return mask;
}

static unsigned int fz_reg(struct fz_rng *r, unsigned int role, u32 written)
{
	unsigned int i, n = fz_below(r, TR_NREGS);

	if ((role == TR_R_S || role == TR_R_K) && written &&
	    !fz_chance(r, 16))
		for (i = 0; i < TR_NREGS; i++, n = (n + 1) % TR_NREGS)
			if (written & (1u << n))
				return n;
	return fz_chance(r, 2) ? n & 7 : n;
}

static u32 fz_builtin(struct fz_rng *r, unsigned int kind)
{
	u32 i, n = fz_below(r, TR_NBUILTINS);

	for (i = 0; i < TR_NBUILTINS; i++, n = (n + 1) % TR_NBUILTINS)
		if (tr_builtin_table[n].kind == kind)
			return n;
	return TR_NBUILTINS;
}

/* The start of a string in rodata, near a random offset. */
static u32 fz_string(struct fz_rng *r, const struct fz_model *m)
{
	const char *ro = FZ_RODATA(m);
	u32 off = fz_below(r, m->count[TR_SECT_RODATA]);

	while (off && ro[off - 1])
		off--;
	return off;
}

/* A thread-local's variable: one with an 8-byte key if any (rule V8). */
static u32 fz_tlv(struct fz_rng *r, const struct fz_model *m)
{
	const struct tr_image_dvar *d =
		(const struct tr_image_dvar *)m->sect[TR_SECT_DVARS];
	u32 i, k, n = m->count[TR_SECT_DVARS], ok = 0;

	for (i = 0; d && i < n; i++)
		ok += d[i].key_size == sizeof(u64);
	if (!ok)
		return fz_below(r, n);
	k = fz_below(r, ok);
	for (i = 0;; i++)
		if (d[i].key_size == sizeof(u64) && !k--)
			return i;
}

static u32 fz_k(struct fz_rng *r, const struct fz_model *m,
		unsigned int role)
{
	u32 scratch = m->hdr.scratch_size;

	switch (role) {
	case TR_K_I:
		return fz_edge32(r, scratch);
	case TR_K_CONST:
		return fz_below(r, m->count[TR_SECT_CONSTS]);
	case TR_K_BI:
		return fz_builtin(r, TR_BUILTIN_INT);
	case TR_K_BS:
		return fz_builtin(r, TR_BUILTIN_STR);
	case TR_K_AGG:
		return fz_below(r, m->count[TR_SECT_AGGS]);
	case TR_K_REC:
		return fz_below(r, m->count[TR_SECT_RECS]);
	case TR_K_STR:
		return fz_string(r, m);
	case TR_K_SCR:
		return fz_chance(r, 2) ? fz_below(r, scratch) & ~7u :
					 fz_below(r, scratch);
	case TR_K_HLP:
		return fz_below(r, TR_NHELPERS);
	case TR_K_GLB:		/* vars */
		return fz_below(r, m->hdr.globals_size);
	case TR_K_DVAR:		/* vars */
		return fz_below(r, m->count[TR_SECT_DVARS]);
	case TR_K_TLV:
	case TR_K_TLI:		/* its value is 8 bytes or more (I15) */
		return fz_tlv(r, m);
	case TR_K_PCTX:		/* tpsys: a field of a small record */
		return fz_chance(r, 2) ? fz_below(r, 64) :
					 fz_edge32(r, TR_MAX_PCTX_OFF);
	}
	return 0;
}

static u32 fz_c(struct fz_rng *r, const struct fz_model *m, unsigned int role,
		u32 pc, u32 count, u32 written)
{
	static const u32 sizes[] = { 1, 2, 4, 8 };

	switch (role) {
	case TR_C_R:
		return fz_reg(r, TR_R_S, written);
	case TR_C_J:
		return pc + 1 < count ? fz_below(r, count - pc - 1) : 0;
	case TR_C_SZ:
		return sizes[fz_below(r, 4)];
	case TR_C_BS:
		return fz_builtin(r, TR_BUILTIN_STR) & TR_C_MAX;
	case TR_C_N:
	case TR_C_HLP:
		return fz_chance(r, 4) ? fz_edge32(r, m->hdr.scratch_size) &
						TR_C_MAX :
					 1 + fz_below(r, 128);
	}
	return 0;
}

/*
 * fastpath: AGGR's key words (rule V11): mostly those of aggregation
 * @agg, in registers from *@b on that fit below r16.
 */
static u32 fz_key_words(struct fz_rng *r, const struct fz_model *m, u32 agg,
			unsigned int *b)
{
	const struct tr_image_agg *a =
		(const struct tr_image_agg *)m->sect[TR_SECT_AGGS];
	u32 c = fz_below(r, 3);

	if (agg < m->count[TR_SECT_AGGS] && !fz_chance(r, 16))
		c = a[agg].key_size / 8;
	if (c <= TR_NREGS && *b + c > TR_NREGS)
		*b = TR_NREGS - c;
	return c & TR_C_MAX;
}

/* An instruction of opcode @op, valid by its roles at @pc of @count. */
static u64 fz_insn(struct fz_rng *r, const struct fz_model *m,
		   unsigned int op, u32 pc, u32 count, u32 written)
{
	const struct tr_op_info *oi = &tr_op_table[op];
	unsigned int a = 0, b = 0;
	u32 c, k;

	if (oi->a != TR_R__)
		a = fz_reg(r, oi->a, written);
	if (oi->b != TR_R__)
		b = fz_reg(r, oi->b, written);
	c = fz_c(r, m, oi->c, pc, count, written);
	k = fz_k(r, m, oi->k);
	if (oi->c == TR_C_KEY)
		c = fz_key_words(r, m, k, &b);
	return TR_INSN(op, a, b, c, k);
}

static u64 fz_random_insn(struct fz_rng *r, const struct fz_model *m,
			  u32 pc, u32 count, u32 written)
{
	unsigned int op = fz_below(r, TR_NOPCODES);

	if (fz_chance(r, 64))
		return TR_INSN(TR_NOPCODES + fz_below(r, 256 - TR_NOPCODES),
			       0, 0, 0, 0);
	return fz_insn(r, m, op, pc, count, written);
}

/* ---- structural mutations -------------------------------------------- */

/* A random clause, or -1 if there is none with a valid range. */
static int fz_pick_clause(struct fz_rng *r, const struct fz_model *m)
{
	const struct tr_image_clause *c = FZ_CLAUSES(m);
	u32 n = m->count[TR_SECT_CLAUSES], i, j = fz_below(r, n);

	for (i = 0; i < n; i++, j = (j + 1) % n)
		if (c[j].insn_count &&
		    (u64)c[j].insn_first + c[j].insn_count <=
		    m->count[TR_SECT_INSNS])
			return j;
	return -1;
}

static bool fz_regen_insn(struct fz_rng *r, struct fz_model *m)
{
	const struct tr_image_clause *c;
	int ci = fz_pick_clause(r, m);
	u32 pc;

	if (ci < 0)
		return false;
	c = &FZ_CLAUSES(m)[ci];
	pc = fz_below(r, c->insn_count);
	FZ_INSNS(m)[c->insn_first + pc] =
		fz_random_insn(r, m, pc, c->insn_count,
			       fz_written(m, c->insn_first, pc));
	return true;
}

static bool fz_tweak_insn(struct fz_rng *r, struct fz_model *m)
{
	u32 n = m->count[TR_SECT_INSNS];
	u64 *insn;

	if (!n)
		return false;
	insn = &FZ_INSNS(m)[fz_below(r, n)];
	switch (fz_below(r, 5)) {
	case 0:
		*insn ^= 1ull << (TR_OP_SHIFT + fz_below(r, 8));
		break;
	case 1:
		*insn ^= 1ull << (TR_A_SHIFT + fz_below(r, 8));
		break;
	case 2:
		*insn = (*insn & ~(0xffffull << TR_C_SHIFT)) |
			((u64)(fz_edge32(r, TR_C(*insn)) & 0xffff)
			 << TR_C_SHIFT);
		break;
	default:
		*insn = (*insn & ~0xffffffffull) |
			fz_edge32(r, TR_K(*insn));
		break;
	}
	return true;
}

/* Jumps of clause @c across position @p: grow (@d = 1) or shrink (-1). */
static void fz_fix_jumps(struct fz_model *m, const struct tr_image_clause *c,
			 u32 p, int d)
{
	u64 *insns = FZ_INSNS(m) + c->insn_first;
	u32 pc;

	for (pc = 0; pc < p && pc < c->insn_count; pc++) {
		unsigned int op = TR_OP(insns[pc]);
		u32 t = pc + 1 + TR_C(insns[pc]);

		if (op >= TR_NOPCODES || tr_op_table[op].c != TR_C_J)
			continue;
		if ((d > 0 && t >= p && TR_C(insns[pc]) < TR_C_MAX) ||
		    (d < 0 && t > p))
			insns[pc] += (u64)(s64)d << TR_C_SHIFT;
	}
}

/*
 * The per-instruction action numbers (rule I13) are optional: drop them
 * when the instruction count changes rather than keep them in step.
 */
static void fz_drop_actions(struct fz_model *m)
{
	m->count[TR_SECT_ACTIONS] = 0;
}

static bool fz_insert_insn(struct fz_rng *r, struct fz_model *m)
{
	struct tr_image_clause *cl;
	u32 n = m->count[TR_SECT_INSNS], g, p, i;
	int ci = fz_pick_clause(r, m);
	u64 insn;

	if (ci < 0 || n >= TR_MAX_INSNS || !fz_resize(m, TR_SECT_INSNS, n + 1))
		return false;
	cl = FZ_CLAUSES(m);
	/* Before the last instruction: a final ret stays last. */
	p = fz_below(r, cl[ci].insn_count);
	g = cl[ci].insn_first + p;
	insn = fz_random_insn(r, m, p, cl[ci].insn_count + 1,
			      fz_written(m, cl[ci].insn_first, p));
	memmove(FZ_INSNS(m) + g + 1, FZ_INSNS(m) + g, (n - g) * sizeof(u64));
	FZ_INSNS(m)[g] = insn;
	for (i = 0; i < m->count[TR_SECT_CLAUSES]; i++) {
		if ((int)i == ci)
			cl[i].insn_count++;
		else if (cl[i].insn_first >= g)
			cl[i].insn_first++;
		else if ((u64)cl[i].insn_first + cl[i].insn_count > g)
			cl[i].insn_count++;
	}
	fz_fix_jumps(m, &cl[ci], p, 1);
	fz_drop_actions(m);
	return true;
}

static bool fz_delete_insn(struct fz_rng *r, struct fz_model *m)
{
	struct tr_image_clause *cl;
	u32 n = m->count[TR_SECT_INSNS], g, p, i;
	int ci = fz_pick_clause(r, m);

	if (ci < 0 || FZ_CLAUSES(m)[ci].insn_count < 2)
		return false;
	cl = FZ_CLAUSES(m);
	p = fz_below(r, cl[ci].insn_count - 1);
	g = cl[ci].insn_first + p;
	fz_fix_jumps(m, &cl[ci], p, -1);
	memmove(FZ_INSNS(m) + g, FZ_INSNS(m) + g + 1,
		(n - g - 1) * sizeof(u64));
	m->count[TR_SECT_INSNS]--;
	for (i = 0; i < m->count[TR_SECT_CLAUSES]; i++) {
		if ((int)i == ci)
			cl[i].insn_count--;
		else if (cl[i].insn_first > g)
			cl[i].insn_first--;
		else if ((u64)cl[i].insn_first + cl[i].insn_count > g &&
			 cl[i].insn_count > 1)
			cl[i].insn_count--;
	}
	fz_drop_actions(m);
	return true;
}

/* A new clause of random role-valid instructions, run by a new probe. */
static bool fz_add_clause(struct fz_rng *r, struct fz_model *m)
{
	u32 first = m->count[TR_SECT_INSNS], len = 1 + fz_below(r, 12), pc;
	u32 nc = m->count[TR_SECT_CLAUSES], np = m->count[TR_SECT_PROBES];
	struct tr_image_probe *pr;

	if (first + len > TR_MAX_INSNS || nc >= TR_MAX_CLAUSES ||
	    np >= TR_MAX_PROBES || !fz_resize(m, TR_SECT_INSNS, first + len) ||
	    !fz_resize(m, TR_SECT_CLAUSES, nc + 1) ||
	    !fz_resize(m, TR_SECT_PROBES, np + 1))
		return false;
	FZ_CLAUSES(m)[nc].insn_first = first;
	FZ_CLAUSES(m)[nc].insn_count = len;
	for (pc = 0; pc + 1 < len; pc++)
		FZ_INSNS(m)[first + pc] =
			fz_random_insn(r, m, pc, len,
				       fz_written(m, first, pc));
	FZ_INSNS(m)[first + len - 1] = TR_INSN(TR_OP_RET, 0, 0, 0, 0);
	pr = &FZ_PROBES(m)[np];
	pr->kind = fz_chance(r, 2) ? TR_PROBE_BEGIN : fz_below(r, 4);
	pr->func = pr->kind == TR_PROBE_KPROBE ? fz_string(r, m) : 0;
	pr->clause_first = nc;
	pr->clause_count = 1;
	fz_drop_actions(m);
	return true;
}

static bool fz_tweak_header(struct fz_rng *r, struct fz_model *m)
{
	static const u32 scratch[] = { 0, 8, 16, 64, 256, 4096,
				       TR_MAX_SCRATCH_SIZE,
				       TR_MAX_SCRATCH_SIZE + 8, 12 };
	static const u32 bufs[] = { TR_MIN_BUF_SIZE, TR_MIN_BUF_SIZE - 8,
				    TR_MIN_BUF_SIZE + 8, 1u << 20,
				    TR_MAX_BUF_SIZE, TR_MAX_BUF_SIZE + 8 };
	static const u32 aggs[] = { 0, 1, 2, 3, 64, 1024,
				    TR_MAX_AGG_ENTRIES,
				    TR_MAX_AGG_ENTRIES + 1 };

	switch (fz_below(r, 4)) {
	case 0:
		m->hdr.scratch_size = scratch[fz_below(r, ARRAY_SIZE(scratch))];
		break;
	case 1:
		m->hdr.buf_size = bufs[fz_below(r, ARRAY_SIZE(bufs))];
		break;
	case 2:
		m->hdr.agg_entries = aggs[fz_below(r, ARRAY_SIZE(aggs))];
		break;
	default:
		if (fz_chance(r, 2))
			m->hdr.flags = 1u << fz_below(r, 32);
		else
			m->hdr.reserved = fz_edge32(r, 0);
		break;
	}
	return true;
}

/* Set an entry of a table section, or append one. */
static bool fz_tweak_table(struct fz_rng *r, struct fz_model *m)
{
	static const int sects[] = { TR_SECT_CONSTS, TR_SECT_RODATA,
				     TR_SECT_CLAUSES, TR_SECT_PROBES,
				     TR_SECT_AGGS, TR_SECT_RECS };
	int s = sects[fz_below(r, ARRAY_SIZE(sects))];
	u32 n = m->count[s], i = fz_below(r, n + 1);
	u32 *field;

	if (i == n && !fz_resize(m, s, n + 1))
		return false;
	switch (s) {
	case TR_SECT_CONSTS:
		FZ_CONSTS(m)[i] = fz_edge64(r, m);
		return true;
	case TR_SECT_RODATA:
		FZ_RODATA(m)[i] = fz_chance(r, 2) ? 0 : 'a' + fz_below(r, 26);
		return true;
	}
	/* The other tables are arrays of u32 fields. */
	field = (u32 *)(m->sect[s] + (size_t)i * fz_elem[s]) +
		fz_below(r, fz_elem[s] / sizeof(u32));
	switch (fz_below(r, 3)) {
	case 0:
		*field = fz_below(r, 4);
		break;
	case 1:
		*field = fz_below(r, 4) * 8;
		break;
	default:
		*field = fz_edge32(r, *field);
		break;
	}
	/* Rule I10 wants the value count its function and parameters give. */
	if (s == TR_SECT_AGGS && fz_chance(r, 2) &&
	    tr_agg_count_vals(&FZ_AGGS(m)[i]))
		FZ_AGGS(m)[i].nvals = tr_agg_count_vals(&FZ_AGGS(m)[i]);
	return true;
}

/* Make every clause end in ret (undoes the commonest rejection). */
static bool fz_fix_rets(struct fz_rng *r, struct fz_model *m)
{
	const struct tr_image_clause *c = FZ_CLAUSES(m);
	u32 i;

	(void)r;
	for (i = 0; i < m->count[TR_SECT_CLAUSES]; i++)
		if (c[i].insn_count && (u64)c[i].insn_first + c[i].insn_count <=
		    m->count[TR_SECT_INSNS])
			FZ_INSNS(m)[c[i].insn_first + c[i].insn_count - 1] =
				TR_INSN(TR_OP_RET, 0, 0, 0, 0);
	return true;
}

size_t fz_mutate_struct(u8 *buf, size_t len, size_t max, struct fz_rng *r)
{
	static bool (*const ops[])(struct fz_rng *, struct fz_model *) = {
		fz_regen_insn, fz_regen_insn, fz_regen_insn, fz_tweak_insn,
		fz_insert_insn, fz_insert_insn, fz_delete_insn, fz_add_clause,
		fz_tweak_header, fz_tweak_table, fz_tweak_table, fz_fix_rets,
	};
	struct fz_model m;
	size_t out = 0;
	int tries;

	if (!fz_model_parse(&m, buf, len))
		return 0;
	for (tries = 0; tries < 4; tries++)
		if (ops[fz_below(r, ARRAY_SIZE(ops))](r, &m))
			break;
	out = fz_model_write(&m, buf, max);
	fz_model_free(&m);
	return out;
}

/* ---- byte-level mutations -------------------------------------------- */

static size_t fz_mutate_bytes(u8 *buf, size_t len, size_t max,
			      struct fz_rng *r)
{
	u32 v, at;

	switch (len ? fz_below(r, 6) : 4) {
	case 0:
		buf[fz_below(r, len)] ^= 1u << fz_below(r, 8);
		break;
	case 1:
		buf[fz_below(r, len)] = fz_rand(r);
		break;
	case 2:
		if (len < 4)
			break;
		v = fz_edge32(r, 0);
		at = fz_below(r, len / 4) * 4;
		memcpy(buf + at, &v, 4);
		break;
	case 3:
		len = fz_below(r, len);
		break;
	default:
		for (v = 1 + fz_below(r, 64); v && len < max; v--)
			buf[len++] = fz_rand(r);
		break;
	}
	/* Half the time keep total_size true, so rule I1 lets it through. */
	if (len >= sizeof(struct tr_image_hdr) && fz_chance(r, 2)) {
		v = len;
		memcpy(buf + offsetof(struct tr_image_hdr, total_size), &v, 4);
	}
	return len;
}

size_t fz_mutate(u8 *buf, size_t len, size_t max, struct fz_rng *r)
{
	size_t out;

	if (!fz_chance(r, 4)) {
		out = fz_mutate_struct(buf, len, max, r);
		if (out)
			return out;
	}
	return fz_mutate_bytes(buf, len, max, r);
}

/* ---- generated seeds -------------------------------------------------- */

/* The model of a header with default sizes and no sections. */
static void fz_model_init(struct fz_model *m)
{
	memset(m, 0, sizeof(*m));
	m->hdr.magic = TR_IMAGE_MAGIC;
	m->hdr.version = TR_IMAGE_VERSION;
	m->hdr.hdr_size = sizeof(struct tr_image_hdr);
	m->hdr.scratch_size = 256;
	m->hdr.agg_entries = 64;
	m->hdr.buf_size = TR_MIN_BUF_SIZE;
}

size_t fz_long_probe_image(u8 *buf, size_t max, u32 kind, u32 nprobes,
			   u32 nclauses)
{
	static const char rodata[] = "\0vfs_read";
	struct fz_model m;
	size_t len = 0;
	u32 i;

	fz_model_init(&m);
	if (!fz_resize(&m, TR_SECT_INSNS, TR_MAX_INSNS) ||
	    !fz_resize(&m, TR_SECT_RODATA, sizeof(rodata)) ||
	    !fz_resize(&m, TR_SECT_CLAUSES, nclauses) ||
	    !fz_resize(&m, TR_SECT_PROBES, nprobes))
		goto out;
	FZ_INSNS(&m)[0] = TR_INSN(TR_OP_MOVI, 1, 0, 0, 1);
	for (i = 1; i < TR_MAX_INSNS - 1; i++)
		FZ_INSNS(&m)[i] = TR_INSN(TR_OP_ADD, 1, 1, 1, 0);
	FZ_INSNS(&m)[i] = TR_INSN(TR_OP_RET, 0, 0, 0, 0);
	for (i = 0; i < nclauses; i++)
		FZ_CLAUSES(&m)[i].insn_count = TR_MAX_INSNS;
	memcpy(FZ_RODATA(&m), rodata, sizeof(rodata));
	for (i = 0; i < nprobes; i++) {
		FZ_PROBES(&m)[i].kind = kind;
		FZ_PROBES(&m)[i].func = kind == TR_PROBE_KPROBE ||
					 kind == TR_PROBE_KRETPROBE;
		FZ_PROBES(&m)[i].clause_count = nclauses;
	}
	len = fz_model_write(&m, buf, max);
out:
	fz_model_free(&m);
	return len;
}

size_t fz_opcode_image(unsigned int op, u8 *buf, size_t max,
		       struct fz_rng *r)
{
	static const char rodata[] = "\0bash\0vfs_read\0%d\n";
	struct tr_image_agg aggs[] = {
		{ .func = TR_AGG_COUNT, .key_size = 8 },
		{ .func = TR_AGG_SUM, .key_size = 16 },
	};
	static const struct tr_image_rec recs[] = { { 8, 0 }, { 16, 0 } };
	static const struct tr_image_dvar dvars[] = { { 8, 8 }, { 16, 256 } };
	struct tr_image_probe probes[] = {
		{ .kind = TR_PROBE_BEGIN, .clause_count = 1 },
		{ .kind = TR_PROBE_KPROBE, .func = 6, .clause_count = 1 },
		{ .kind = TR_PROBE_END, .clause_count = 1 },
	};
	const u32 n = TR_NREGS + 4;
	struct tr_image_clause clause = { 0, n };
	struct fz_model m;
	u64 insns[TR_NREGS + 4], consts[] = { 0, 1, ~0ull,
					      TR_VA(TR_VA_SCRATCH, 8) };
	unsigned int i;

	fz_model_init(&m);
	for (i = 0; i < ARRAY_SIZE(aggs); i++)
		aggs[i].nvals = tr_agg_count_vals(&aggs[i]);
	m.sect[TR_SECT_INSNS] = (u8 *)insns;
	m.count[TR_SECT_INSNS] = n;
	m.sect[TR_SECT_CONSTS] = (u8 *)consts;
	m.count[TR_SECT_CONSTS] = ARRAY_SIZE(consts);
	m.sect[TR_SECT_RODATA] = (u8 *)rodata;
	m.count[TR_SECT_RODATA] = sizeof(rodata);
	m.sect[TR_SECT_CLAUSES] = (u8 *)&clause;
	m.count[TR_SECT_CLAUSES] = 1;
	m.sect[TR_SECT_PROBES] = (u8 *)probes;
	m.count[TR_SECT_PROBES] = ARRAY_SIZE(probes);
	m.sect[TR_SECT_AGGS] = (u8 *)aggs;
	m.count[TR_SECT_AGGS] = ARRAY_SIZE(aggs);
	m.sect[TR_SECT_RECS] = (u8 *)recs;
	m.count[TR_SECT_RECS] = ARRAY_SIZE(recs);
	m.sect[TR_SECT_DVARS] = (u8 *)dvars;		/* vars */
	m.count[TR_SECT_DVARS] = ARRAY_SIZE(dvars);
	m.hdr.globals_size = 64;
	m.hdr.dynvar_size = 4096;

	/* tpsys: only tracepoint probes have a record to read (V10) */
	for (i = 0; op == TR_OP_PCTX && i < ARRAY_SIZE(probes); i++)
		probes[i] = (struct tr_image_probe){
			.kind = TR_PROBE_TRACEPOINT, .clause_count = 1,
			.param = 1 };

	/* r0..r12 small numbers, r13 scratch, r14 scratch + 64, r15 "bash" */
	for (i = 0; i < TR_NREGS - 3; i++)
		insns[i] = TR_INSN(TR_OP_MOVI, i, 0, 0, i);
	insns[i++] = TR_INSN(TR_OP_SCR, 13, 0, 0, 0);
	insns[i++] = TR_INSN(TR_OP_SCR, 14, 0, 0, 64);
	insns[i++] = TR_INSN(TR_OP_STRLIT, 15, 0, 0, 1);
	insns[i] = fz_insn(r, &m, op, i, n, 0xffff);
	for (i++; i < n; i++)
		insns[i] = TR_INSN(TR_OP_RET, 0, 0, 0, 0);
	return fz_model_write(&m, buf, max);
}
