// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_verify.c - one rejected image per verifier rule (the rules
 * are listed at the top of common/verify.c), each checked for the message
 * that names the rule and, for instruction rules, the instruction.
 */
#include <stdio.h>
#include <string.h>
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "tracer/prog.h"
#include "check.h"
#include "imgbuild.h"
#include "mutate.h"
#include "verify_rules.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static u64 buf[16384];

/* A valid image: BEGIN with one clause, one aggregation, one record. */
static void base(struct imgb *b, const u64 *code, u32 n)
{
	imgb_init(b);
	imgb_agg(b, TR_AGG_COUNT, 8);
	imgb_rec(b, 8);
	b->nconsts = 1;
	imgb_clause(b, code, n);
	imgb_probe(b, TR_PROBE_BEGIN, NULL, 0, 1);
}

static void expect(const char *name, const void *img, u32 len,
		   const char *want)
{
	struct tr_prog prog;
	char msg[256];
	int err = tr_verify(img, len, &prog, msg, sizeof(msg));

	vrules_expected(want);
	if (!want) {
		CHECK(err == 0, "%s: rejected: %s", name, msg);
		return;
	}
	CHECK(err == -EINVAL, "%s: accepted (want '%s')", name, want);
	CHECK(strstr(msg, want) != NULL, "%s: message '%s' lacks '%s'", name,
	      msg, want);
}

static void expect_code(const char *name, const u64 *code, u32 n,
			const char *want)
{
	struct imgb b;

	base(&b, code, n);
	expect(name, buf, imgb_build(&b, buf, sizeof(buf)), want);
}

/* Rule I10: aggregation parameters and value counts. */
static const struct {
	const char *name;
	struct tr_image_agg agg;
	const char *want;		/* NULL: accepted */
} i10[] = {
#define LQ(b, s, l, n)	{ .func = TR_AGG_LQUANTIZE, .base = b, \
			  .step = s, .levels = l, .nvals = n }
#define LLQ(f, lo, hi, s, n) { .func = TR_AGG_LLQUANTIZE, .factor = f, \
			       .low = lo, .high = hi, .nsteps = s, .nvals = n }
	{ "I10 nvals", { .func = TR_AGG_COUNT, .nvals = 2 },
	  "rule I10: bad aggregation value count" },
	{ "I10 unused", { .func = TR_AGG_COUNT, .nvals = 1, .step = 1 },
	  "rule I10: unused aggregation parameter set" },
	{ "I10 reserved", { .func = TR_AGG_SUM, .nvals = 1, .reserved = 1 },
	  "rule I10: unused aggregation parameter set" },
	{ "I10 lquantize step", LQ(0, 0, 10, 12),
	  "rule I10: bad aggregation parameters" },
	{ "I10 lquantize limit", LQ(0x7ffffff0, 10, 10, 12),
	  "rule I10: bad aggregation parameters" },
	{ "I10 lquantize", LQ(-5, 10, 10, 12), NULL },
	{ "I10 cap", LQ(0, 1, TR_MAX_AGG_VALS, TR_MAX_AGG_VALS + 2),
	  "rule I10: bad aggregation value count" },
	{ "I10 llquantize steps", LLQ(10, 0, 3, 15, 38),
	  "rule I10: bad aggregation parameters" },
	{ "I10 llquantize", LLQ(10, 0, 3, 10, 38), NULL },
	{ "I10 llquantize overflow", LLQ(10, 0, 40, 10, 38),
	  "rule I10: bad aggregation parameters" },
#undef LQ
#undef LLQ
};

static void image_rules(void)
{
	u64 ok[] = { RET };
	struct tr_image_hdr *h = (void *)buf;
	struct imgb b;
	u32 len, i;

	base(&b, ok, 1);
	len = imgb_build(&b, buf, sizeof(buf));
	expect("valid", buf, len, NULL);
	expect("I1 short", buf, 8, "rule I1: image length out of range");
	expect("I1 size", buf, len + 8, "rule I1: total_size is not");

	h->magic ^= 1;
	expect("I2 magic", buf, len, "rule I2: bad magic");
	h->magic ^= 1;
	h->version = 99;
	expect("I2 version", buf, len, "rule I2: unknown image version");
	h->version = TR_IMAGE_VERSION;
	h->hdr_size += 8;
	expect("I2 header size", buf, len, "rule I2: unknown header size");
	h->hdr_size -= 8;
	h->flags = 1;
	expect("I2 flags", buf, len, "rule I2: flags or reserved set");
	h->flags = 0;
	h->reserved = 1;
	expect("I2 reserved", buf, len, "rule I2: flags or reserved set");
	h->reserved = 0;

	h->sect[TR_SECT_INSNS].off = len;
	expect("I3 outside", buf, len, "rule I3: section outside the image");
	len = imgb_build(&b, buf, sizeof(buf));
	h->sect[TR_SECT_RODATA].off += 1;
	expect("I3 aligned", buf, len, "rule I3: section outside the image");
	len = imgb_build(&b, buf, sizeof(buf));
	h->sect[TR_SECT_AGGS].count = TR_MAX_AGGS + 1;
	expect("I3 cap", buf, len, "rule I3: section too large");

	b.scratch_size = TR_MAX_SCRATCH_SIZE + 8;
	expect("I4 scratch", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I4: bad scratch size");
	b.scratch_size = 256;
	b.buf_size = 100;
	expect("I4 buffer", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I4: bad buffer size");
	b.buf_size = TR_MIN_BUF_SIZE;
	b.agg_entries = TR_MAX_AGG_ENTRIES + 1;
	expect("I4 aggs", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I4: too many aggregation entries");
	b.agg_entries = 64;

	b.rodata[b.rodata_len++] = 'x';
	expect("I5", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I5: rodata does not end in NUL");
	b.rodata_len--;

	b.clauses[0].insn_count = 2;
	expect("I6", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I6: bad clause range");
	b.clauses[0].insn_count = 1;

	b.probes[0].kind = TR_NPROBE_KINDS;
	expect("I7 kind", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I7: unknown probe kind");
	b.probes[0].kind = TR_PROBE_BEGIN;
	b.probes[0].clause_count = 2;
	expect("I7 clauses", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I7: bad probe clauses");
	b.probes[0].clause_count = 1;
	b.probes[0].func = 4096;
	expect("I7 name", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I7: probe name outside rodata");
	b.probes[0].func = 0;

	b.aggs[0].func = TR_NAGG_FUNCS;
	expect("I8 func", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I8: unknown aggregating function");
	b.aggs[0].func = TR_AGG_COUNT;
	b.aggs[0].key_size = 12;
	expect("I8 key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I8: bad key size");
	b.aggs[0].key_size = 8;

	b.recs[0].size = TR_MAX_REC_SIZE + 8;
	expect("I9", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I9: bad record");
	b.recs[0].size = 8;
	b.recs[0].flags = TR_REC_F_EXIT;
	expect("I9 exit flag", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	b.recs[0].flags = 2;
	expect("I9 flags", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I9: bad record");
	b.recs[0].flags = 0;

	for (i = 0; i < ARRAY_SIZE(i10); i++) {
		b.aggs[0] = i10[i].agg;
		b.aggs[0].key_size = 8;
		expect(i10[i].name, buf, imgb_build(&b, buf, sizeof(buf)),
		       i10[i].want);
	}
	b.aggs[0] = (struct tr_image_agg){ .func = TR_AGG_COUNT,
					   .key_size = 8, .nvals = 1 };
	b.probes[0].name = 4096;
	expect("I11 name", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I11: probe description outside rodata");
	b.probes[0].name = 0;
	b.probes[0].flags = 1;
	expect("I11 flags", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I11: probe flags set");
	b.probes[0].flags = 0;

	b.probes[0].param = TR_MIN_PERIOD_NS;
	expect("I12 BEGIN period", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I12: bad probe param");
	b.probes[0].kind = TR_PROBE_TICK;
	expect("I12 tick", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	b.probes[0].param = TR_MIN_PERIOD_NS - 1;
	expect("I12 too fast", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I12: bad probe param");
	/* tpsys: syscall numbers and tracepoint ids */
	b.probes[0].kind = TR_PROBE_SYSCALL_ENTRY;
	b.probes[0].param = 0;
	expect("I12 syscall 0", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	b.probes[0].kind = TR_PROBE_SYSCALL_RETURN;
	b.probes[0].param = TR_MAX_SYSCALL_NR;
	expect("I12 syscall nr", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I12: bad probe param");
	b.probes[0].kind = TR_PROBE_TRACEPOINT;
	b.probes[0].param = 0;
	expect("I12 tracepoint 0", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I12: bad probe param");
	b.probes[0].param = TR_MAX_TRACEPOINT_ID;
	expect("I12 tracepoint", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	b.probes[0].kind = TR_PROBE_BEGIN;
	b.probes[0].param = 0;

	len = imgb_build(&b, buf, sizeof(buf));
	h->sect[TR_SECT_ACTIONS].off = h->sect[TR_SECT_INSNS].off;
	h->sect[TR_SECT_ACTIONS].count = b.ninsns;
	expect("I13 ok", buf, len, NULL);
	h->sect[TR_SECT_ACTIONS].count = b.ninsns + 1;
	expect("I13", buf, len,
	       "rule I13: action numbers do not match the instructions");

	/* vars */
	b.globals_size = 12;
	expect("I14 globals", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I14: bad globals size");
	b.globals_size = 0;
	b.this_size = b.scratch_size + 8;
	expect("I14 this", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I14: clause-local area outside scratch");
	b.this_size = 0;
	imgb_dvar(&b, 8, 8);
	b.dynvar_size = 0;
	expect("I14 dynvar", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I14: bad dynamic variable space size");
	b.dynvar_size = 4096;
	expect("I14 ok", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	b.dvars[0].key_size = 12;
	expect("I15 key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I15: bad dynamic variable");
	b.dvars[0].key_size = 8;
	b.dvars[0].val_size = TR_MAX_DVAR_DATA;
	expect("I15 size", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I15: bad dynamic variable");
}

/* V9: helper calls (include/tracer/helpers.h). */
static void helper_rules(void)
{
	u64 id[] = { I(MOVI, 1, 0, 0, 0), I(CALL, 1, 0, 8, TR_NHELPERS), RET };
	u64 unset[] = { I(SCR, 1, 0, 0, 0), I(STRLIT, 2, 0, 0, 0),
			I(CALL, 1, 0, 8, TR_HLP_STRJOIN), RET };
	u64 past[] = { I(MOVI, 14, 0, 0, 0), I(MOVI, 15, 0, 0, 0),
		       I(CALL, 14, 0, 8, TR_HLP_STRJOIN), RET };
	u64 bound[] = { I(STRLIT, 1, 0, 0, 0),
			I(CALL, 1, 0, 0, TR_HLP_STRLEN), RET };
	u64 randc[] = { I(CALL, 1, 0, 8, TR_HLP_RAND), RET };
	u64 ustack0[] = { I(SCR, 1, 0, 0, 0),
			  I(CALL, 1, 0, 0, TR_HLP_USTACK), RET };
	u64 ustack_unset[] = { I(CALL, 1, 0, 24, TR_HLP_USTACK), RET };
	u64 ok[] = { I(SCR, 1, 0, 0, 0), I(STRLIT, 2, 0, 0, 0),
		     I(STRLIT, 3, 0, 0, 0), I(CALL, 1, 0, 8, TR_HLP_STRJOIN),
		     I(CALL, 4, 0, 0, TR_HLP_RAND), I(MOV, 5, 4, 0, 0), RET };

	expect_code("V9 id", id, 3, "rule V9: no such helper");
	expect_code("V9 unset", unset, 4,
		    "instruction 2 (call r1, 8, strjoin): rule V9: helper argument register not written (3)");
	expect_code("V9 past", past, 4,
		    "rule V9: helper arguments past the last register (16)");
	expect_code("V9 bound", bound, 3, "rule V9: helper string bound is 0");
	expect_code("V9 unused c", randc, 2, "rule V9: unused c is not zero");
	expect_code("V9 ustack bound", ustack0, 3,
		    "rule V9: helper string bound is 0");
	expect_code("V9 ustack unset", ustack_unset, 2,
		    "instruction 0 (call r1, 24, ustack): rule V9: helper argument register not written (1)");
	expect_code("V9 ok", ok, 7, NULL);
}

/* V11 (fastpath): AGGR's key registers; base()'s agg#0 has an 8-byte key. */
static void key_reg_rules(void)
{
	u64 unset[] = { I(MOVI, 1, 0, 0, 1), I(AGGR, 1, 2, 1, 0), RET };
	u64 past[] = { I(MOVI, 15, 0, 0, 1), I(AGGR, 15, 15, 2, 0), RET };
	u64 size[] = { I(MOVI, 1, 0, 0, 1), I(MOVI, 2, 0, 0, 7),
		       I(MOVI, 3, 0, 0, 7), I(AGGR, 1, 2, 2, 0), RET };
	u64 none[] = { I(MOVI, 1, 0, 0, 1), I(AGGR, 1, 1, 0, 0), RET };
	u64 ok[] = { I(MOVI, 1, 0, 0, 1), I(MOVI, 2, 0, 0, 7),
		     I(AGGR, 1, 2, 1, 0), RET };

	expect_code("V11 unset", unset, 3,
		    "instruction 1 (aggr r1, r2, 1, agg#0): rule V11: key register not written (2)");
	unset[0] = I(MOVI, 2, 0, 0, 1);
	unset[1] = I(AGGR, 2, 2, 2, 0);
	expect_code("V11 unset key", unset, 3,
		    "rule V11: key register not written (3)");
	expect_code("V11 past", past, 3,
		    "rule V11: key registers past the last register (16)");
	expect_code("V11 size", size, 5,
		    "rule V11: key registers do not hold the aggregation's key size (2)");
	expect_code("V11 keyless", none, 3,
		    "rule V11: key registers do not hold the aggregation's key size (0)");
	expect_code("V11 ok", ok, 4, NULL);
}

/* V11: count() reads no value (r1 below); every other function does. */
static void agg_value_rules(void)
{
	u64 code[] = { I(MOVI, 2, 0, 0, 7), I(AGGR, 1, 2, 1, 0), RET };
	struct imgb b;

	expect_code("V11 count, no value", code, 3, NULL);
	base(&b, code, 3);
	b.aggs[0].func = TR_AGG_SUM;
	expect("V11 sum, no value", buf, imgb_build(&b, buf, sizeof(buf)),
	       "instruction 1 (aggr r1, r2, 1, agg#0): rule V4: register read before written (1)");
}

/* fastpath: STRCMPB takes a string builtin and a written register. */
static void strcmpb_rules(void)
{
	u64 kind[] = { I(STRLIT, 1, 0, 0, 0),
		       I(STRCMPB, 2, 1, 0, TR_BI_PID), RET };
	u64 unset[] = { I(STRCMPB, 2, 1, 0, TR_BI_EXECNAME), RET };
	u64 ok[] = { I(STRLIT, 1, 0, 0, 0),
		     I(STRCMPB, 2, 1, 0, TR_BI_EXECNAME), RET };

	expect_code("strcmpb kind", kind, 3,
		    "instruction 1 (strcmpb r2, r1, pid): rule V8: builtin of the wrong kind");
	expect_code("strcmpb unset", unset, 2,
		    "instruction 0 (strcmpb r2, r1, execname): rule V4: register read before written (1)");
	expect_code("strcmpb ok", ok, 3, NULL);
}

/* fastpath: STRCMPBL takes a string builtin in c and a literal in k. */
static void strcmpbl_rules(void)
{
	u64 kind[] = { I(STRCMPBL, 2, 0, TR_BI_PID, 0), RET };
	u64 none[] = { I(STRCMPBL, 2, 0, TR_C_MAX, 0), RET };
	u64 far[] = { I(STRCMPBL, 2, 0, TR_BI_EXECNAME, 1000), RET };
	u64 ok[] = { I(STRCMPBL, 2, 0, TR_BI_EXECNAME, 0), RET };

	expect_code("strcmpbl kind", kind, 2,
		    "instruction 0 (strcmpbl r2, pid, rodata+0): rule V8: builtin of the wrong kind");
	expect_code("strcmpbl no builtin", none, 2,
		    "instruction 0 (strcmpbl r2, builtin#65535, rodata+0): rule V8: no such builtin");
	expect_code("strcmpbl far", far, 2,
		    "instruction 0 (strcmpbl r2, execname, rodata+1000): rule V8: string outside rodata");
	expect_code("strcmpbl ok", ok, 2, NULL);
}

/* V10 (tpsys): the probe record, read only by tracepoint probes. */
static void record_rules(void)
{
	u64 code[] = { I(PCTX, 1, 0, 0, 8), I(LDX, 2, 1, 4, 0), RET };
	u64 far[] = { I(PCTX, 1, 0, 0, TR_MAX_PCTX_OFF + 1), RET };
	struct imgb b;

	expect_code("V10 BEGIN", code, 3,
		    "instruction 0 (pctx r1, record+8): rule V10: record read in a clause a probe without a record runs");
	base(&b, code, 3);
	b.probes[0].kind = TR_PROBE_TRACEPOINT;
	b.probes[0].param = 1;
	expect("V10 tracepoint", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	/* one tracepoint and one syscall probe share the clause */
	imgb_probe(&b, TR_PROBE_SYSCALL_ENTRY, NULL, 0, 1);
	expect("V10 shared", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule V10: record read in a clause a probe without a record runs");
	base(&b, far, 2);
	b.probes[0].kind = TR_PROBE_TRACEPOINT;
	b.probes[0].param = 1;
	expect("V10 offset", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule V10: record offset too large");
}

/*
 * The bounds on work: clause ranges may overlap and probes may share
 * clauses, so the caps on sections alone would let one image ask for 2^28
 * instructions in the verifier and per firing.
 */
static void work_rules(void)
{
	static u64 big[(1u << 20) / 8];
	const u32 most = TR_MAX_PROBE_WORK / TR_MAX_INSNS;
	u32 len;

	len = fz_long_probe_image((u8 *)big, sizeof(big), TR_PROBE_BEGIN,
				  1, 2);
	expect("I6 work", big, len,
	       "rule I6: clauses hold too many instructions");
	len = fz_long_probe_image((u8 *)big, sizeof(big), TR_PROBE_BEGIN,
				  most + 1, 1);
	expect("I7 work", big, len,
	       "rule I7: probes run too many instructions");
	len = fz_long_probe_image((u8 *)big, sizeof(big), TR_PROBE_BEGIN,
				  most, 1);
	expect("I7 work at the cap", big, len, NULL);
}

/* V8, vars: a thread-local op's variable exists and has an 8-byte key. */
static void tl_rules(void)
{
	u64 get[] = { I(TLGET, 1, 0, 0, 0), RET };
	u64 put1[] = { I(TLPUT, 1, 0, 0, 1), RET };
	u64 del1[] = { I(TLDEL, 0, 0, 0, 1), RET };
	u64 del2[] = { I(TLDEL, 0, 0, 0, 2), RET };
	struct imgb b;

	expect_code("V8 tlget", get, 2, "rule V8: no such dynamic variable");
	base(&b, get, 2);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tlget ok", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	base(&b, put1, 2);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tlput key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule V8: thread-local variable without an 8-byte key");
	base(&b, del1, 2);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tldel key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule V8: thread-local variable without an 8-byte key");
	base(&b, del2, 2);
	imgb_dvar(&b, 8, 8);
	b.dynvar_size = 4096;
	expect("V8 tldel", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule V8: no such dynamic variable");
}

/*
 * V8, fastpath: a thread-local integer op's variable exists and has an
 * 8-byte key; its value holds the integer, 8 bytes or more (I15).
 */
static void tli_rules(void)
{
	u64 ld[] = { I(TLLD, 1, 0, 0, 0), RET };
	u64 ld1[] = { I(TLLD, 1, 0, 0, 1), RET };
	u64 st[] = { I(MOVI, 2, 0, 0, 5), I(TLST, 1, 2, 0, 0), RET };
	u64 st1[] = { I(MOVI, 2, 0, 0, 5), I(TLST, 1, 2, 0, 1), RET };
	u64 unset[] = { I(TLST, 1, 2, 0, 0), RET };
	u64 st2[] = { I(MOVI, 2, 0, 0, 5), I(TLST, 1, 2, 0, 2), RET };
	struct imgb b;

	expect_code("V8 tlld", ld, 2,
		    "instruction 0 (tlld r1, dvar#0): rule V8: no such dynamic variable");
	base(&b, ld1, 2);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tlld key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "instruction 0 (tlld r1, dvar#1): rule V8: thread-local variable without an 8-byte key");
	base(&b, st1, 3);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tlst key", buf, imgb_build(&b, buf, sizeof(buf)),
	       "instruction 1 (tlst r1, r2, dvar#1): rule V8: thread-local variable without an 8-byte key");
	base(&b, st2, 3);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 8);
	b.dynvar_size = 4096;
	expect("V8 tlst", buf, imgb_build(&b, buf, sizeof(buf)),
	       "instruction 1 (tlst r1, r2, dvar#2): rule V8: no such dynamic variable");
	base(&b, unset, 2);
	imgb_dvar(&b, 8, 8);
	b.dynvar_size = 4096;
	expect("V4 tlst", buf, imgb_build(&b, buf, sizeof(buf)),
	       "instruction 0 (tlst r1, r2, dvar#0): rule V4: register read before written (2)");
	/* a value shorter than the integer: I15 rejects the variable itself */
	base(&b, ld, 2);
	imgb_dvar(&b, 8, 4);
	b.dynvar_size = 4096;
	expect("I15 tlld value", buf, imgb_build(&b, buf, sizeof(buf)),
	       "rule I15: bad dynamic variable");
	base(&b, st, 3);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 8, 32);
	b.dynvar_size = 4096;
	expect("V8 tlst ok", buf, imgb_build(&b, buf, sizeof(buf)), NULL);
	base(&b, ld1, 2);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 8, 32);
	b.dynvar_size = 4096;
	expect("V8 tlld wide value ok", buf, imgb_build(&b, buf, sizeof(buf)),
	       NULL);
}

static void insn_rules(void)
{
	u64 v1[] = { TR_INSN(TR_NOPCODES, 0, 0, 0, 0), RET };
	u64 v2a[] = { I(MOVI, 1, 2, 0, 5), RET };
	u64 v2aa[] = { I(JA, 3, 0, 0, 0), RET };
	u64 v2k[] = { I(MOVI, 1, 0, 0, 0), I(MOV, 1, 1, 0, 9), RET };
	u64 v2c[] = { I(RET, 0, 0, 3, 0) };
	u64 v3[] = { I(MOVI, 1, 0, 0, 0), I(ADD, 1, 1, 16, 0), RET };
	u64 v4[] = { I(ADD, 1, 2, 3, 0), RET };
	u64 v4path[] = { I(MOVI, 1, 0, 0, 0), I(JZ, 1, 0, 1, 0),
			 I(MOVI, 2, 0, 0, 7), I(MOV, 3, 2, 0, 0), RET };
	u64 v4ok[] = { I(MOVI, 1, 0, 0, 0), I(JZ, 1, 0, 2, 0),
		       I(MOVI, 2, 0, 0, 7), I(JA, 0, 0, 1, 0),
		       I(MOVI, 2, 0, 0, 8), I(MOV, 3, 2, 0, 0), RET };
	u64 v5[] = { I(JA, 0, 0, 5, 0), RET };
	u64 v6[] = { I(MOVI, 1, 0, 0, 0) };
	u64 v7sz[] = { I(SCR, 1, 0, 0, 0), I(LDX, 2, 1, 3, 0), RET };
	u64 v7k[] = { I(MOVI, 1, 0, 0, 0), I(LDK, 2, 1, 16, -8), RET };
	u64 v4k[] = { I(LDK, 2, 1, 8, 0), RET };
	u64 ldk[] = { I(MOVI, 1, 0, 0, 0), I(LDK, 2, 1, 1, -8),
		      I(LDK, 3, 2, 8, 0x7fffffff), RET };
	u64 v7n[] = { I(SCR, 1, 0, 0, 0), I(LDBS, 1, 0, 0, TR_BI_EXECNAME),
		      RET };
	u64 v8c[] = { I(LDC, 1, 0, 0, 1), RET };
	u64 v8a[] = { I(MOVI, 1, 0, 0, 0), I(AGG, 1, 1, 0, 1), RET };
	u64 v8r[] = { I(MOVI, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 1), RET };
	u64 v8s[] = { I(STRLIT, 1, 0, 0, 64), RET };
	u64 v8m[] = { I(SCR, 1, 0, 0, 256), RET };
	u64 v8b[] = { I(LDB, 1, 0, 0, TR_NBUILTINS), RET };
	u64 v8kind[] = { I(LDB, 1, 0, 0, TR_BI_EXECNAME), RET };
	u64 v8g[] = { I(GLOB, 1, 0, 0, 0), RET };
	u64 v8d[] = { I(SCR, 1, 0, 0, 0), I(DVGET, 2, 1, 0, 0), RET };

	expect_code("V1", v1, 2, "instruction 0 (<bad opcode");
	expect_code("V1 rule", v1, 2, "rule V1: unknown opcode");
	expect_code("V2 a/b", v2a, 2, "rule V2: unused b is not zero");
	expect_code("V2 a", v2aa, 2, "rule V2: unused a is not zero");
	expect_code("V2 k", v2k, 3, "rule V2: unused k is not zero");
	expect_code("V2 c", v2c, 1, "rule V2: unused c is not zero");
	expect_code("V3", v3, 3, "rule V3: no such register");
	expect_code("V4", v4, 2,
		    "instruction 0 (add r1, r2, r3): rule V4: register read");
	expect_code("V4 path", v4path, 5,
		    "instruction 3 (mov r3, r2): rule V4");
	expect_code("V4 both paths", v4ok, 7, NULL);
	expect_code("V5", v5, 2,
		    "instruction 0 (ja +5 (-> 6)): rule V5: jump lands outside");
	expect_code("V6", v6, 1, "rule V6: clause does not end in ret");
	expect_code("V7 size", v7sz, 3, "rule V7: bad access size");
	expect_code("V7 count", v7n, 3, "rule V7: zero byte count");
	expect_code("V7 kernel read size", v7k, 3,
		    "instruction 1 (ldk r2, r1, 16, -8): rule V7: bad access size");
	expect_code("V4 kernel address", v4k, 2,
		    "rule V4: register read before written (1)");
	expect_code("kernel reads", ldk, 4, NULL);
	expect_code("V8 const", v8c, 2, "rule V8: no such constant");
	expect_code("V8 agg", v8a, 3, "rule V8: no such aggregation");
	expect_code("V8 rec", v8r, 3, "rule V8: no such record");
	expect_code("V8 rodata", v8s, 2, "rule V8: string outside rodata");
	expect_code("V8 scratch", v8m, 2, "rule V8: offset outside scratch");
	expect_code("V8 builtin", v8b, 2, "rule V8: no such builtin");
	expect_code("V8 kind", v8kind, 2, "rule V8: builtin of the wrong kind");
	helper_rules();
	key_reg_rules();
	agg_value_rules();
	strcmpb_rules();
	strcmpbl_rules();
	expect_code("V8 globals", v8g, 2, "rule V8: offset outside globals");
	expect_code("V8 dvar", v8d, 3, "rule V8: no such dynamic variable");
	tl_rules();
	tli_rules();
}

/* kmem: what lockdown refuses, on verified images (tr_prog_reads_kernel). */
static bool reads_kernel(const u64 *code, u32 n, u32 kind)
{
	struct tr_prog prog;
	struct imgb b;
	char msg[256];

	base(&b, code, n);
	b.probes[0].kind = kind;
	if (kind == TR_PROBE_KPROBE || kind == TR_PROBE_KRETPROBE)
		b.probes[0].func = imgb_str(&b, "vfs_read");
	if (tr_verify(buf, imgb_build(&b, buf, sizeof(buf)), &prog, msg,
		      sizeof(msg))) {
		CHECK(0, "reads_kernel: %s", msg);
		return false;
	}
	return tr_prog_reads_kernel(&prog);
}

static void lockdown_policy(void)
{
	u64 plain[] = { I(MOVI, 1, 0, 0, 0), RET };
	u64 ldk[] = { I(MOVI, 1, 0, 0, 0), I(LDK, 2, 1, 8, 0), RET };
	u64 kstr[] = { I(SCR, 1, 0, 0, 0), I(MOVI, 2, 0, 0, 0),
		       I(CALL, 1, 0, 16, TR_HLP_KSTR), RET };
	u64 kcopy[] = { I(SCR, 1, 0, 0, 0), I(MOVI, 2, 0, 0, 0),
			I(MOVI, 3, 0, 0, 8), I(CALL, 1, 0, 16, TR_HLP_KCOPY),
			RET };
	u64 user[] = { I(SCR, 1, 0, 0, 0), I(MOVI, 2, 0, 0, 0),
		       I(MOVI, 3, 0, 0, 8), I(CALL, 1, 0, 16, TR_HLP_COPYIN),
		       I(CALL, 1, 0, 16, TR_HLP_COPYINSTR), RET };

	CHECK(!reads_kernel(plain, 2, TR_PROBE_BEGIN), "BEGIN: allowed");
	CHECK(!reads_kernel(plain, 2, TR_PROBE_ERROR), "ERROR: allowed");
	CHECK(reads_kernel(plain, 2, TR_PROBE_KPROBE), "fbt entry: refused");
	CHECK(reads_kernel(plain, 2, TR_PROBE_KRETPROBE),
	      "fbt return: refused");
	CHECK(reads_kernel(ldk, 3, TR_PROBE_BEGIN), "LDK: refused");
	CHECK(reads_kernel(kstr, 4, TR_PROBE_BEGIN), "stringof: refused");
	CHECK(reads_kernel(kcopy, 5, TR_PROBE_BEGIN), "__kcopy: refused");
	CHECK(!reads_kernel(user, 6, TR_PROBE_BEGIN),
	      "copyin and copyinstr: allowed");
}

int main(void)
{
	lockdown_policy();
	image_rules();
	work_rules();
	insn_rules();
	record_rules();
	vrules_check("common/verify.c");
	return check_report("test_verify");
}
