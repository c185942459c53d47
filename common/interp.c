// SPDX-License-Identifier: GPL-2.0
/*
 * common/interp.c - the interpreter: runs one clause of a verified program.
 *
 * The verifier has proved opcodes, registers (written before read), ids and
 * jump targets, so none of that is checked here.  What depends on data is:
 * a zero divisor raises TR_FAULT_DIVZERO, and every memory access goes
 * through tr_va_ptr(), which returns NULL (TR_FAULT_BADADDR) unless the
 * whole access lies inside one region it may touch (include/tracer/va.h);
 * LDK reads kernel memory through the environment's no-fault accessor
 * (tracer/kmem.h), and an unreadable address is TR_FAULT_BADADDR too.  A
 * fault ends the clause and takes back the records it wrote (DTrace
 * discards a faulting ECB's data); the caller counts and reports it.
 * A clause's records are published at its ret (tracer/ring.h), all or
 * none: once one does not fit in the ring, the clause puts no more, and
 * its ret takes back those it put and counts one drop (DTrace reserves
 * an ECB's whole record up front and drops the ECB's data as one).
 *
 * One call runs all the clauses of a firing (tr_run_clauses()): a ret
 * goes straight on to the next clause, so a firing costs the probe path
 * one frame, not one per clause.
 *
 * Dispatch is written once with vmdispatch/vmcase/vmbreak (after Lua's
 * lvm.c and ljumptab.h); families of opcodes share one macro.  The module
 * dispatches through a table of label addresses (computed goto, as the
 * kernel's BPF interpreter does): the kernel is built without jump tables
 * (retpolines), so a switch there becomes a tree of compares, several per
 * instruction.  Host builds (tests, fuzzers, sanitizers) use the switch.
 * Both run the same case bodies; an opcode the table does not name lands
 * where the switch's default would.
 */
#include "tracer/isa.h"
#include "tracer/agg.h"
#include "tracer/builtins.h"
#include "tracer/interp.h"
#include "tracer/helpers.h"
#include "tracer/kmem.h"
#include "tracer/va.h"

#ifdef __KERNEL__
#define vmdispatch(o)	goto *tr_disp[o];
#define vmcase(name)	op_##name:
#define vmbreak		vmfetch()
#define vmfetch()							\
	do {								\
		insn = *ip++;						\
		TR_INTERP_STEP();					\
		goto *tr_disp[TR_OP(insn)];				\
	} while (0)
#else
#define vmdispatch(o)	switch (o)
#define vmcase(name)	case TR_OP_##name:
#define vmbreak		continue
#endif

static const u8 tr_no_key[8];

/* A clause's records so far (tr_run_clauses()'s recs): none, or */
#define TR_RECS_PUT	0x1	/* some, unpublished until its ret */
#define TR_RECS_DROPPED	0x2	/* one did not fit: its ret drops them all */
#define TR_RECS_EXIT	0x4	/* one is exit()'s: its ret ends the firing */

static u64 tr_load(const u8 *p, unsigned int size)
{
	u8 v8;
	u16 v16;
	u32 v32;
	u64 v64;

	switch (size) {
	case 1:
		memcpy(&v8, p, 1);
		return v8;
	case 2:
		memcpy(&v16, p, 2);
		return v16;
	case 4:
		memcpy(&v32, p, 4);
		return v32;
	}
	memcpy(&v64, p, 8);
	return v64;
}

static void tr_store(u8 *p, u64 v, unsigned int size)
{
	u8 v8 = v;
	u16 v16 = v;
	u32 v32 = v;

	switch (size) {
	case 1:
		memcpy(p, &v8, 1);
		return;
	case 2:
		memcpy(p, &v16, 2);
		return;
	case 4:
		memcpy(p, &v32, 4);
		return;
	}
	memcpy(p, &v, 8);
}

/*
 * LDK: @size bytes of kernel memory at @addr into *@dst, zero-extended;
 * -EFAULT if unreadable.  Its buffer lives here, not in tr_run_clause(),
 * whose frame then needs no stack canary.
 */
static noinline int tr_load_kernel(u64 *dst, u64 addr, u32 size)
{
	u8 val[8];

	if (tr_env_read_kernel(val, addr, size))
		return -EFAULT;
	*dst = tr_load(val, size);
	return 0;
}

/*
 * A string operand of STRCMP: its bytes and how many may be read.  NULL
 * (VA 0: a string subroutine's or an absent variable's NULL) reads as "",
 * as DTrace's dtrace_strncmp() reads it; any other bad address faults.
 * Inline: an out-of-line @room would cost tr_run_clause() a stack canary.
 */
static __always_inline const u8 *tr_strcmp_arg(struct tr_vm *vm, u64 va,
						u64 *room)
{
	static const u8 empty[1];

	if (!va) {
		*room = sizeof(empty);
		return empty;
	}
	*room = tr_va_room(vm, va);
	return tr_va_ptr(vm, va, 1, false);
}

/* strcmp bounded by each string's region; a region end acts as a NUL. */
static int tr_strcmp(const u8 *a, u64 na, const u8 *b, u64 nb)
{
	u64 i;

	for (i = 0;; i++) {
		u8 ca = i < na ? a[i] : 0;
		u8 cb = i < nb ? b[i] : 0;

		if (ca != cb)
			return ca < cb ? -1 : 1;
		if (!ca)
			return 0;
	}
}

/*
 * String builtin @id read in place, cut where LDBS of its size would have
 * cut it: its bytes, and how many may be read into *@room.
 */
static __always_inline const u8 *tr_builtin_strp(struct tr_vm *vm, u32 id,
						 u64 *room)
{
	struct tr_env_str b = tr_env_builtin_strp(vm, id);
	u32 max = tr_builtin_table[id].size - 1u;

	*room = b.room < max ? b.room : max;
	return (const u8 *)b.s;
}

/*
 * STRCMPB: *@res = strcmp(string builtin @id, VA @va); -EFAULT for a bad
 * @va.  Out of line, as tr_load_kernel(): its out-parameter would cost
 * tr_run_clause() a stack canary.
 */
static noinline int tr_strcmp_builtin(struct tr_vm *vm, u32 id, u64 va,
				      u64 *res)
{
	const u8 *s1, *s2;
	u64 n1, n2;

	s1 = tr_builtin_strp(vm, id, &n1);
	s2 = tr_strcmp_arg(vm, va, &n2);
	if (!s2)
		return -EFAULT;
	*res = (u64)(s64)tr_strcmp(s1, n1, s2, n2);
	return 0;
}

/*
 * STRCMPBL: strcmp(string builtin @id, literal @lit) as -1, 0 or 1.  The
 * literal lies in rodata, which ends in a NUL (the verifier's I5), so only
 * the builtin needs a bound.
 */
static noinline s64 tr_strcmp_builtin_lit(struct tr_vm *vm, u32 id,
					  const u8 *lit)
{
	const u8 *s;
	u64 n;

	s = tr_builtin_strp(vm, id, &n);
	return tr_strcmp(s, n, lit, ~0ull);
}

bool tr_pretest_skips(struct tr_vm *vm, const struct tr_pretest *t)
{
	bool equal;

	if (t->kind == TR_PRETEST_STR)
		equal = !tr_strcmp_builtin_lit(vm, t->builtin,
					       (const u8 *)vm->prog->rodata +
					       t->lit);
	else
		equal = tr_env_builtin(vm, t->builtin) == t->val;
	return equal == t->skip_equal;
}

/* Copy a string to @dst, @n bytes, always NUL-terminated and NUL-padded. */
static void tr_strcpy(u8 *dst, u64 n, const u8 *src, u64 room)
{
	u64 i;

	for (i = 0; i + 1 < n && i < room && src[i]; i++)
		dst[i] = src[i];
	memset(dst + i, 0, n - i);
}

/*
 * The values of aggregation @k under @key where they are not in their home
 * slot: found further on, or inserted; NULL when the table is full (a
 * drop).  Off the path of an update that hits (tr_agg_hit()).
 */
static noinline u64 *tr_vm_agg_entry(struct tr_vm *vm, u32 k,
				     const struct tr_image_agg *a,
				     const u8 *key)
{
	u64 *vals = tr_agg_entry(vm->agg, k, a, key);

	if (!vals)
		vm->stats->agg_drops++;
	return vals;
}

/* The values of keyless aggregation @k, found once per table; NULL: a drop. */
static __always_inline u64 *tr_vm_agg_keyless(struct tr_vm *vm, u32 k,
					      const struct tr_image_agg *a)
{
	u64 *vals = vm->agg_keyless[k];

	if (unlikely(!vals)) {
		vals = tr_vm_agg_entry(vm, k, a, tr_no_key);
		vm->agg_keyless[k] = vals;
	}
	return vals;
}

/* Fold @value into @vals: sum() and quantize() in place, the rest called. */
static __always_inline void tr_vm_agg_fold(const struct tr_image_agg *a,
					   u64 *vals, u64 value, u64 incr)
{
	switch (a->func) {
	case TR_AGG_SUM:
		vals[0] += value;
		break;
	case TR_AGG_QUANTIZE:
		vals[tr_agg_quantize_bucket((s64)value)] += incr;
		break;
	default:
		tr_agg_apply(a, vals, value, incr);
		break;
	}
}

/*
 * AGG, AGGN, AGGR: fold @value into aggregation @k's entry under @key, with
 * no call when the entry is in its home slot (tr_agg_hit()).  A keyless
 * aggregation's entry, once found, is kept in vm->agg_keyless: the next
 * update is a load and an add.  A full table is a drop.
 * A macro so that @key_expr and @value_expr are evaluated only where they
 * are used: a keyless count() decodes neither register.
 */
#define tr_vm_agg(vm, k, a, key_expr, value_expr, incr)			\
	do {								\
		const u8 *key_;						\
		u64 *vals_;						\
									\
		if ((a)->key_size) {					\
			key_ = (key_expr);				\
			vals_ = tr_agg_hit((vm)->agg, (k), key_,	\
					   (a)->key_size);		\
			if (unlikely(!vals_))				\
				vals_ = tr_vm_agg_entry((vm), (k), (a), key_); \
		} else {						\
			vals_ = tr_vm_agg_keyless((vm), (k), (a));	\
		}							\
		if (!vals_)						\
			break;						\
		if (likely((a)->func == TR_AGG_COUNT))			\
			vals_[0]++;	/* the commonest, first */	\
		else							\
			tr_vm_agg_fold((a), vals_, (value_expr), (incr)); \
	} while (0)

/*
 * A clause's record did not fit: it puts none of them (its exit() among
 * them) and counts as one drop.
 */
static noinline void tr_run_drop(struct tr_vm *vm)
{
	vm->stats->buf_drops++;
	tr_ring_discard(vm->ring);
}

/*
 * The VA a dynamic variable lookup gave (an offset, or -1 for none: 0);
 * a lookup that was to create the entry and could not is a drop.
 */
static inline u64 tr_dvar_va(struct tr_vm *vm, s64 off, bool put)
{
	if (off >= 0)
		return TR_VA(TR_VA_DYNVAR, off);
	if (put)
		vm->stats->dyn_drops++;
	return 0;
}

enum tr_fault tr_run_clauses(struct tr_vm *vm, u32 clause, u32 end)
{
	const struct tr_prog *p = vm->prog;
	const u64 *code, *ip;
	enum tr_fault fault;
	u8 recs;		/* TR_RECS_*: what the clause's records did */
	u64 *R = vm->regs;
	u64 insn;
	u8 *m, *m2;
#ifdef __KERNEL__
#define TR_X_LABEL(name, a, b, c, k, meaning) [TR_OP_##name] = &&op_##name,
	static const void * const tr_disp[256] __annotate_jump_table = {
		[0 ... 255] = &&op_invalid,
		TR_OPCODES(TR_X_LABEL)
	};
#undef TR_X_LABEL
#endif

	if (unlikely(clause >= end))	/* a probe of no clauses */
		return TR_FAULT_NONE;
next_clause:
	vm->clause = clause;
	code = p->insns + p->clauses[clause].insn_first;
	ip = code;
	recs = 0;
	for (;;) {
		insn = *ip++;
		TR_INTERP_STEP();
#define A	R[TR_A(insn)]
#define B	R[TR_B(insn)]
#define C	R[TR_C(insn)]
#define JUMP	(ip += TR_C(insn))
		vmdispatch(TR_OP(insn)) {
		vmcase(RET)
			if (unlikely(recs)) {	/* most clauses put none */
				if (recs & TR_RECS_DROPPED) {
					tr_run_drop(vm);
					goto ret;
				}
				tr_ring_publish(vm->ring);
				if (recs & TR_RECS_EXIT) {
					vm->exited = true;
					return TR_FAULT_NONE;
				}
			}
ret:
			if (++clause < end)
				goto next_clause;
			return TR_FAULT_NONE;
		vmcase(JA)
			JUMP;
			vmbreak;
		vmcase(JZ)
			if (!A)
				JUMP;
			vmbreak;
		vmcase(JNZ)
			if (A)
				JUMP;
			vmbreak;
		vmcase(MOV)
			A = B;
			vmbreak;
		vmcase(MOVI)
			A = TR_KS(insn);
			vmbreak;
		vmcase(LDC)
			A = p->consts[TR_K(insn)];
			vmbreak;

#define TR_X_BIN(name, op)						\
		vmcase(name)						\
			A = B op C;					\
			vmbreak;
		TR_ALU_BINOPS(TR_X_BIN)
#undef TR_X_BIN
#define TR_X_IMM(name, op)						\
		vmcase(name)						\
			A = B op (u64)TR_KS(insn);			\
			vmbreak;
		TR_ALU_IMMOPS(TR_X_IMM)
#undef TR_X_IMM

		vmcase(DIV)
			if (!C)
				goto divzero;
			/* INT64_MIN / -1 overflows in C: negate instead. */
			A = (s64)C == -1 ? 0 - B : (u64)((s64)B / (s64)C);
			vmbreak;
		vmcase(DIVU)
			if (!C)
				goto divzero;
			A = B / C;
			vmbreak;
		vmcase(MOD)
			if (!C)
				goto divzero;
			A = (s64)C == -1 ? 0 : (u64)((s64)B % (s64)C);
			vmbreak;
		vmcase(MODU)
			if (!C)
				goto divzero;
			A = B % C;
			vmbreak;
		vmcase(SHL)
			A = B << (C & 63);
			vmbreak;
		vmcase(SHR)
			A = B >> (C & 63);
			vmbreak;
		vmcase(SAR)
			A = (u64)((s64)B >> (C & 63));
			vmbreak;
		vmcase(NEG)
			A = 0 - B;
			vmbreak;
		vmcase(NOT)
			A = ~B;
			vmbreak;
		vmcase(LNOT)
			A = !B;
			vmbreak;

#define TR_X_SET(name, op, type)					\
		vmcase(S##name)						\
			A = (type)B op (type)C;				\
			vmbreak;
		TR_CMPOPS(TR_X_SET)
#undef TR_X_SET
#define TR_X_JMP(name, op, type)					\
		vmcase(J##name)						\
			if ((type)A op (type)B)				\
				JUMP;					\
			vmbreak;
		TR_CMPOPS(TR_X_JMP)
#undef TR_X_JMP

		vmcase(LDB)
			A = tr_env_builtin(vm, TR_K(insn));
			vmbreak;
		vmcase(LDBS)
			m = tr_va_ptr(vm, A, TR_C(insn), true);
			if (!m)
				goto badaddr;
			tr_env_builtin_str(vm, TR_K(insn), (char *)m,
					   TR_C(insn));
			vmbreak;
		vmcase(SCR)
			A = TR_VA(TR_VA_SCRATCH, TR_K(insn));
			vmbreak;
		vmcase(STRLIT)
			A = TR_VA(TR_VA_RODATA, TR_K(insn));
			vmbreak;
		vmcase(LDX)
			m = tr_va_ptr(vm, B, TR_C(insn), false);
			if (!m)
				goto badaddr;
			A = tr_load(m, TR_C(insn));
			vmbreak;
		vmcase(STX)
			m = tr_va_ptr(vm, A, TR_C(insn), true);
			if (!m)
				goto badaddr;
			tr_store(m, B, TR_C(insn));
			vmbreak;
		vmcase(STRCPY)
			m = tr_va_ptr(vm, A, TR_C(insn), true);
			m2 = tr_va_ptr(vm, B, 1, false);
			if (!m || !m2)
				goto badaddr;
			tr_strcpy(m, TR_C(insn), m2, tr_va_room(vm, B));
			vmbreak;
		vmcase(STRCMP) {
			const u8 *s1, *s2;
			u64 n1, n2;

			s1 = tr_strcmp_arg(vm, B, &n1);
			if (!s1)
				goto badaddr;
			s2 = tr_strcmp_arg(vm, C, &n2);
			if (!s2)
				goto badaddr;
			A = (u64)(s64)tr_strcmp(s1, n1, s2, n2);
			vmbreak;
		}

		vmcase(STRCMPB)	/* no copy of the builtin to scratch */
			if (tr_strcmp_builtin(vm, TR_K(insn), B, &A))
				goto badaddr;
			vmbreak;

		vmcase(STRCMPBL)	/* nor of the literal to a VA */
			A = (u64)tr_strcmp_builtin_lit(vm, TR_C(insn),
						       (const u8 *)p->rodata +
						       TR_K(insn));
			vmbreak;

		vmcase(AGG)
		vmcase(AGGN) {
			const struct tr_image_agg *agg = &p->aggs[TR_K(insn)];
			const u8 *key = tr_no_key;

			if (agg->key_size) {
				key = tr_va_ptr(vm, B, agg->key_size, false);
				if (!key)
					goto badaddr;
			}
			tr_vm_agg(vm, TR_K(insn), agg, key, A,
				  TR_OP(insn) == TR_OP_AGGN ? C : 1);
			vmbreak;
		}
		vmcase(AGGR) {	/* the key is the registers themselves */
			const struct tr_image_agg *agg = &p->aggs[TR_K(insn)];

			tr_vm_agg(vm, TR_K(insn), agg, (const u8 *)&B, A, 1);
			vmbreak;
		}
		vmcase(CALL)
			fault = tr_helper_call(vm, R, TR_A(insn), TR_C(insn),
					       TR_K(insn));
			if (fault)
				goto out;
			vmbreak;
		vmcase(EMIT) {
			u32 size = p->recs[TR_K(insn)].size;

			m = size ? tr_va_ptr(vm, B, size, false) :
				   (u8 *)tr_no_key;
			if (!m)
				goto badaddr;
			if (!(recs & TR_RECS_DROPPED))
				recs |= tr_ring_put(vm->ring, TR_K(insn), m,
						    size) ? TR_RECS_DROPPED :
							    TR_RECS_PUT;
			if (p->recs[TR_K(insn)].flags & TR_REC_F_EXIT)
				recs |= TR_RECS_EXIT;
			vmbreak;
		}

		vmcase(GLOB)
			A = TR_VA(TR_VA_GLOBALS, TR_K(insn));
			vmbreak;
		vmcase(DVGET)
		vmcase(DVPUT)
			m = tr_va_ptr(vm, B, p->dvars[TR_K(insn)].key_size,
				      false);
			if (!m)
				goto badaddr;
			A = tr_dvar_va(vm, tr_dynvar_lookup(vm->dyn, TR_K(insn),
					m, TR_OP(insn) == TR_OP_DVPUT),
				       TR_OP(insn) == TR_OP_DVPUT);
			vmbreak;
		vmcase(TLGET)
		vmcase(TLPUT)
			A = tr_dvar_va(vm, tr_dynvar_tl_lookup(vm->dyn,
					TR_K(insn), tr_env_tid(vm),
					TR_OP(insn) == TR_OP_TLPUT),
				       TR_OP(insn) == TR_OP_TLPUT);
			vmbreak;
		vmcase(TLDEL)
			tr_dynvar_tl_delete(vm->dyn, TR_K(insn), tr_env_tid(vm));
			vmbreak;
		vmcase(TLLD)	/* a thread-local integer: no VA */
			A = tr_dynvar_tl_load(vm->dyn, TR_K(insn),
					      tr_env_tid(vm));
			vmbreak;
		vmcase(TLST)
			if (tr_dynvar_tl_store(vm->dyn, TR_K(insn),
					       tr_env_tid(vm), B)) {
				A = B;
			} else {
				vm->stats->dyn_drops++;
				A = 0;
			}
			vmbreak;
		vmcase(PCTX)
			A = TR_VA(TR_VA_PCTX, TR_K(insn));
			vmbreak;
		vmcase(DVDEL)
			m = tr_va_ptr(vm, B, p->dvars[TR_K(insn)].key_size,
				      false);
			if (!m)
				goto badaddr;
			tr_dynvar_delete(vm->dyn, TR_K(insn), m);
			vmbreak;

		vmcase(LDK) {
			u64 addr = B + (u64)TR_KS(insn);

			if (tr_load_kernel(&A, addr, TR_C(insn))) {
				vm->fault_addr = addr;
				goto badaddr;
			}
			vmbreak;
		}
		}
#undef A
#undef B
#undef C
#undef JUMP
#ifdef __KERNEL__
op_invalid:
#endif
		/* Unreachable for verified programs: the verifier's V1. */
		fault = TR_FAULT_BADADDR;
		goto out;
	}
divzero:
	fault = TR_FAULT_DIVZERO;
	goto out;
badaddr:
	fault = TR_FAULT_BADADDR;
out:
	vm->fault_pc = ip - code - 1;
	/* the clause's records, as DTrace's, its exit() among them */
	if (recs & TR_RECS_DROPPED)
		tr_run_drop(vm);
	else
		tr_ring_discard(vm->ring);
	return fault;
}
