/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/isa.h - the tracer instruction set, declared once.
 *
 * Every instruction is one 64-bit word:
 *
 *   63      56 55   52 51   48 47             32 31                        0
 *  +----------+-------+-------+----------------+---------------------------+
 *  |  op (8)  | a (4) | b (4) |     c (16)     |          k (32)           |
 *  +----------+-------+-------+----------------+---------------------------+
 *
 *  a, b   register numbers (r0..r15)
 *  c      a third register, a forward jump distance, or a small size
 *  k      a 32-bit immediate (sign-extended when used as a value) or an
 *         index into one of the image's tables (constants, aggregations,
 *         records, builtins, rodata)
 *
 * TR_OPCODES below lists every opcode once, with the role of each field and
 * its meaning.  The encoder, the disassembler, the verifier and the
 * interpreter are all expanded from that list, so they cannot disagree about
 * which opcodes exist or what their operands are.  A field whose role is
 * "_" must be zero (verifier rule V5).
 *
 * Values are 64-bit integers.  Strings and scratch memory are reached through
 * "VM addresses" (see TR_VA_* below), which the interpreter bounds-checks on
 * every access: a register can never name host memory directly.  The one
 * exception is LDK (and the helpers that copy kernel or user memory), which
 * read through the environment's no-fault accessors (tracer/kmem.h): an
 * unreadable address is a BADADDR fault, never a crash.  Branches jump
 * forward only (pc' = pc + 1 + c), so every program terminates.
 */
#ifndef TRACER_ISA_H
#define TRACER_ISA_H

#include "tracer/env.h"

/* ---- the word ------------------------------------------------------- */

#define TR_OP_SHIFT	56
#define TR_A_SHIFT	52
#define TR_B_SHIFT	48
#define TR_C_SHIFT	32

#define TR_NREGS	16		/* fits the 4-bit a and b fields */
#define TR_C_MAX	0xffffu		/* largest c: jump distance, size */

#define TR_OP(i)	((unsigned)((i) >> TR_OP_SHIFT) & 0xffu)
#define TR_A(i)		((unsigned)((i) >> TR_A_SHIFT) & 0xfu)
#define TR_B(i)		((unsigned)((i) >> TR_B_SHIFT) & 0xfu)
#define TR_C(i)		((unsigned)((i) >> TR_C_SHIFT) & 0xffffu)
#define TR_K(i)		((u32)(i))
#define TR_KS(i)	((s64)(s32)(u32)(i))	/* k as a signed value */

#define TR_INSN(op, a, b, c, k)						\
	(((u64)(op) << TR_OP_SHIFT) | ((u64)((a) & 0xf) << TR_A_SHIFT) |	\
	 ((u64)((b) & 0xf) << TR_B_SHIFT) |				\
	 ((u64)((c) & 0xffff) << TR_C_SHIFT) | (u64)(u32)(k))

/* ---- operand roles -------------------------------------------------- */

/* Role of the a and b fields. */
#define TR_R__	0	/* unused: must be zero */
#define TR_R_D	1	/* register written */
#define TR_R_S	2	/* register read */
#define TR_R_K	3	/* AGGR's value and key: read as its aggregation
			 * needs (the verifier's V11) */

/* Role of the c field. */
#define TR_C__	0	/* unused: must be zero */
#define TR_C_R	1	/* register read (must be < TR_NREGS) */
#define TR_C_J	2	/* forward jump: target = pc + 1 + c, inside the clause */
#define TR_C_SZ	3	/* access size: 1, 2, 4 or 8 */
#define TR_C_N	4	/* byte count, 1..TR_C_MAX */
#define TR_C_HLP 5	/* a helper's strsize bound: rule V9 */
#define TR_C_KEY 6	/* key words in R[b] .. R[b + c - 1]: rule V11 */
#define TR_C_BS	7	/* string builtin id (TR_BUILTINS, type STR) */

/* Role of the k field. */
#define TR_K__	0	/* unused: must be zero */
#define TR_K_I	1	/* immediate, sign-extended */
#define TR_K_CONST 2	/* index into the constant pool */
#define TR_K_BI	3	/* integer builtin id (TR_BUILTINS, type INT) */
#define TR_K_BS	4	/* string builtin id (TR_BUILTINS, type STR) */
#define TR_K_AGG 5	/* aggregation id */
#define TR_K_REC 6	/* record id */
#define TR_K_STR 7	/* offset of a NUL-terminated string in rodata */
#define TR_K_SCR 8	/* offset into scratch memory */
#define TR_K_HLP 9	/* helper id (include/tracer/helpers.h) */
#define TR_K_GLB 10	/* offset into the globals region (vars) */
#define TR_K_DVAR 11	/* dynamic variable id (vars) */
#define TR_K_PCTX 12	/* offset into the probe record, at most
			 * TR_MAX_PCTX_OFF (tpsys) */
#define TR_K_TLV 13	/* dynamic variable id of a thread-local: its key
			 * is 8 bytes, the thread id (vars) */
#define TR_K_TLI 14	/* dynamic variable id of a thread-local integer:
			 * an 8-byte key, a value of at least 8 bytes */

/*
 * X(NAME, a, b, c, k, meaning)
 *
 * Families share a macro so that the interpreter implements each family in
 * one place; the verifier and disassembler only need the roles.
 */
#define TR_ALU_BINOPS(X)	/* R[a] = R[b] op R[c] */			\
	X(ADD,  +)							\
	X(SUB,  -)							\
	X(MUL,  *)							\
	X(AND,  &)							\
	X(OR,   |)							\
	X(XOR,  ^)

#define TR_ALU_IMMOPS(X)	/* R[a] = R[b] op sext(k) */			\
	X(ADDI, +)							\
	X(MULI, *)							\
	X(ANDI, &)							\
	X(ORI,  |)							\
	X(XORI, ^)

/* Comparisons: SET forms write 0/1, J forms branch when true. */
#define TR_CMPOPS(X)							\
	X(EQ,  ==, s64)							\
	X(NE,  !=, s64)							\
	X(LT,  <,  s64)							\
	X(LE,  <=, s64)							\
	X(LTU, <,  u64)							\
	X(LEU, <=, u64)

#define TR_OPCODES(X)							\
	/* control */							\
	X(RET,    _, _, _,  _,     "end the clause")			\
	X(JA,     _, _, J,  _,     "pc += 1 + c")			\
	X(JZ,     S, _, J,  _,     "if R[a] == 0: pc += 1 + c")		\
	X(JNZ,    S, _, J,  _,     "if R[a] != 0: pc += 1 + c")		\
	/* moves and constants */					\
	X(MOV,    D, S, _,  _,     "R[a] = R[b]")			\
	X(MOVI,   D, _, _,  I,     "R[a] = sext(k)")			\
	X(LDC,    D, _, _,  CONST, "R[a] = const[k]")			\
	/* arithmetic: TR_ALU_BINOPS and TR_ALU_IMMOPS */		\
	X(ADD,    D, S, R,  _,     "R[a] = R[b] + R[c]")		\
	X(SUB,    D, S, R,  _,     "R[a] = R[b] - R[c]")		\
	X(MUL,    D, S, R,  _,     "R[a] = R[b] * R[c]")		\
	X(AND,    D, S, R,  _,     "R[a] = R[b] & R[c]")		\
	X(OR,     D, S, R,  _,     "R[a] = R[b] | R[c]")		\
	X(XOR,    D, S, R,  _,     "R[a] = R[b] ^ R[c]")		\
	X(DIV,    D, S, R,  _,     "R[a] = R[b] / R[c], signed; fault if R[c] == 0") \
	X(DIVU,   D, S, R,  _,     "R[a] = R[b] / R[c], unsigned; fault if R[c] == 0") \
	X(MOD,    D, S, R,  _,     "R[a] = R[b] % R[c], signed; fault if R[c] == 0") \
	X(MODU,   D, S, R,  _,     "R[a] = R[b] % R[c], unsigned; fault if R[c] == 0") \
	X(SHL,    D, S, R,  _,     "R[a] = R[b] << (R[c] & 63)")	\
	X(SHR,    D, S, R,  _,     "R[a] = R[b] >> (R[c] & 63), logical") \
	X(SAR,    D, S, R,  _,     "R[a] = R[b] >> (R[c] & 63), arithmetic") \
	X(ADDI,   D, S, _,  I,     "R[a] = R[b] + sext(k)")		\
	X(MULI,   D, S, _,  I,     "R[a] = R[b] * sext(k)")		\
	X(ANDI,   D, S, _,  I,     "R[a] = R[b] & sext(k)")		\
	X(ORI,    D, S, _,  I,     "R[a] = R[b] | sext(k)")		\
	X(XORI,   D, S, _,  I,     "R[a] = R[b] ^ sext(k)")		\
	X(NEG,    D, S, _,  _,     "R[a] = -R[b]")			\
	X(NOT,    D, S, _,  _,     "R[a] = ~R[b]")			\
	X(LNOT,   D, S, _,  _,     "R[a] = !R[b]")			\
	/* comparisons: TR_CMPOPS */					\
	X(SEQ,    D, S, R,  _,     "R[a] = R[b] == R[c]")		\
	X(SNE,    D, S, R,  _,     "R[a] = R[b] != R[c]")		\
	X(SLT,    D, S, R,  _,     "R[a] = R[b] < R[c], signed")	\
	X(SLE,    D, S, R,  _,     "R[a] = R[b] <= R[c], signed")	\
	X(SLTU,   D, S, R,  _,     "R[a] = R[b] < R[c], unsigned")	\
	X(SLEU,   D, S, R,  _,     "R[a] = R[b] <= R[c], unsigned")	\
	X(JEQ,    S, S, J,  _,     "if R[a] == R[b]: pc += 1 + c")	\
	X(JNE,    S, S, J,  _,     "if R[a] != R[b]: pc += 1 + c")	\
	X(JLT,    S, S, J,  _,     "if R[a] < R[b], signed: pc += 1 + c") \
	X(JLE,    S, S, J,  _,     "if R[a] <= R[b], signed: pc += 1 + c") \
	X(JLTU,   S, S, J,  _,     "if R[a] < R[b], unsigned: pc += 1 + c") \
	X(JLEU,   S, S, J,  _,     "if R[a] <= R[b], unsigned: pc += 1 + c") \
	/* probe context */						\
	X(LDB,    D, _, _,  BI,    "R[a] = integer builtin k")		\
	X(LDBS,   S, _, N,  BS,    "copy string builtin k to VA R[a], c bytes, NUL-padded") \
	/* memory: every address is a VA, bounds-checked at run time */	\
	X(SCR,    D, _, _,  SCR,   "R[a] = VA of scratch + k")		\
	X(STRLIT, D, _, _,  STR,   "R[a] = VA of rodata + k (a string literal)") \
	X(LDX,    D, S, SZ, _,     "R[a] = zero-extended c bytes at VA R[b]") \
	X(STX,    S, S, SZ, _,     "store low c bytes of R[b] at VA R[a]") \
	X(STRCPY, S, S, N,  _,     "copy string at VA R[b] to VA R[a], c bytes, NUL-padded") \
	X(STRCMP, D, S, R,  _,     "R[a] = strcmp(VA R[b], VA R[c]) as -1, 0 or 1; VA 0 (NULL) reads as \"\"") \
	/* actions */							\
	X(AGG,    S, S, _,  AGG,   "aggregate R[a] into aggregation k under the key at VA R[b]") \
	X(EMIT,   _, S, _,  REC,   "append record k, its payload read from VA R[b]") \
	/* aggs: quantizations with an increment */			\
	X(AGGN,   S, S, R,  AGG,   "aggregate R[a] with increment R[c] into aggregation k under the key at VA R[b]") \
	/* strs: helper calls (include/tracer/helpers.h) */		\
	X(CALL,   D, _, HLP, HLP,  "R[a] = helper k(R[a] ..), strings bounded by c") \
	/* vars: global, thread-local and associative variables */	\
	X(GLOB,   D, _, _,  GLB,   "R[a] = VA of globals + k")		\
	X(DVGET,  D, S, _,  DVAR,  "R[a] = VA of the value of dynamic variable k under the key at VA R[b], or 0 if absent") \
	X(DVPUT,  D, S, _,  DVAR,  "as dvget, creating a zeroed entry if absent; 0 (a dynamic variable drop) if the space is full") \
	X(DVDEL,  _, S, _,  DVAR,  "delete the entry of dynamic variable k under the key at VA R[b], if any") \
	/* kmem: kernel memory, read without faulting (tracer/kmem.h) */ \
	X(LDK,    D, S, SZ, I,     "R[a] = zero-extended c bytes at kernel address R[b] + sext(k), read without faulting") \
	/* tpsys: the record of a tracepoint probe (args->FIELD) */	\
	X(PCTX,   D, _, _,  PCTX,  "R[a] = VA of the probe record + k") \
	/* fastpath: an aggregation keyed by registers, no scratch */	\
	X(AGGR,   K, K, KEY, AGG,  "aggregate R[a] (unread by count()) into aggregation k under the key R[b] .. R[b + c - 1], a word each (c = 0: no key)") \
	X(STRCMPB, D, S, _, BS,    "R[a] = strcmp(string builtin k, VA R[b]) as -1, 0 or 1, the builtin read in place; VA 0 (NULL) reads as \"\"") \
	/* vars: self-> variables keyed by the thread id, no key in memory: \
	 * the entries DVGET finds under that id as an 8-byte key */ \
	X(TLGET,  D, _, _,  TLV,   "R[a] = VA of the value of dynamic variable k under this thread's id, or 0 if absent") \
	X(TLPUT,  D, _, _,  TLV,   "as tlget, creating a zeroed entry if absent; 0 (a dynamic variable drop) if the space is full") \
	X(TLDEL,  _, _, _,  TLV,   "delete the entry of dynamic variable k under this thread's id, if any") \
	/* fastpath: a string builtin against a literal, no VA */	\
	X(STRCMPBL, D, _, BS, STR, "R[a] = strcmp(string builtin c, the rodata string at k) as -1, 0 or 1, both read in place") \
	/* fastpath: a self-> integer's value itself, no VA: lookup and \
	 * access in one step, under the table's lock */		\
	X(TLLD,   D, _, _,  TLI,   "R[a] = the 8-byte value of dynamic variable k under this thread's id, or 0 if absent") \
	X(TLST,   D, S, _,  TLI,   "store R[b] as the 8-byte value of dynamic variable k under this thread's id, creating a zeroed entry if absent, or delete the entry if R[b] == 0; R[a] = what it holds now: R[b], or 0 (deleted, or a dynamic variable drop: the space is full)")

enum tr_opcode {
#define TR_X_ENUM(name, a, b, c, k, meaning) TR_OP_##name,
	TR_OPCODES(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NOPCODES
};

/* Static description of one opcode, expanded from TR_OPCODES. */
struct tr_op_info {
	const char *name;	/* lower-case mnemonic */
	u8 a, b, c, k;		/* TR_R_*, TR_R_*, TR_C_*, TR_K_* */
	const char *meaning;
};

extern const struct tr_op_info tr_op_table[TR_NOPCODES];

/* ---- VM addresses --------------------------------------------------- */

/*
 * A VM address is a region number in bits 63..48 and a byte offset below.
 * Region 0 is never valid, so small integers and NULL are bad addresses.
 */
#define TR_VA_SHIFT	48
#define TR_VA_SCRATCH	1u	/* per-CPU scratch memory (read/write) */
#define TR_VA_RODATA	2u	/* the image's rodata (read only) */
#define TR_VA_GLOBALS	3u	/* session-wide globals (read/write) */
#define TR_VA_DYNVAR	4u	/* dynamic variables (read/write) */
#define TR_VA_PCTX	5u	/* the firing tracepoint's record (read only;
				 * tpsys) */
#define TR_VA(region, off) (((u64)(region) << TR_VA_SHIFT) | (u64)(off))
#define TR_VA_REGION(va) ((unsigned)((va) >> TR_VA_SHIFT))
#define TR_VA_OFF(va)	((va) & ((1ull << TR_VA_SHIFT) - 1))

#endif /* TRACER_ISA_H */
