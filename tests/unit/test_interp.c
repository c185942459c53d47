// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_interp.c - the shared interpreter on hand-built programs:
 * arithmetic edge cases, data-dependent faults (divide-by-zero, bad
 * addresses) that end the clause with the right pc, strings, aggregation
 * counting and record emission through the ring, LDK's no-fault reads
 * of kernel memory against the mock's fake ranges, and thread-local
 * integers read and written whole (TLLD, TLST).
 */
#include <stdio.h>
#include <string.h>
#include "tracer/agg.h"
#include "tracer/builtins.h"
#include "tracer/interp.h"
#include "tracer/kmem.h"
#include "check.h"
#include "env_mock.h"
#include "imgbuild.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static u64 buf[16384];
static struct tr_prog prog;
static struct tr_vm vm;

/*
 * Load @code as clause 0 of a probe of @kind with one 8-byte record, a
 * count() by 8-byte key, a sum() by 16-byte key and a keyless sum().
 */
static void load_kind(const u64 *code, u32 n, u32 kind)
{
	struct imgb b;
	char msg[256];
	u32 len;

	imgb_init(&b);
	imgb_str(&b, "bash");
	imgb_agg(&b, TR_AGG_COUNT, 8);
	imgb_agg(&b, TR_AGG_SUM, 16);
	imgb_agg(&b, TR_AGG_SUM, 0);
	imgb_rec(&b, 8);
	imgb_clause(&b, code, n);
	imgb_probe(&b, kind, NULL, 0, 1);
	b.probes[0].param = kind == TR_PROBE_TRACEPOINT;
	len = imgb_build(&b, buf, sizeof(buf));
	if (tr_verify(buf, len, &prog, msg, sizeof(msg)))
		fprintf(stderr, "verify: %s\n", msg);
	env_mock_vm(&vm, &prog);
}

static void load(const u64 *code, u32 n)
{
	load_kind(code, n, TR_PROBE_BEGIN);
}

/* Build @b, verify it (a failure is a failed check) and load it. */
static void load_image(struct imgb *b)
{
	char msg[256];

	imgb_build(b, buf, sizeof(buf));
	CHECK(!tr_verify(buf, ((struct tr_image_hdr *)buf)->total_size, &prog,
			 msg, sizeof(msg)), "verify: %s", msg);
	env_mock_vm(&vm, &prog);
}

/* Run clause 0 and return the first record's 8-byte payload. */
static u64 run_value(enum tr_fault *fault)
{
	const u8 *data;
	u64 v = 0xdeadbeef;

	*fault = tr_run_clause(&vm, 0);
	if (tr_ring_peek(vm.ring, &data, 4096) >= 16)
		memcpy(&v, data + sizeof(struct tr_rec_hdr), 8);
	env_mock_vm_free(&vm);
	return v;
}

/* Run @code with constants @consts, one 8-byte record; its payload. */
static u64 run_consts(const u64 *code, u32 n, const u64 *consts, u32 nconsts,
		      enum tr_fault *fault)
{
	struct imgb b;
	char msg[256];
	u32 len;

	imgb_init(&b);
	memcpy(b.consts, consts, nconsts * sizeof(*consts));
	b.nconsts = nconsts;
	imgb_rec(&b, 8);
	imgb_clause(&b, code, n);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	len = imgb_build(&b, buf, sizeof(buf));
	if (tr_verify(buf, len, &prog, msg, sizeof(msg)))
		fprintf(stderr, "verify: %s\n", msg);
	env_mock_vm(&vm, &prog);
	return run_value(fault);
}

/* R1 = (R1 op R2), emitted as record 0. */
static u64 binop(unsigned int op, s64 x, s64 y, enum tr_fault *fault)
{
	u64 code[] = {
		I(LDC, 1, 0, 0, 0), I(LDC, 2, 0, 0, 1),
		TR_INSN(op, 1, 1, 2, 0),
		I(SCR, 3, 0, 0, 0), I(STX, 3, 1, 8, 0),
		I(EMIT, 0, 3, 0, 0), RET,
	};
	u64 consts[] = { x, y };

	return run_consts(code, ARRAY_SIZE(code), consts, 2, fault);
}

static void test_arith(void)
{
	enum tr_fault f;

	CHECK((s64)binop(TR_OP_DIV, -7, 2, &f) == -3 && !f, "-7 / 2");
	CHECK(binop(TR_OP_DIVU, -8, 2, &f) == 0x7ffffffffffffffcull, "divu");
	CHECK((s64)binop(TR_OP_MOD, -7, 2, &f) == -1, "-7 %% 2");
	CHECK((s64)binop(TR_OP_DIV, INT64_MIN, -1, &f) == INT64_MIN && !f,
	      "INT64_MIN / -1 wraps without a fault");
	CHECK(binop(TR_OP_MOD, INT64_MIN, -1, &f) == 0 && !f,
	      "INT64_MIN %% -1 is 0");
	CHECK(binop(TR_OP_SHL, 1, 65, &f) == 2, "shift counts are mod 64");
	CHECK((s64)binop(TR_OP_SAR, -16, 2, &f) == -4, "sar");
	CHECK(binop(TR_OP_SHR, -16, 60, &f) == 15, "shr");
	CHECK(binop(TR_OP_SLT, -1, 1, &f) == 1, "signed <");
	CHECK(binop(TR_OP_SLTU, -1, 1, &f) == 0, "unsigned <");
	CHECK((s64)binop(TR_OP_MUL, INT64_MAX, 2, &f) == -2, "mul wraps");

	binop(TR_OP_DIV, 1, 0, &f);
	CHECK(f == TR_FAULT_DIVZERO && vm.fault_pc == 2,
	      "divide by zero faults at pc 2 (fault %d pc %u)", f,
	      vm.fault_pc);
	binop(TR_OP_MODU, 1, 0, &f);
	CHECK(f == TR_FAULT_DIVZERO, "modulo by zero faults");
}

static void test_badaddr(void)
{
	u64 ld_int[] = { I(MOVI, 1, 0, 0, 64), I(LDX, 2, 1, 8, 0), RET };
	u64 st_ro[] = { I(STRLIT, 1, 0, 0, 1), I(MOVI, 2, 0, 0, 0),
			I(STX, 1, 2, 1, 0), RET };
	u64 st_end[] = { I(SCR, 1, 0, 0, 252), I(MOVI, 2, 0, 0, 0),
			 I(STX, 1, 2, 8, 0), RET };
	u64 emit_bad[] = { I(SCR, 1, 0, 0, 252), I(EMIT, 0, 1, 0, 0), RET };
	u64 agg_bad[] = { I(MOVI, 1, 0, 0, 0), I(AGG, 1, 1, 0, 0), RET };
	enum tr_fault f;

	load(ld_int, 3);
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_pc == 1,
	      "load from an integer address faults");
	CHECK(vm.fault_addr == 64, "the bad address is kept: %llu",
	      (unsigned long long)vm.fault_addr);
	load(st_ro, 4);
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_pc == 2,
	      "store into rodata faults");
	load(st_end, 4);
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR, "store across the end of scratch faults");
	load(emit_bad, 3);
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR, "emit of a payload past scratch faults");
	load(agg_bad, 3);
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR, "aggregation key at NULL faults");
}

static void test_strings(void)
{
	u64 cmp[] = {
		I(SCR, 1, 0, 0, 16), I(LDBS, 1, 0, 16, TR_BI_EXECNAME),
		I(STRLIT, 2, 0, 0, 1), I(STRCMP, 3, 1, 2, 0),
		I(SCR, 4, 0, 0, 0), I(STX, 4, 3, 8, 0),
		I(EMIT, 0, 4, 0, 0), RET,
	};
	enum tr_fault f;

	strcpy(env_mock.execname, "bash");
	load(cmp, ARRAY_SIZE(cmp));
	CHECK(run_value(&f) == 0 && !f, "execname == \"bash\"");
	strcpy(env_mock.execname, "bas");
	load(cmp, ARRAY_SIZE(cmp));
	CHECK((s64)run_value(&f) == -1, "\"bas\" < \"bash\"");
	strcpy(env_mock.execname, "zsh");
	load(cmp, ARRAY_SIZE(cmp));
	CHECK((s64)run_value(&f) == 1, "\"zsh\" > \"bash\"");
}

/*
 * NULL (VA 0) compares as "" (dtrace_strncmp()), and copying it faults at
 * address 0, as DTrace's loads of a NULL string do; so does a compare with
 * any other bad address.
 */
static void test_null_string(void)
{
	u64 cmp[] = {
		I(SCR, 1, 0, 0, 16), I(MOVI, 2, 0, 0, 0), I(STX, 1, 2, 1, 0),
		I(STRCMP, 3, 2, 1, 0), I(STRLIT, 1, 0, 0, 1),
		I(STRCMP, 4, 2, 1, 0), I(MULI, 4, 4, 0, 10),
		I(ADD, 3, 3, 4, 0),
		I(SCR, 4, 0, 0, 0), I(STX, 4, 3, 8, 0),
		I(EMIT, 0, 4, 0, 0), RET,
	};
	u64 cpy[] = { I(SCR, 1, 0, 0, 16), I(MOVI, 2, 0, 0, 0),
		      I(STRCPY, 1, 2, 8, 0), RET };
	u64 bad[] = { I(SCR, 1, 0, 0, 16), I(MOVI, 2, 0, 0, 8),
		      I(STRCMP, 3, 1, 2, 0), RET };
	enum tr_fault f;

	load(cmp, ARRAY_SIZE(cmp));
	CHECK((s64)run_value(&f) == -10 && !f,
	      "NULL == \"\" and NULL < \"bash\"");
	load(cpy, ARRAY_SIZE(cpy));
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_pc == 2 && vm.fault_addr == 0,
	      "copying NULL faults at address 0");
	load(bad, ARRAY_SIZE(bad));
	run_value(&f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_addr == 8,
	      "comparing a string at address 8 faults");
}

/* fastpath: STRCMPB compares a string builtin in place, as STRCMP would. */
static u64 strcmpb(const char *execname, u64 va, enum tr_fault *f)
{
	u64 code[] = {
		I(MOVI, 1, 0, 0, va), I(STRCMPB, 2, 1, 0, TR_BI_EXECNAME),
		I(SCR, 4, 0, 0, 0), I(STX, 4, 2, 8, 0),
		I(EMIT, 0, 4, 0, 0), RET,
	};

	if (va == 1)	/* "bash", rodata+1 */
		code[0] = I(STRLIT, 1, 0, 0, 1);
	strcpy(env_mock.execname, execname);
	load(code, ARRAY_SIZE(code));
	return run_value(f);
}

static void test_strcmpb(void)
{
	enum tr_fault f;

	CHECK(strcmpb("bash", 1, &f) == 0 && !f, "execname == \"bash\"");
	CHECK(strcmpb("bat", 1, &f) == 1 && !f, "\"bat\" > \"bash\"");
	CHECK((s64)strcmpb("ba", 1, &f) == -1 && !f, "\"ba\" < \"bash\"");
	CHECK(strcmpb("ba", 0, &f) == 1 && !f, "NULL reads as \"\"");
	CHECK(strcmpb("", 0, &f) == 0 && !f, "\"\" == NULL");
	strcmpb("bash", 8, &f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_pc == 1 &&
	      vm.fault_addr == 8, "a bad address faults");
}

/*
 * fastpath: STRCMPBL compares a string builtin with a literal, both in
 * place: "bash" at rodata+1, "0123456789abcde" (15 bytes) at rodata+6.
 */
static u64 strcmpbl(const char *execname, u32 lit, enum tr_fault *f)
{
	u64 code[] = {
		I(STRCMPBL, 2, 0, TR_BI_EXECNAME, lit),
		I(SCR, 4, 0, 0, 0), I(STX, 4, 2, 8, 0),
		I(EMIT, 0, 4, 0, 0), RET,
	};
	struct imgb b;

	strncpy(env_mock.execname, execname, sizeof(env_mock.execname));
	imgb_init(&b);
	imgb_str(&b, "bash");
	imgb_str(&b, "0123456789abcde");
	imgb_rec(&b, 8);
	imgb_clause(&b, code, ARRAY_SIZE(code));
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	load_image(&b);
	return run_value(f);
}

static void test_strcmpbl(void)
{
	enum tr_fault f;

	CHECK(strcmpbl("bash", 1, &f) == 0 && !f, "execname == \"bash\"");
	CHECK(strcmpbl("bat", 1, &f) == 1 && !f, "\"bat\" > \"bash\"");
	CHECK((s64)strcmpbl("ba", 1, &f) == -1 && !f, "\"ba\" < \"bash\"");
	CHECK(strcmpbl("ba", 0, &f) == 1 && !f, "\"ba\" > \"\"");
	CHECK(strcmpbl("", 0, &f) == 0 && !f, "\"\" == \"\"");
	/* 16 bytes, no NUL: read as LDBS of the builtin's size reads it */
	CHECK(strcmpbl("0123456789abcdef", 6, &f) == 0 && !f,
	      "execname is cut at 15 bytes");
	CHECK(strcmpbl("0123456789abcd", 6, &f) == (u64)-1 && !f,
	      "a shorter execname is less");
}

/*
 * fastpath: TLLD and TLST, a thread-local integer read and written whole
 * under the thread id (the mock's tid builtin).  The clause stores arg0 in
 * dvar#0 (8-byte value) and puts in globals what TLLD read before, what
 * TLST gave and what TLLD reads after.  A second variable with a 16-byte
 * value makes entries 24 bytes: 80 bytes of space hold 2 of them.
 */
static void tl_run(u64 tid, u64 val, u64 out[3])
{
	env_mock.ints[TR_BI_TID] = tid;
	env_mock.ints[TR_BI_ARG0] = val;
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "tl clause runs");
	memcpy(out, vm.globals, 3 * sizeof(u64));
}

static void test_thread_local_int(void)
{
	u64 code[] = {
		I(TLLD, 1, 0, 0, 0), I(LDB, 2, 0, 0, TR_BI_ARG0),
		I(TLST, 3, 2, 0, 0), I(TLLD, 4, 0, 0, 0),
		I(GLOB, 5, 0, 0, 0), I(STX, 5, 1, 8, 0),
		I(GLOB, 5, 0, 0, 8), I(STX, 5, 3, 8, 0),
		I(GLOB, 5, 0, 0, 16), I(STX, 5, 4, 8, 0),
		RET,
	};
	const u64 big = 0x8000000000000001ull;
	u64 v[3], w[2] = { ~0ull, ~0ull };
	struct imgb b;
	s64 off;

	imgb_init(&b);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 8, 16);
	b.dynvar_size = 80;
	b.globals_size = 24;
	imgb_clause(&b, code, ARRAY_SIZE(code));
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	load_image(&b);
	CHECK(tr_dynvar_capacity(vm.dyn) == 2, "2 entries fit (%u)",
	      tr_dynvar_capacity(vm.dyn));

	tl_run(7, big, v);
	CHECK(v[0] == 0, "an absent thread-local integer reads 0");
	CHECK(v[1] == big && v[2] == big,
	      "stored and read back whole: %#llx, %#llx",
	      (unsigned long long)v[1], (unsigned long long)v[2]);
	off = tr_dynvar_tl_lookup(vm.dyn, 0, 7, false);
	CHECK(off >= 0 && !memcmp(tr_dynvar_data(vm.dyn) + off, &big, 8),
	      "the value is in the entry tlget finds");
	tl_run(8, 5, v);
	CHECK(v[0] == 0 && v[1] == 5 && v[2] == 5 &&
	      tr_dynvar_used(vm.dyn) == 2,
	      "another thread starts at 0 and has its own entry");
	tl_run(9, 3, v);
	CHECK(v[0] == 0 && v[1] == 0 && v[2] == 0 &&
	      vm.stats->dyn_drops == 1 &&
	      tr_dynvar_used(vm.dyn) == 2,
	      "a full space: tlst gives 0, stores nothing, counts a drop (%llu)",
	      (unsigned long long)vm.stats->dyn_drops);
	tl_run(7, 42, v);
	CHECK(v[0] == big && v[1] == 42 && v[2] == 42 &&
	      vm.stats->dyn_drops == 1,
	      "a full space still stores in an existing entry");
	tl_run(7, 0, v);
	CHECK(v[0] == 42 && v[1] == 0 && v[2] == 0 &&
	      tr_dynvar_used(vm.dyn) == 1 &&
	      tr_dynvar_tl_lookup(vm.dyn, 0, 7, false) < 0,
	      "storing 0 deletes the entry (%u used)",
	      tr_dynvar_used(vm.dyn));
	tl_run(9, 3, v);
	CHECK(v[1] == 3 && v[2] == 3 && tr_dynvar_used(vm.dyn) == 2,
	      "the room given back is used");
	tl_run(8, 0, v);
	tl_run(8, 0, v);
	CHECK(v[0] == 0 && v[1] == 0 && tr_dynvar_used(vm.dyn) == 1 &&
	      vm.stats->dyn_drops == 1,
	      "deleting an absent entry is no drop");

	/* a new entry's value is zeroed past the 8 bytes written */
	off = tr_dynvar_tl_lookup(vm.dyn, 1, 8, true);
	CHECK(off >= 0, "an entry of the 16-byte variable");
	memcpy(tr_dynvar_data(vm.dyn) + off, w, sizeof(w));
	tr_dynvar_tl_delete(vm.dyn, 1, 8);
	CHECK(tr_dynvar_tl_store(vm.dyn, 1, 8, 6) &&
	      tr_dynvar_tl_load(vm.dyn, 1, 8) == 6,
	      "a 16-byte value stores and loads its first 8 bytes");
	off = tr_dynvar_tl_lookup(vm.dyn, 1, 8, false);
	memcpy(w, tr_dynvar_data(vm.dyn) + off, sizeof(w));
	CHECK(w[0] == 6 && w[1] == 0, "the rest is zeroed: %#llx",
	      (unsigned long long)w[1]);
	env_mock_vm_free(&vm);
	env_mock.ints[TR_BI_TID] = 0;
	env_mock.ints[TR_BI_ARG0] = 0;
}

static void test_aggregate(void)
{
	/* @[pid] = count(); @s[execname] = sum(arg0), 1000 times each. */
	u64 code[] = {
		I(LDB, 1, 0, 0, TR_BI_PID), I(SCR, 2, 0, 0, 0),
		I(STX, 2, 1, 8, 0), I(AGG, 1, 2, 0, 0),
		I(SCR, 3, 0, 0, 8), I(LDBS, 3, 0, 16, TR_BI_EXECNAME),
		I(LDB, 4, 0, 0, TR_BI_ARG0), I(AGG, 4, 3, 0, 1), RET,
	};
	struct tr_agg_table_hdr *h;
	u64 key = 42, *v;
	char skey[16] = "cat";
	int i;

	strcpy(env_mock.execname, "cat");
	env_mock.ints[TR_BI_PID] = 42;
	env_mock.ints[TR_BI_ARG0] = 3;
	load(code, ARRAY_SIZE(code));
	for (i = 0; i < 1000; i++)
		tr_run_clause(&vm, 0);
	h = vm.agg;
	v = tr_agg_lookup(vm.agg, 0, (u8 *)&key, 8);
	CHECK(v && v[0] == 1000, "count() is exact: %llu",
	      v ? (unsigned long long)v[0] : 0);
	v = tr_agg_lookup(vm.agg, 1, (u8 *)skey, 16);
	CHECK(v && v[0] == 3000, "sum() is exact");
	CHECK(h->used == 2, "two keys in the table: %u", h->used);
	env_mock_vm_free(&vm);
}

/* fastpath: AGGR's key is its registers, laid out as AGG's scratch key. */
static void test_aggregate_regs(void)
{
	/* @[pid] = count() both ways; @s[pid, arg0] = sum(arg0); @t = sum(arg0) */
	u64 code[] = {
		I(LDB, 1, 0, 0, TR_BI_PID), I(AGGR, 1, 1, 1, 0),
		I(SCR, 2, 0, 0, 0), I(STX, 2, 1, 8, 0), I(AGG, 1, 2, 0, 0),
		I(LDB, 2, 0, 0, TR_BI_ARG0), I(MOV, 3, 2, 0, 0),
		I(AGGR, 3, 1, 2, 1), I(AGGR, 3, 3, 0, 2), RET,
	};
	struct tr_agg_table_hdr *h;
	u64 key[2] = { 42, 3 }, *v;
	int i;

	env_mock.ints[TR_BI_PID] = 42;
	env_mock.ints[TR_BI_ARG0] = 3;
	load(code, ARRAY_SIZE(code));
	for (i = 0; i < 1000; i++)
		CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "aggr runs");
	h = vm.agg;
	v = tr_agg_lookup(vm.agg, 0, (u8 *)key, 8);
	CHECK(v && v[0] == 2000, "aggr and agg update one entry: %llu",
	      v ? (unsigned long long)v[0] : 0);
	v = tr_agg_lookup(vm.agg, 1, (u8 *)key, 16);
	CHECK(v && v[0] == 3000, "aggr with a two-word key sums");
	v = tr_agg_lookup(vm.agg, 2, (u8 *)key, 0);
	CHECK(v && v[0] == 3000, "keyless aggr sums");
	CHECK(h->used == 3, "three entries in the table: %u", h->used);
	env_mock_vm_free(&vm);
}

static void test_agg_full(void)
{
	u64 code[] = {
		I(LDB, 1, 0, 0, TR_BI_ARG0), I(SCR, 2, 0, 0, 0),
		I(STX, 2, 1, 8, 0), I(AGG, 1, 2, 0, 0), RET,
	};
	int i;

	load(code, ARRAY_SIZE(code));
	for (i = 0; i < 100; i++) {
		env_mock.ints[TR_BI_ARG0] = i;
		tr_run_clause(&vm, 0);
	}
	CHECK(vm.stats->agg_drops == 36,
	      "a full 64-slot table drops and counts: %llu",
	      (unsigned long long)vm.stats->agg_drops);
	env_mock_vm_free(&vm);
}

static void test_ring(void)
{
	struct tr_ring *r = malloc(tr_ring_bytes(TR_MIN_BUF_SIZE));
	u64 payload[8] = { 1, 2, 3 }, written = 0, read = 0;
	const u8 *data;
	u32 n, i;

	tr_ring_init(r, TR_MIN_BUF_SIZE);
	for (i = 0; i < 10000; i++) {
		if (!tr_ring_write(r, i, payload, 24 + (i % 5) * 8)) {
			written++;
			continue;
		}
		/* Full: drain everything, skipping pads. */
		while ((n = tr_ring_peek(r, &data, 4096))) {
			u32 off = 0;

			while (off < n) {
				const struct tr_rec_hdr *h =
					(const void *)(data + off);
				if (h->id != TR_REC_ID_PAD)
					read++;
				off += h->size;
			}
			tr_ring_consume(r, n);
		}
		CHECK(!tr_ring_write(r, i, payload, 24), "write after drain");
		written++;
	}
	while ((n = tr_ring_peek(r, &data, 4096))) {
		u32 off = 0;

		while (off < n) {
			const struct tr_rec_hdr *h = (const void *)(data + off);

			if (h->id != TR_REC_ID_PAD)
				read++;
			off += h->size;
		}
		tr_ring_consume(r, n);
	}
	CHECK(read == written, "every record written is read: %llu of %llu",
	      (unsigned long long)read, (unsigned long long)written);
	free(r);
}

/*
 * A clause's records reach the consumer at its ret; a fault takes back the
 * ones it wrote (DTrace discards a faulting ECB's data), and the next
 * clause's records are published as usual.
 */
static void test_fault_discards(void)
{
	u64 code[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0),
		       I(EMIT, 0, 1, 0, 0), I(MOVI, 2, 0, 0, 0),
		       I(DIV, 2, 2, 2, 0), I(EMIT, 0, 1, 0, 0), RET };
	const u8 *data;
	enum tr_fault f;

	load(code, ARRAY_SIZE(code));
	f = tr_run_clause(&vm, 0);
	CHECK(f == TR_FAULT_DIVZERO && !tr_ring_peek(vm.ring, &data, 4096) &&
	      vm.ring->pend == vm.ring->head,
	      "a faulting clause leaves no record");
	env_mock_vm_free(&vm);
	code[4] = I(ADD, 2, 2, 2, 0);
	load(code, ARRAY_SIZE(code));
	f = tr_run_clause(&vm, 0);
	CHECK(!f && tr_ring_peek(vm.ring, &data, 4096) ==
		    3 * (sizeof(struct tr_rec_hdr) + 8),
	      "a clause that ends in ret publishes its three records");
	env_mock_vm_free(&vm);
}

/*
 * A clause whose record does not fit leaves none: its records are one
 * unit, as DTrace's ECB, and the clause counts one drop.  A ring with room
 * for 48 bytes: small (24), big (80, no room), small (24) would leave the
 * two small ones; none is published, and an exit() among them does not
 * end tracing.  The next clause that fits is published.
 */
static void test_drop_discards(void)
{
	u64 code[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0),
		       I(EMIT, 0, 1, 0, 1), I(EMIT, 0, 1, 0, 2), RET };
	u64 fill[2] = { 0 };
	struct imgb b;
	u32 room;

	imgb_init(&b);
	imgb_rec(&b, 8);
	imgb_rec(&b, 64);
	imgb_rec(&b, 8);
	b.recs[2].flags = TR_REC_F_EXIT;
	imgb_clause(&b, code, ARRAY_SIZE(code));
	imgb_clause(&b, (u64[]){ I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0),
				 RET }, 3);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 2);
	load_image(&b);
	for (room = vm.ring->size; room >= 48 + 32; room -= 32)
		tr_ring_write(vm.ring, 9, fill, 16);
	tr_ring_write(vm.ring, 9, fill, 0);
	CHECK(vm.ring->size - (vm.ring->head - vm.ring->tail) == 48,
	      "48 bytes of room");
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE &&
	      vm.ring->head == vm.ring->size - 48 &&
	      vm.ring->pend == vm.ring->head,
	      "a clause with a dropped record publishes none of its records");
	CHECK(vm.stats->buf_drops == 1, "one drop for the clause: %llu",
	      (unsigned long long)vm.stats->buf_drops);
	CHECK(!vm.exited, "its exit() does not end tracing");
	CHECK(tr_run_clause(&vm, 1) == TR_FAULT_NONE &&
	      vm.ring->head == vm.ring->size - 24 &&
	      vm.stats->buf_drops == 1,
	      "the next clause that fits is published");
	env_mock_vm_free(&vm);
}

/*
 * READ's -ENOSPC (kmod/session.c) only for a record longer than the
 * buffer: one that came in after the copy loop found the ring empty (a
 * tick probe on the reader's CPU; the 6.1 soak's hostile images) fits,
 * and the next READ gets it.
 */
static void test_ring_too_big(void)
{
	struct tr_ring *r = malloc(tr_ring_bytes(TR_MIN_BUF_SIZE));
	u64 payload[4] = { 0 };

	tr_ring_init(r, TR_MIN_BUF_SIZE);
	CHECK(tr_ring_too_big(r, 16) == 0, "empty ring: nothing too big");
	CHECK(!tr_ring_write(r, 7, payload, sizeof(payload)), "write");
	CHECK(tr_ring_too_big(r, 1u << 20) == 0,
	      "a record that fits is not too big: %u",
	      tr_ring_too_big(r, 1u << 20));
	CHECK(tr_ring_too_big(r, 16) == sizeof(struct tr_rec_hdr) + 32,
	      "a 48-byte record in 16 bytes: %u", tr_ring_too_big(r, 16));
	free(r);
}

/*
 * A firing's clauses run in one call: on to the next at each ret, back to
 * the caller at a fault (vm.clause names the clause) or after an exit().
 * Each clause adds its bit to a sum; clause 1 faults before it adds.
 */
static void test_clauses(void)
{
	u64 sum[] = { I(MOVI, 1, 0, 0, 1), I(AGGR, 1, 1, 0, 0), RET };
	u64 divzero[] = { I(MOVI, 1, 0, 0, 0), I(DIV, 1, 1, 1, 0),
			  I(AGGR, 1, 1, 0, 0), RET };
	u64 last[] = { I(MOVI, 1, 0, 0, 8), I(AGGR, 1, 1, 0, 0), RET };
	u64 exits[] = { I(MOVI, 1, 0, 0, 4), I(AGGR, 1, 1, 0, 0),
			I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0), RET };
	struct imgb b;
	u64 *vals;

	imgb_init(&b);
	imgb_agg(&b, TR_AGG_SUM, 0);
	imgb_rec(&b, 8);
	b.recs[0].flags = TR_REC_F_EXIT;
	imgb_clause(&b, sum, ARRAY_SIZE(sum));
	imgb_clause(&b, divzero, ARRAY_SIZE(divzero));
	imgb_clause(&b, exits, ARRAY_SIZE(exits));
	imgb_clause(&b, last, ARRAY_SIZE(last));
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 4);
	load_image(&b);
	CHECK(tr_run_clauses(&vm, 0, 4) == TR_FAULT_DIVZERO &&
	      vm.clause == 1 && vm.fault_pc == 1,
	      "a fault returns, naming its clause (%u) and pc (%u)",
	      vm.clause, vm.fault_pc);
	vals = tr_agg_lookup(vm.agg, 0, (const u8 *)"", 0);
	CHECK(vals && vals[0] == 1, "clause 0 ran, 1 stopped: sum %llu",
	      vals ? (unsigned long long)vals[0] : 0ull);
	CHECK(tr_run_clauses(&vm, 2, 4) == TR_FAULT_NONE && vm.exited &&
	      vm.clause == 2 && vals[0] == 5,
	      "exit() ends the firing after its clause: sum %llu",
	      (unsigned long long)vals[0]);
	vm.exited = false;
	CHECK(tr_run_clauses(&vm, 3, 4) == TR_FAULT_NONE && !vm.exited &&
	      vals[0] == 13, "the last clause alone: sum %llu",
	      (unsigned long long)vals[0]);
	CHECK(tr_run_clauses(&vm, 4, 4) == TR_FAULT_NONE &&
	      tr_run_clauses(&vm, 0, 0) == TR_FAULT_NONE && vals[0] == 13,
	      "a probe of no clauses runs none, even past the last: sum %llu",
	      (unsigned long long)vals[0]);
	env_mock_vm_free(&vm);
}

/* Emitting an exit record tells the caller; other records do not. */
static void test_exit_flag(void)
{
	u64 code[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0), RET };
	struct imgb b;

	imgb_init(&b);
	imgb_rec(&b, 8);
	imgb_clause(&b, code, ARRAY_SIZE(code));
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	load_image(&b);
	tr_run_clause(&vm, 0);
	CHECK(!vm.exited, "a printf-like record does not end tracing");
	env_mock_vm_free(&vm);

	b.recs[0].flags = TR_REC_F_EXIT;
	load_image(&b);
	tr_run_clause(&vm, 0);
	CHECK(vm.exited, "an exit record ends tracing");
	env_mock_vm_free(&vm);

	/* ... unless a fault takes it back */
	imgb_init(&b);
	imgb_rec(&b, 8);
	b.recs[0].flags = TR_REC_F_EXIT;
	imgb_clause(&b, (u64[]){ I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0),
				 I(MOVI, 2, 0, 0, 0), I(DIV, 1, 1, 2, 0),
				 RET }, 5);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	load_image(&b);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_DIVZERO && !vm.exited,
	      "an exit record a fault took back does not end tracing");
	env_mock_vm_free(&vm);
}

/* kmem: fake kernel and user memory for LDK and the env's reads. */
#define KADDR	0xffffffff81000000ull
#define UADDR	0x400000ull

/* No NUL after the 0xff bytes: a string there runs off the range. */
static const u8 kdata[22] = "Linux version 6.1\0\xff\xff\xff\xff";
static const u8 udata[16] = "user string";

static void kmem_ranges(void)
{
	const struct env_mock_mem r[] = {
		{ KADDR, sizeof(kdata), false, kdata },
		{ UADDR, sizeof(udata), true, udata },
	};

	env_mock_mem_set(r, ARRAY_SIZE(r));
}

/* R2 = LDK c=@size, k=@k at R1 = @addr; R2 emitted as record 0. */
static u64 ldk(u64 addr, unsigned int size, s32 k, enum tr_fault *fault)
{
	u64 code[] = {
		I(LDC, 1, 0, 0, 0), I(LDK, 2, 1, size, (u32)k),
		I(SCR, 3, 0, 0, 0), I(STX, 3, 2, 8, 0),
		I(EMIT, 0, 3, 0, 0), RET,
	};

	return run_consts(code, ARRAY_SIZE(code), &addr, 1, fault);
}

static void test_ldk(void)
{
	enum tr_fault f;
	u64 want;

	kmem_ranges();
	memcpy(&want, kdata, 8);
	CHECK(ldk(KADDR, 8, 0, &f) == want && !f, "ldk reads kernel bytes");
	CHECK(ldk(KADDR + 8, 4, -8, &f) == (want & 0xffffffff) && !f,
	      "ldk adds a negative displacement");
	CHECK(ldk(KADDR - 0x7fffffff, 1, 0x7fffffff, &f) == 'L' && !f,
	      "ldk adds the largest displacement");
	CHECK(ldk(KADDR + 18, 1, 0, &f) == 0xff, "1 byte zero-extended");
	CHECK(ldk(KADDR + 18, 2, 0, &f) == 0xffff, "2 bytes zero-extended");
	CHECK(ldk(KADDR + 16, 4, 2, &f) == 0xffffffff, "4 bytes zero-extended");

	ldk(KADDR + sizeof(kdata) - 4, 8, 0, &f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_pc == 1 &&
	      vm.fault_addr == KADDR + sizeof(kdata) - 4,
	      "a read running off mapped memory faults at its start");
	ldk(0, 8, 0, &f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_addr == 0, "NULL faults");
	ldk(KADDR, 8, -0x10000, &f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_addr == KADDR - 0x10000,
	      "the fault names the address with the displacement");
	ldk(UADDR, 8, 0, &f);
	CHECK(f == TR_FAULT_BADADDR && vm.fault_addr == UADDR,
	      "a kernel read of readable user memory faults");
	ldk(TR_VA(TR_VA_SCRATCH, 0), 8, 0, &f);
	CHECK(f == TR_FAULT_BADADDR, "a VM address is not a kernel address");

	env_mock_mem_default();
	CHECK(ldk(-1, 1, 0, &f) == env_mock_mem_byte(-1) && !f,
	      "the default kernel memory reaches the top");
	CHECK(ldk(ENV_MOCK_KBASE, 1, -1, &f) == 0xdeadbeef &&
	      f == TR_FAULT_BADADDR, "and has a hole below it");
	CHECK(ldk(ENV_MOCK_UBASE, 1, 0, &f) == 0xdeadbeef &&
	      f == TR_FAULT_BADADDR, "user memory is not kernel memory");
}

/* The mock's no-fault reads behave as the kernel's (tracer/kmem.h). */
static void test_kmem_env(void)
{
	char s[64];
	u8 b[8];

	kmem_ranges();
	CHECK(tr_env_read_user(b, UADDR, 4) == 0 && !memcmp(b, "user", 4),
	      "user read");
	CHECK(tr_env_read_user(b, KADDR, 4) == -EFAULT,
	      "a user read of kernel memory fails");
	CHECK(tr_env_read_kernel(b, UADDR, 4) == -EFAULT,
	      "a kernel read of user memory fails");
	CHECK(tr_env_read_kernel(b, KADDR + 20, 8) == -EFAULT,
	      "a read past a range fails");
	CHECK(tr_env_read_kernel_str(s, KADDR, sizeof(s)) == 18 &&
	      !strcmp(s, "Linux version 6.1"), "kernel string");
	CHECK(tr_env_read_kernel_str(s, KADDR, 6) == 6 &&
	      !strcmp(s, "Linux"), "kernel string cut at max - 1 bytes");
	CHECK(tr_env_read_kernel_str(s, KADDR, 1) == 1 && !s[0],
	      "max 1 gives the empty string");
	CHECK(tr_env_read_kernel_str(s, KADDR + 18, sizeof(s)) == -EFAULT,
	      "a string running off mapped memory fails");
	CHECK(tr_env_read_user_str(s, UADDR, sizeof(s)) == 12 &&
	      !strcmp(s, "user string"), "user string");
	CHECK(tr_env_read_user_str(s, KADDR, sizeof(s)) == -EFAULT,
	      "a user string read of kernel memory fails");
	CHECK(tr_env_read_kernel_str(s, 0, sizeof(s)) == -EFAULT,
	      "a kernel string at NULL fails");
	/* The module's chunks (4 bytes, 8-byte "pages" here). */
	CHECK(tr_kmem_read_str(s, KADDR + 1, sizeof(s), tr_env_read_kernel,
			       4, 8) == 17 && !strcmp(s, "inux version 6.1"),
	      "chunked string");
	CHECK(tr_kmem_read_str(s, KADDR + 5, 7, tr_env_read_kernel, 4, 8) ==
	      7 && !strcmp(s, " versi"), "chunked string cut at max - 1");
	CHECK(tr_kmem_read_str(s, KADDR + 18, sizeof(s), tr_env_read_kernel,
			       4, 8) == -EFAULT, "chunked string running off");
	CHECK(tr_kmem_read_str(s, KADDR, 0, tr_env_read_kernel, 4, 8) ==
	      -EFAULT, "max 0 is refused");
	env_mock_mem_default();
}

/* tpsys: the probe record (PCTX) is read-only and bounded by its size. */
static void test_record(void)
{
	static const u8 rec[12] = { 1, 2, 3, 4, 0x78, 0x56, 0x34, 0x12,
				    'a', 'b', 0, 0 };
	u64 read4[] = { I(PCTX, 1, 0, 0, 4), I(LDX, 2, 1, 4, 0),
			I(SCR, 3, 0, 0, 0), I(STX, 3, 2, 8, 0),
			I(EMIT, 0, 3, 0, 0), RET };
	u64 past[] = { I(PCTX, 1, 0, 0, 8), I(LDX, 2, 1, 8, 0), RET };
	u64 store[] = { I(PCTX, 1, 0, 0, 0), I(MOVI, 2, 0, 0, 7),
			I(STX, 1, 2, 1, 0), RET };
	u64 str[] = { I(SCR, 1, 0, 0, 0), I(PCTX, 2, 0, 0, 8),
		      I(STRCPY, 1, 2, 8, 0), I(EMIT, 0, 1, 0, 0), RET };
	enum tr_fault fault;
	u64 v;

	load_kind(read4, ARRAY_SIZE(read4), TR_PROBE_TRACEPOINT);
	vm.pctx = rec;
	vm.pctx_len = sizeof(rec);
	v = run_value(&fault);
	CHECK(fault == TR_FAULT_NONE && v == 0x12345678,
	      "a record field reads %#llx (fault %d)", (unsigned long long)v,
	      fault);

	load_kind(past, ARRAY_SIZE(past), TR_PROBE_TRACEPOINT);
	vm.pctx = rec;
	vm.pctx_len = sizeof(rec);
	fault = tr_run_clause(&vm, 0);
	CHECK(fault == TR_FAULT_BADADDR &&
	      vm.fault_addr == TR_VA(TR_VA_PCTX, 8),
	      "a read past the record's end faults (%d)", fault);
	vm.pctx = NULL;
	fault = tr_run_clause(&vm, 0);
	CHECK(fault == TR_FAULT_BADADDR, "no record: the read faults (%d)",
	      fault);
	env_mock_vm_free(&vm);

	load_kind(store, ARRAY_SIZE(store), TR_PROBE_TRACEPOINT);
	vm.pctx = rec;
	vm.pctx_len = sizeof(rec);
	fault = tr_run_clause(&vm, 0);
	CHECK(fault == TR_FAULT_BADADDR && rec[0] == 1,
	      "a store into the record faults (%d)", fault);
	env_mock_vm_free(&vm);

	load_kind(str, ARRAY_SIZE(str), TR_PROBE_TRACEPOINT);
	vm.pctx = rec;
	vm.pctx_len = 10;	/* "ab" without its NUL: the end stops it */
	v = run_value(&fault);
	CHECK(fault == TR_FAULT_NONE && !memcmp(&v, "ab\0\0\0\0\0\0", 8),
	      "a string copied from the record stops at its end (fault %d)",
	      fault);
}

int main(void)
{
	test_ldk();
	test_kmem_env();
	test_record();
	test_exit_flag();
	test_clauses();
	test_arith();
	test_badaddr();
	test_strings();
	test_null_string();
	test_fault_discards();
	test_strcmpb();
	test_strcmpbl();
	test_thread_local_int();
	test_drop_discards();
	test_aggregate();
	test_aggregate_regs();
	test_agg_full();
	test_ring();
	test_ring_too_big();
	return check_report("test_interp");
}
