// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_semantics.c - compiled D programs, run in the shared
 * interpreter (common/interp.c) against the mock environment, must compute
 * what D says they compute.
 *
 * Every program here is compiled with trc_compile(), must pass tr_verify(),
 * and is run clause by clause the way the module runs a probe.  Expressions
 * are checked twice: once on builtins (arg0.. set in the mock), so the
 * generated instructions do the work, and once with the same values
 * written as literals, so constant folding does it; both must equal the
 * value C computes with the VM's rules (64-bit wrap-around, masked shift
 * counts, INT64_MIN / -1 = INT64_MIN).  Kernel data (btf) is typed by
 * synth_btf.c's BTF and read from the mock's fake kernel memory.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer/agg.h"
#include "tracer/builtins.h"
#include "tracer/interp.h"
#include "tracer/prog.h"
#include "compiler.h"
#include "ast.h"		/* operators, for the random expressions */
#include "check.h"
#include "env_mock.h"
#include "synth_btf.h"

/* ---- running a program ------------------------------------------------- */

static struct tr_program *cur;
static struct tr_prog prog;
static struct tr_vm vm;

struct rec {
	u32 id;
	u32 len;
	const u8 *payload;
};

static u8 ringcopy[1 << 16];
static struct rec recs[64];
static int nrecs;

static void unload(void)
{
	if (!cur)
		return;
	env_mock_vm_free(&vm);
	tr_program_free(cur);
	cur = NULL;
}

/* Compile @src, verify it and set up a VM; false (with a message) if not. */
/* Quiet: no TR_RK_PROBE record before each clause's records. */
static bool load(const char *src)
{
	static const struct trc_options quiet = { .quiet = true };
	char msg[256];

	unload();
	cur = trc_compile(src, "<test>", &quiet, stderr);
	if (!cur) {
		fprintf(stderr, "  in: %s\n", src);
		return false;
	}
	if (tr_verify(cur->image, cur->image_len, &prog, msg, sizeof(msg))) {
		fprintf(stderr, "verify: %s\n  in: %s\n", msg, src);
		tr_program_free(cur);
		cur = NULL;
		return false;
	}
	env_mock_vm(&vm, &prog);
	return true;
}

/* Copy out every record in the ring (they are valid until the next fire). */
static void drain(void)
{
	const struct tr_rec_hdr *h;
	const u8 *data;
	u32 len, off = 0, used = 0;

	nrecs = 0;
	while ((len = tr_ring_peek(vm.ring, &data, sizeof(ringcopy) - used))) {
		memcpy(ringcopy + used, data, len);
		tr_ring_consume(vm.ring, len);
		for (off = used; off < used + len; off += h->size) {
			h = (const void *)(ringcopy + off);
			if (h->id == TR_REC_ID_PAD || nrecs == 64)
				continue;
			recs[nrecs].id = h->id;
			recs[nrecs].len = h->size - sizeof(*h);
			recs[nrecs].payload = (const u8 *)(h + 1);
			nrecs++;
		}
		used += len;
	}
}

/* Run every clause of image probe @probe; returns the first fault. */
static enum tr_fault fire(u32 probe)
{
	const struct tr_image_probe *p = &prog.probes[probe];
	enum tr_fault f, first = TR_FAULT_NONE;
	u32 i;

	tr_vm_fire(&vm);
	for (i = 0; i < p->clause_count; i++) {
		f = tr_run_clause(&vm, p->clause_first + i);
		if (f && !first)
			first = f;
	}
	drain();
	return first;
}

/* Argument @i of record @r as a raw 64-bit value. */
static u64 rec_int(const struct rec *r, u32 i)
{
	const struct tr_rec_meta *m = &cur->recs[r->id];
	u64 v;

	memcpy(&v, r->payload + m->args[i].offset, 8);
	return v;
}

static const char *rec_str(const struct rec *r, u32 i)
{
	return (const char *)r->payload + cur->recs[r->id].args[i].offset;
}

static void env_reset(void)
{
	memset(&env_mock, 0, sizeof(env_mock));
	strcpy(env_mock.execname, "bash");
	strcpy(env_mock.probefunc, "vfs_read");
	env_mock.ints[TR_BI_PID] = 1234;
}

/* ---- expressions -------------------------------------------------------- */

/* The VM's arithmetic, for reference values. */
static s64 vdiv(s64 a, s64 b)
{
	return b == -1 ? (s64)(0 - (u64)a) : a / b;
}

static s64 vmod(s64 a, s64 b)
{
	return b == -1 ? 0 : a % b;
}

#define U(x)	((u64)(x))

/* Evaluate the D expression @expr with printf("%d") in BEGIN. */
static bool eval(const char *expr, u64 *out, enum tr_fault *fault)
{
	char src[1024];

	snprintf(src, sizeof(src), "BEGIN { printf(\"%%d\", %s); }", expr);
	if (!load(src))
		return false;
	*fault = fire(0);
	if (*fault)
		return true;
	if (nrecs != 1)
		return false;
	*out = rec_int(&recs[0], 0);
	return true;
}

/* @expr with arg0..arg2 and timestamp replaced by literals. */
static void literalize(const char *expr, char *out, size_t len)
{
	static const char *const names[] = { "arg0", "arg1", "arg2",
					     "timestamp" };
	const char *p = expr;
	size_t n = 0, i, nl;
	u64 v;

	while (*p && n + 40 < len) {
		for (i = 0; i < ARRAY_SIZE(names); i++) {
			nl = strlen(names[i]);
			if (!strncmp(p, names[i], nl))
				break;
		}
		if (i == ARRAY_SIZE(names)) {
			out[n++] = *p++;
			continue;
		}
		v = env_mock.ints[i == 3 ? TR_BI_TIMESTAMP : TR_BI_ARG0 + i];
		if (i == 3)
			n += snprintf(out + n, len - n, "(%" PRIu64 "UL)", v);
		else if ((s64)v == INT64_MIN)	/* no literal is INT64_MIN */
			n += snprintf(out + n, len - n,
				      "(-9223372036854775807L - 1)");
		else if ((s64)v < 0)
			n += snprintf(out + n, len - n, "(-%" PRIu64 "L)",
				      0 - v);
		else
			n += snprintf(out + n, len - n, "(%" PRIu64 "L)", v);
		p += nl;
	}
	out[n] = '\0';
}

static void check_expr(const char *expr, u64 want, bool fold, int line)
{
	char lit[1024];
	enum tr_fault f = TR_FAULT_NONE;
	u64 got = ~want;

	CHECK(eval(expr, &got, &f) && !f && got == want,
	      "line %d: %s with arg0=%" PRId64 " arg1=%" PRId64
	      " arg2=%" PRId64 ": got %" PRId64 " (fault %d), want %" PRId64,
	      line, expr, (s64)env_mock.ints[TR_BI_ARG0],
	      (s64)env_mock.ints[TR_BI_ARG1], (s64)env_mock.ints[TR_BI_ARG2],
	      (s64)got, f, (s64)want);

	if (!fold)
		return;
	literalize(expr, lit, sizeof(lit));
	got = ~want;
	CHECK(eval(lit, &got, &f) && !f && got == want,
	      "line %d: folded %s: got %" PRId64 ", want %" PRId64, line, lit,
	      (s64)got, (s64)want);
	/* folding leaves no instructions for a constant expression */
	CHECK(cur && prog.clauses[0].insn_count <= 6,
	      "line %d: %s did not fold (%u instructions)", line, lit,
	      cur ? prog.clauses[0].insn_count : 0);
}

/* EXPECT: also folded with literals; EXPECT_RT: run time only */
#define EXPECT(expr, value)	check_expr(expr, (u64)(value), true, __LINE__)
#define EXPECT_RT(expr, value)	check_expr(expr, (u64)(value), false, __LINE__)

static void test_arith(void)
{
	static const s64 sets[][3] = {
		{ 2, 3, 4 }, { -7, 2, 5 }, { 100, -3, 0x7fffffff },
		{ 0x123456789, 7, 64 }, { -1, -1, -1 }, { 0, 1, 0 },
		{ INT64_MAX, -1, 63 }, { -(INT64_MAX), 16, 1 },
	};
	unsigned int i;
	s64 A, B, C;

	for (i = 0; i < ARRAY_SIZE(sets); i++) {
		env_reset();
		A = sets[i][0], B = sets[i][1], C = sets[i][2];
		env_mock.ints[TR_BI_ARG0] = A;
		env_mock.ints[TR_BI_ARG1] = B;
		env_mock.ints[TR_BI_ARG2] = C;

		EXPECT("arg0 + arg1 * arg2", U(A) + U(B) * U(C));
		EXPECT("(arg0 + arg1) * arg2", (U(A) + U(B)) * U(C));
		EXPECT("arg0 - arg1 - arg2", U(A) - U(B) - U(C));
		EXPECT("arg0 / arg1", vdiv(A, B));
		EXPECT("arg0 % arg1", vmod(A, B));
		EXPECT("arg0 / arg1 * arg2", U(vdiv(A, B)) * U(C));
		EXPECT("arg0 << arg2", U(A) << (C & 63));
		EXPECT("arg0 >> arg2", A >> (C & 63));
		EXPECT("arg0 & arg1 | arg2 ^ arg0", (A & B) | (C ^ A));
		EXPECT("arg0 | arg1 & arg2", A | (B & C));
		EXPECT("arg0 ^ arg1 & arg2", A ^ (B & C));
		EXPECT("arg0 < arg1", A < B);
		EXPECT("arg0 <= arg1", A <= B);
		EXPECT("arg0 > arg1", A > B);
		EXPECT("arg0 >= arg1", A >= B);
		EXPECT("arg0 == arg1", A == B);
		EXPECT("arg0 != arg1", A != B);
		EXPECT("arg1 < arg0 == arg2 > arg1", (B < A) == (C > B));
		EXPECT("arg0 + 1 << 2", (U(A) + 1) << 2);
		EXPECT("-arg0", 0 - U(A));
		EXPECT("+arg0", A);
		EXPECT("~arg0", ~U(A));
		EXPECT("!arg0", !A);
		EXPECT("!!arg1", !!B);
		EXPECT("- -arg1 - -arg2", U(B) + U(C));
		EXPECT("arg0 && arg1", A && B);
		EXPECT("arg0 || arg2", A || C);
		EXPECT("arg0 ^^ arg1", !A != !B);
		EXPECT("arg0 == 2 && arg1 == 3 || arg2 == 5",
		       (A == 2 && B == 3) || C == 5);
		EXPECT("arg0 || arg1 && !arg2", A || (B && !C));
		EXPECT("arg0 < arg1 ? arg2 : arg0 + 1",
		       A < B ? U(C) : U(A) + 1);
		EXPECT("arg0 > 0 ? arg1 > 0 ? 1 : 2 : 3",
		       A > 0 ? (B > 0 ? 1 : 2) : 3);
		EXPECT("(arg0 > arg1) + (arg1 > arg2) * 10",
		       (A > B) + (B > C) * 10);
		/* immediates and the constant pool */
		EXPECT("arg0 + 5", U(A) + 5);
		EXPECT("arg0 - 5", U(A) - 5);
		EXPECT("10 - arg0", 10 - U(A));
		EXPECT("arg0 * -3", U(A) * U(-3));
		EXPECT("3 * arg0 + 1", 3 * U(A) + 1);
		EXPECT("arg0 & 0xff", A & 0xff);
		EXPECT("arg0 | 0x100", A | 0x100);
		EXPECT("arg0 ^ 0x7fffffff", A ^ 0x7fffffff);
		EXPECT("arg0 - 2147483648", U(A) - 2147483648u);
		EXPECT("arg0 + 0x123456789", U(A) + 0x123456789);
		EXPECT("arg0 == 0x123456789", A == 0x123456789);
		EXPECT("arg0 != 0", A != 0);
		EXPECT("arg0 == 0 ? 11 : 22", A == 0 ? 11 : 22);
	}
}

static void test_unsigned(void)
{
	static const u64 sets[][2] = {
		{ 0xfffffffffffffff0ull, 2 }, { 8, 3 }, { 1ull << 63, 5 },
	};
	unsigned int i;
	u64 T;
	s64 B;

	for (i = 0; i < ARRAY_SIZE(sets); i++) {
		env_reset();
		T = sets[i][0];
		B = sets[i][1];
		env_mock.ints[TR_BI_TIMESTAMP] = T;
		env_mock.ints[TR_BI_ARG1] = B;
		env_mock.ints[TR_BI_ARG0] = (u64)-1;

		EXPECT("timestamp / arg1", T / U(B));
		EXPECT("timestamp % arg1", T % U(B));
		EXPECT("timestamp >> arg1", T >> B);
		EXPECT("timestamp > arg1", T > U(B));
		EXPECT("timestamp <= arg1", T <= U(B));
		EXPECT("timestamp > 0", T > 0);
		/* a signed operand compares unsigned against an unsigned one */
		EXPECT("arg0 > timestamp", (u64)-1 > T);
		EXPECT("arg0 > 0", 0);
		EXPECT("arg0 / 2", 0);
		EXPECT("arg0 >> 1", (u64)-1);
	}
	env_reset();
	env_mock.ints[TR_BI_UID] = 0xfffffffe;	/* a 32-bit uid_t */
	EXPECT_RT("uid > 5", 1);
	EXPECT_RT("uid / 2", 0x7fffffff);
	EXPECT_RT("uid > -1", 0);	/* -1 becomes unsigned */
}

static void test_literals(void)
{
	env_reset();
	EXPECT("'a'", 97);
	EXPECT("'\\n' + '\\x41' + '\\101' + '\\0' * 0", 10 + 65 + 65);
	EXPECT("0x10 + 010 + 10", 16 + 8 + 10);
	EXPECT("0xffffffffffffffff", (u64)-1);
	EXPECT("0xffffffffffffffff / 2", 0x7fffffffffffffffull);
	EXPECT("-1 / 2", 0);
	EXPECT("10U - 11", (u64)-1);
	EXPECT("1 + 2 * 3 << 1", 14);
	EXPECT("2 + 3 * 4", 14);
	EXPECT("(2 + 3) * 4", 20);
	EXPECT("7 - 2 - 1", 4);
	EXPECT("-9223372036854775807L - 1", (u64)INT64_MIN);
	EXPECT("(-9223372036854775807L - 1) / -1", (u64)INT64_MIN);
	EXPECT("(-9223372036854775807L - 1) % -1", 0);
	EXPECT("1 << 65", 2);
	EXPECT("-16 >> 2", (u64)-4);
	EXPECT("\"abc\" < \"abd\"", 1);
	EXPECT("\"b\" == \"b\" && \"a\" != \"b\"", 1);
}

/* Short-circuit: the right side must not run (it would divide by zero). */
static void test_short_circuit(void)
{
	enum tr_fault f;
	u64 v = 99;

	env_reset();
	env_mock.ints[TR_BI_ARG0] = 10;
	env_mock.ints[TR_BI_ARG1] = 0;
	CHECK(eval("arg1 != 0 && arg0 / arg1 > 1", &v, &f) && !f && v == 0,
	      "&& skips its right side (fault %d, value %" PRIu64 ")", f, v);
	CHECK(eval("arg1 == 0 || arg0 / arg1", &v, &f) && !f && v == 1,
	      "|| skips its right side (fault %d, value %" PRIu64 ")", f, v);
	CHECK(eval("arg1 ? arg0 / arg1 : 7", &v, &f) && !f && v == 7,
	      "?: runs one branch (fault %d, value %" PRIu64 ")", f, v);
	CHECK(eval("arg1 ? 7 : arg0 / arg1", &v, &f) &&
	      f == TR_FAULT_DIVZERO,
	      "the other branch does divide by zero (fault %d)", f);
	CHECK(eval("arg0 / arg1 && 0", &v, &f) && f == TR_FAULT_DIVZERO,
	      "&& runs its left side (fault %d)", f);
	CHECK(eval("arg1 ^^ arg0 / arg1", &v, &f) && f == TR_FAULT_DIVZERO,
	      "^^ runs both sides (fault %d)", f);
}

/* ---- strings --------------------------------------------------------------- */

static void test_strings(void)
{
	env_reset();
	EXPECT_RT("execname == \"bash\"", 1);
	EXPECT_RT("execname != \"bash\"", 0);
	EXPECT_RT("execname < \"bat\"", 1);
	EXPECT_RT("execname <= \"bas\"", 0);
	EXPECT_RT("execname > \"bas\"", 1);
	EXPECT_RT("execname >= \"bash\"", 1);
	EXPECT_RT("\"zsh\" > execname", 1);
	EXPECT_RT("execname == probefunc", 0);
	EXPECT_RT("probefunc > execname", 1);
	EXPECT_RT("execname == \"bas\"", 0);
	EXPECT_RT("execname == \"bash\" && probefunc == \"vfs_read\"", 1);
	EXPECT_RT("(arg0 ? execname : probefunc) == \"vfs_read\"", 1);
	EXPECT_RT("(arg0 ? \"x\" : probefunc) == probefunc", 1);

	CHECK(load("BEGIN { printf(\"%s %s|%s\", execname, "
		   "arg0 ? \"yes\" : probefunc, \"lit\"); }"),
	      "printf of strings compiles");
	env_mock.ints[TR_BI_ARG0] = 0;
	fire(0);
	CHECK(nrecs == 1 && !strcmp(rec_str(&recs[0], 0), "bash") &&
	      !strcmp(rec_str(&recs[0], 1), "vfs_read") &&
	      !strcmp(rec_str(&recs[0], 2), "lit"),
	      "string arguments land in the record");
	CHECK(cur->recs[0].args[1].size == 128 &&
	      cur->recs[0].args[0].size == 16 &&
	      cur->recs[0].args[2].size == 8 && cur->recs[0].size == 152,
	      "string slots: execname 16, ?: the larger, literal len+1 -> 8");
	env_mock.ints[TR_BI_ARG0] = 1;
	fire(0);
	CHECK(nrecs == 1 && !strcmp(rec_str(&recs[0], 1), "yes"),
	      "the ?: string follows its condition");
}

/* ---- clauses, predicates, records ------------------------------------------ */

static void test_predicates(void)
{
	env_reset();
	CHECK(load("BEGIN /arg0 > 5/ { printf(\"%d\", 1); }"
		   "BEGIN /execname == \"bash\"/ { printf(\"%d\", 2); }"
		   "BEGIN { printf(\"%d\", 3); }"),
	      "predicates compile");
	env_mock.ints[TR_BI_ARG0] = 6;
	fire(0);
	CHECK(nrecs == 3 && rec_int(&recs[0], 0) == 1 &&
	      rec_int(&recs[1], 0) == 2 && rec_int(&recs[2], 0) == 3,
	      "all three clauses run, in order (%d records)", nrecs);
	env_mock.ints[TR_BI_ARG0] = 5;
	strcpy(env_mock.execname, "zsh");
	fire(0);
	CHECK(nrecs == 1 && rec_int(&recs[0], 0) == 3,
	      "false predicates skip their clauses (%d records)", nrecs);

	CHECK(load("BEGIN /0/ { printf(\"%d\", 1); } BEGIN /1 + 1/ "
		   "{ printf(\"%d\", 2); } END /2 - 2/ { exit(0); }"),
	      "constant predicates compile");
	CHECK(cur->nprobes == 1 && cur->nclauses == 1 && cur->nrecs == 1,
	      "dead clauses vanish, and with them a probe with none left");
	fire(0);
	CHECK(nrecs == 1 && rec_int(&recs[0], 0) == 2, "the live clause runs");
}

/*
 * Pretests (common/pretest.c): found in the bytecode of the predicates the
 * compiler writes for a builtin against a constant, and failing exactly
 * when the clause would do nothing.  Each program's one clause prints a
 * record when its predicate holds.
 */
static void test_pretests(void)
{
	static const struct {
		const char *pred;
		u8 kind;
		bool exact;	/* skipping <=> no record (else =>) */
	} cases[] = {
		{ "execname == \"bash\"", TR_PRETEST_STR, true },
		{ "execname != \"bash\"", TR_PRETEST_STR, true },
		{ "\"bash\" == execname", TR_PRETEST_STR, true },
		{ "execname == \"\"", TR_PRETEST_STR, true },
		{ "execname == \"bashbashbashbashbash\"", TR_PRETEST_STR,
		  true },
		{ "pid == 1234", TR_PRETEST_INT, true },
		{ "pid != 1234", TR_PRETEST_INT, true },
		{ "1234 == pid", TR_PRETEST_INT, true },
		{ "tid == -1", TR_PRETEST_INT, true },
		{ "uid == 0", TR_PRETEST_INT, true },
		{ "pid", TR_PRETEST_INT, true },
		{ "!tid", TR_PRETEST_INT, true },
		{ "execname == \"bash\" && pid == 3", TR_PRETEST_STR, false },
		{ "pid == 3 && execname == \"zsh\"", TR_PRETEST_INT, false },
		{ "execname < \"m\"", TR_PRETEST_NONE, true },
		{ "arg0 == 5", TR_PRETEST_NONE, true },
		{ "pid == 0x100000000", TR_PRETEST_NONE, true },
		{ "pid == 3 || execname == \"bash\"", TR_PRETEST_NONE, true },
	};
	static const char *const names[] = { "bash", "zsh", "", "bas",
					     "bashx" };
	static const s64 ids[] = { 1234, 3, 0, -1 };
	struct tr_pretest t;
	char src[256];
	unsigned int i, n, p;
	bool skips;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(src, sizeof(src), "BEGIN /%s/ { printf(\"%%d\", 1); }",
			 cases[i].pred);
		if (!load(src)) {
			CHECK(0, "/%s/ compiles", cases[i].pred);
			continue;
		}
		t = tr_pretest_find(&prog, 0);
		CHECK(t.kind == cases[i].kind, "/%s/: pretest kind %u, want %u",
		      cases[i].pred, t.kind, cases[i].kind);
		if (t.kind == TR_PRETEST_NONE)
			continue;
		for (n = 0; n < sizeof(names) / sizeof(names[0]); n++) {
			for (p = 0; p < sizeof(ids) / sizeof(ids[0]); p++) {
				env_reset();
				strcpy(env_mock.execname, names[n]);
				env_mock.ints[TR_BI_PID] = ids[p];
				env_mock.ints[TR_BI_TID] = ids[p];
				env_mock.ints[TR_BI_UID] = ids[p];
				tr_vm_fire(&vm);
				skips = tr_pretest_skips(&vm, &t);
				fire(0);
				CHECK(cases[i].exact ? skips == !nrecs :
						       !skips || !nrecs,
				      "/%s/ with execname \"%s\", ids %lld: "
				      "pretest %s, %d records", cases[i].pred,
				      names[n], (long long)ids[p],
				      skips ? "skips" : "passes", nrecs);
			}
		}
	}
	CHECK(load("BEGIN /pid == 3/ { printf(\"%d\", 1); } "
		   "BEGIN /pid == 3/ { printf(\"%d\", 2); }"),
	      "two clauses compile");
	CHECK(tr_pretest_find(&prog, 0).kind == TR_PRETEST_NONE,
	      "a probe of two clauses has no pretest");
}

static void test_records(void)
{
	env_reset();
	CHECK(load("BEGIN { exit(3); } END { printf(\"%d %d\\n\", pid, "
		   "arg0); exit(-1) }"),
	      "exit compiles");
	fire(0);
	CHECK(nrecs == 1 && cur->recs[recs[0].id].kind == TR_RK_EXIT &&
	      rec_int(&recs[0], 0) == 3, "exit(3) is an exit record of 3");
	env_mock.ints[TR_BI_ARG0] = (u64)-5;
	fire(1);
	CHECK(nrecs == 2 && cur->recs[recs[0].id].kind == TR_RK_PRINTF &&
	      !strcmp(cur->recs[recs[0].id].fmt, "%d %d\n") &&
	      rec_int(&recs[0], 0) == 1234 && (s64)rec_int(&recs[0], 1) == -5 &&
	      (s64)rec_int(&recs[1], 0) == -1,
	      "printf and exit records, in statement order");
	CHECK(cur->recs[0].nargs == 1 && cur->recs[1].nargs == 2 &&
	      cur->recs[1].args[0].size == 4 && cur->recs[1].args[0].is_signed &&
	      cur->recs[1].args[1].size == 8 && cur->recs[1].args[1].offset == 8,
	      "record fields carry D sizes and offsets");
	CHECK(cur->clauses[1].epid == 2 && cur->clauses[1].probe == 1 &&
	      cur->clauses[1].action_of_pc[0] == 1 &&
	      cur->clauses[1].action_of_pc[prog.clauses[1].insn_count - 2] == 2,
	      "epids and action numbers");

	CHECK(load("BEGIN, END { printf(\"x\"); }"), "two probes, one clause");
	CHECK(cur->nclauses == 1 && cur->nprobes == 2 &&
	      prog.probes[0].clause_first == prog.probes[1].clause_first &&
	      prog.probes[1].clause_count == 1 && cur->nrecs == 1,
	      "one clause named by two probes is compiled once, and the "
	      "probes share its entry");
	fire(1);
	CHECK(nrecs == 1 && recs[0].len == 0, "an argument-less printf");
}

/* ---- aggregations ----------------------------------------------------------- */

static u64 agg_value(u32 agg, const void *key, u32 size)
{
	u64 *vals = tr_agg_lookup(vm.agg, agg, key, size);

	return vals ? vals[0] : ~0ull;
}

static void test_aggs(void)
{
	struct { char name[16]; s64 pid; } key;
	u64 none[1] = { 0 };

	env_reset();
	CHECK(load("fbt::vfs_read:entry { @[execname, pid] = count(); "
		   "@bytes = sum(arg2); @[\"total\", 0] = count(); }"),
	      "aggregations compile");
	CHECK(cur->naggs == 2 && cur->aggs[0].key_size == 24 &&
	      cur->aggs[0].keys[0].type == TR_VT_STR &&
	      cur->aggs[0].keys[0].size == 16 &&
	      cur->aggs[0].keys[1].type == TR_VT_INT &&
	      cur->aggs[0].keys[1].size == 4 &&
	      cur->aggs[0].keys[1].offset == 16 &&
	      cur->aggs[1].key_size == 0 && cur->aggs[1].func == TR_AGG_SUM,
	      "aggregation keys: string[16] then int32");

	env_mock.ints[TR_BI_ARG2] = 100;
	fire(0);
	strcpy(env_mock.execname, "bash-longname");	/* dirties the slot */
	env_mock.ints[TR_BI_ARG2] = 20;
	fire(0);
	strcpy(env_mock.execname, "bash");
	env_mock.ints[TR_BI_ARG2] = 3;
	fire(0);
	env_mock.ints[TR_BI_PID] = 99;
	fire(0);

	memset(&key, 0, sizeof(key));
	strcpy(key.name, "bash");
	key.pid = 1234;
	CHECK(agg_value(0, &key, 24) == 2,
	      "@[\"bash\", 1234] counted twice: keys are fully rewritten "
	      "(got %" PRIu64 ")", agg_value(0, &key, 24));
	key.pid = 99;
	CHECK(agg_value(0, &key, 24) == 1, "@[\"bash\", 99] counted once");
	memset(&key, 0, sizeof(key));
	strcpy(key.name, "bash-longname");
	key.pid = 1234;
	CHECK(agg_value(0, &key, 24) == 1, "@[\"bash-longname\", 1234]");
	memset(&key, 0, sizeof(key));
	strcpy(key.name, "total");
	CHECK(agg_value(0, &key, 24) == 4, "@[\"total\", 0] == 4");
	CHECK(agg_value(1, none, 0) == 126, "@bytes = sum(arg2) == 126");

	/* one aggregation, integer keys of two sizes: the larger wins */
	CHECK(load("BEGIN { @a[pid] = count(); } END { @a[arg0] = count(); }"),
	      "integer keys of different sizes");
	CHECK(cur->aggs[0].keys[0].size == 8 && cur->aggs[0].keys[0].is_signed,
	      "@a's key is int64");
}

/* ---- options ------------------------------------------------------------- */

static void test_options(void)
{
	struct trc_options opt = { .quiet = true, .buf_size = 256 << 10 };
	const struct tr_image_hdr *h;
	struct tr_program *p;

	p = trc_compile("BEGIN { exit(0); }", "<test>", &opt, stderr);
	h = p ? p->image : NULL;
	CHECK(p && p->quiet && h->buf_size == 256 << 10 && !h->agg_entries,
	      "options: quiet and the buffer size reach the program");
	tr_program_free(p);

	p = trc_compile("#pragma D option quiet=0\n"
			"#pragma D option bufsize=128k\n"
			"BEGIN { @ = count(); }", "<test>", &opt, stderr);
	h = p ? p->image : NULL;
	CHECK(p && p->quiet && h->buf_size == 128 << 10 &&
	      h->agg_entries == TRC_DEFAULT_AGG_ENTRIES,
	      "pragmas override the options, but -q stays quiet");
	tr_program_free(p);

	opt.buf_size = 100;
	CHECK(!trc_compile("BEGIN { exit(0); }", "<test>", &opt, NULL),
	      "a buffer size below the minimum is an error");
	opt.buf_size = 0;
	opt.agg_entries = 1;
	p = trc_compile("BEGIN { @ = count(); }", "<test>", &opt, stderr);
	h = p ? p->image : NULL;
	CHECK(p && h->agg_entries == 1 &&
	      h->buf_size == TRC_DEFAULT_BUF_SIZE,
	      "aggregation entries from the options");
	tr_program_free(p);
}

/* ---- limits ------------------------------------------------------------------ */

static void test_registers(void)
{
	char expr[512], want_err[600];
	enum tr_fault f;
	int i, n = 0;
	u64 v;

	/* arg0 + (arg0 + (... ) ), 12 deep: needs 13 registers */
	for (i = 0; i < 12; i++)
		n += sprintf(expr + n, "arg0 + (");
	n += sprintf(expr + n, "arg0");
	for (i = 0; i < 12; i++)
		n += sprintf(expr + n, ")");
	env_reset();
	env_mock.ints[TR_BI_ARG0] = 3;
	CHECK(eval(expr, &v, &f) && !f && v == 39,
	      "a deep expression still fits the registers");

	n = 0;
	for (i = 0; i < 20; i++)
		n += sprintf(expr + n, "arg0 + (");
	n += sprintf(expr + n, "arg0");
	for (i = 0; i < 20; i++)
		n += sprintf(expr + n, ")");
	snprintf(want_err, sizeof(want_err),
		 "BEGIN { printf(\"%%d\", %s); }", expr);
	CHECK(!trc_compile(want_err, "<test>", NULL, NULL),
	      "a too-deep expression is an error, not bad code");
}


/* ---- random expressions ------------------------------------------------------ */

/*
 * Random expression trees over arg0..arg2, timestamp, small literals and
 * string comparisons, printed with only the parentheses D's precedence
 * needs, are compiled and run (and folded with literals) against a
 * reference evaluator that follows the VM's rules and sema's signedness.
 * Divisors are forced odd ("| 1"), so nothing faults.  Deterministic: a
 * fixed seed.
 */
enum { R_LEAF, R_UN, R_BIN, R_TERN, R_STRCMP };

struct rnode {
	int kind, op;		/* op: enum trc_unop / trc_binop */
	int leaf;		/* 0-2 arg, 3 timestamp, 4 literal */
	u64 lit;
	struct rnode *l, *r, *c;
	int sl, sr;		/* R_STRCMP: string atoms */
};

static const char *const rstrs[] = { "execname", "probefunc", "\"bash\"",
				     "\"vfs\"", "\"\"" };
static unsigned int rseed = 12345;

static unsigned int rnd(unsigned int n)
{
	rseed = rseed * 1103515245 + 12345;
	return (rseed >> 8) % n;
}

static struct rnode *rgen(int depth)
{
	static const int bins[] = {
		TRC_BIN_MUL, TRC_BIN_DIV, TRC_BIN_MOD, TRC_BIN_ADD, TRC_BIN_SUB,
		TRC_BIN_SHL, TRC_BIN_SHR, TRC_BIN_LT, TRC_BIN_LE, TRC_BIN_GT,
		TRC_BIN_GE, TRC_BIN_EQ, TRC_BIN_NE, TRC_BIN_BAND, TRC_BIN_BXOR,
		TRC_BIN_BOR, TRC_BIN_LAND, TRC_BIN_LXOR, TRC_BIN_LOR,
	};
	struct rnode *n = calloc(1, sizeof(*n));
	unsigned int k = depth ? rnd(10) : 0;

	if (k < 3) {
		n->kind = R_LEAF;
		n->leaf = rnd(6);
		if (n->leaf >= 4) {
			n->leaf = 4;
			n->lit = rnd(4) ? rnd(300) : 0x123456789ull;
		}
	} else if (k < 4) {
		n->kind = R_UN;
		n->op = rnd(TRC_NUNOPS);
		n->l = rgen(depth - 1);
	} else if (k < 8) {
		n->kind = R_BIN;
		n->op = bins[rnd(ARRAY_SIZE(bins))];
		n->l = rgen(depth - 1);
		n->r = rgen(depth - 1);
		if (n->op == TRC_BIN_DIV || n->op == TRC_BIN_MOD) {
			struct rnode *one = calloc(1, sizeof(*one)), *r;

			r = calloc(1, sizeof(*r));
			one->kind = R_LEAF;
			one->leaf = 4;
			one->lit = 1;
			r->kind = R_BIN;
			r->op = TRC_BIN_BOR;
			r->l = n->r;
			r->r = one;
			n->r = r;
		}
	} else if (k < 9) {
		n->kind = R_TERN;
		n->c = rgen(depth - 1);
		n->l = rgen(depth - 1);
		n->r = rgen(depth - 1);
	} else {
		n->kind = R_STRCMP;
		n->op = TRC_BIN_LT + rnd(6);
		n->sl = rnd(ARRAY_SIZE(rstrs));
		n->sr = rnd(ARRAY_SIZE(rstrs));
	}
	return n;
}

static void rfree(struct rnode *n)
{
	if (!n)
		return;
	rfree(n->l);
	rfree(n->r);
	rfree(n->c);
	free(n);
}

static int rprec(const struct rnode *n)
{
	static const int bin[TRC_NBINOPS] = {
		[TRC_BIN_MUL] = 12, [TRC_BIN_DIV] = 12, [TRC_BIN_MOD] = 12,
		[TRC_BIN_ADD] = 11, [TRC_BIN_SUB] = 11,
		[TRC_BIN_SHL] = 10, [TRC_BIN_SHR] = 10,
		[TRC_BIN_LT] = 9, [TRC_BIN_LE] = 9, [TRC_BIN_GT] = 9,
		[TRC_BIN_GE] = 9, [TRC_BIN_EQ] = 8, [TRC_BIN_NE] = 8,
		[TRC_BIN_BAND] = 7, [TRC_BIN_BXOR] = 6, [TRC_BIN_BOR] = 5,
		[TRC_BIN_LAND] = 4, [TRC_BIN_LXOR] = 3, [TRC_BIN_LOR] = 2,
	};

	switch (n->kind) {
	case R_UN:	return 13;
	case R_BIN:	return bin[n->op];
	case R_TERN:	return 1;
	case R_STRCMP:
		return n->op == TRC_BIN_EQ || n->op == TRC_BIN_NE ? 8 : 9;
	default:	return 14;
	}
}

/* Print @n; @lits: builtins as literals with the mock's values. */
static int rprint(const struct rnode *n, char *b, bool lits)
{
	static const char *const leaves[] = { "arg0", "arg1", "arg2",
					      "timestamp" };
	int len = 0, p = rprec(n);
	u64 v;

#define SUB(x, paren)							\
	do {								\
		if (paren)						\
			b[len++] = '(';					\
		len += rprint(x, b + len, lits);			\
		if (paren)						\
			b[len++] = ')';					\
	} while (0)

	switch (n->kind) {
	case R_LEAF:
		if (n->leaf == 4)
			return sprintf(b, "%" PRIu64, n->lit);
		if (!lits)
			return sprintf(b, "%s", leaves[n->leaf]);
		v = env_mock.ints[n->leaf == 3 ? TR_BI_TIMESTAMP :
				  TR_BI_ARG0 + n->leaf];
		if (n->leaf == 3)
			return sprintf(b, "%" PRIu64 "UL", v);
		if ((s64)v == INT64_MIN)
			return sprintf(b, "(-9223372036854775807L - 1)");
		if ((s64)v < 0)
			return sprintf(b, "(-%" PRIu64 "L)", 0 - v);
		return sprintf(b, "%" PRIu64 "L", v);
	case R_UN:
		len = sprintf(b, "%s ", trc_unop_names[n->op]);
		SUB(n->l, rprec(n->l) < p);
		break;
	case R_BIN:
		SUB(n->l, rprec(n->l) < p);
		len += sprintf(b + len, " %s ", trc_binop_names[n->op]);
		SUB(n->r, rprec(n->r) <= p);
		break;
	case R_TERN:
		SUB(n->c, rprec(n->c) <= p);
		len += sprintf(b + len, " ? ");
		SUB(n->l, false);
		len += sprintf(b + len, " : ");
		SUB(n->r, false);
		break;
	case R_STRCMP:
		len = sprintf(b, "%s %s %s", rstrs[n->sl],
			      trc_binop_names[n->op], rstrs[n->sr]);
		break;
	}
#undef SUB
	b[len] = '\0';
	return len;
}

static const char *rstr(int i)
{
	static const char *const vals[] = { NULL, NULL, "bash", "vfs", "" };

	if (i == 0)
		return env_mock.execname;
	if (i == 1)
		return env_mock.probefunc;
	return vals[i];
}

/* The reference: value of @n; *uns says whether its type is unsigned. */
static u64 reval(const struct rnode *n, bool *uns)
{
	bool lu, ru;
	u64 a, b, v;
	int c;

	switch (n->kind) {
	case R_LEAF:
		*uns = n->leaf == 3;
		if (n->leaf == 4)
			return n->lit;
		return env_mock.ints[n->leaf == 3 ? TR_BI_TIMESTAMP :
				     TR_BI_ARG0 + n->leaf];
	case R_UN:
		a = reval(n->l, &lu);
		*uns = n->op == TRC_UN_LNOT ? false : lu;
		switch (n->op) {
		case TRC_UN_NEG:	return 0 - a;
		case TRC_UN_BNOT:	return ~a;
		case TRC_UN_LNOT:	return !a;
		default:		return a;
		}
	case R_TERN:
		a = reval(n->c, &lu);
		v = a ? reval(n->l, uns) : reval(n->r, uns);
		(void)(a ? reval(n->r, &ru) : reval(n->l, &ru));
		*uns = *uns || ru;
		return v;
	case R_STRCMP:
		c = strcmp(rstr(n->sl), rstr(n->sr));
		*uns = false;
		switch (n->op) {
		case TRC_BIN_LT: return c < 0;
		case TRC_BIN_LE: return c <= 0;
		case TRC_BIN_GT: return c > 0;
		case TRC_BIN_GE: return c >= 0;
		case TRC_BIN_EQ: return c == 0;
		default:	 return c != 0;
		}
	}
	/* R_BIN; && and || short-circuit, but nothing here can fault */
	a = reval(n->l, &lu);
	b = reval(n->r, &ru);
	switch (n->op) {
	case TRC_BIN_SHL: case TRC_BIN_SHR:
		*uns = lu;
		break;
	case TRC_BIN_LT: case TRC_BIN_LE: case TRC_BIN_GT: case TRC_BIN_GE:
	case TRC_BIN_EQ: case TRC_BIN_NE: case TRC_BIN_LAND: case TRC_BIN_LOR:
	case TRC_BIN_LXOR:
		*uns = false;
		break;
	default:
		*uns = lu || ru;
	}
	switch (n->op) {
	case TRC_BIN_MUL:  return a * b;
	case TRC_BIN_DIV:  return lu || ru ? a / b : (u64)vdiv(a, b);
	case TRC_BIN_MOD:  return lu || ru ? a % b : (u64)vmod(a, b);
	case TRC_BIN_ADD:  return a + b;
	case TRC_BIN_SUB:  return a - b;
	case TRC_BIN_SHL:  return a << (b & 63);
	case TRC_BIN_SHR:  return lu ? a >> (b & 63) : (u64)((s64)a >> (b & 63));
	case TRC_BIN_LT:   return lu || ru ? a < b : (s64)a < (s64)b;
	case TRC_BIN_LE:   return lu || ru ? a <= b : (s64)a <= (s64)b;
	case TRC_BIN_GT:   return lu || ru ? a > b : (s64)a > (s64)b;
	case TRC_BIN_GE:   return lu || ru ? a >= b : (s64)a >= (s64)b;
	case TRC_BIN_EQ:   return a == b;
	case TRC_BIN_NE:   return a != b;
	case TRC_BIN_BAND: return a & b;
	case TRC_BIN_BXOR: return a ^ b;
	case TRC_BIN_BOR:  return a | b;
	case TRC_BIN_LAND: return a && b;
	case TRC_BIN_LXOR: return !a != !b;
	default:	   return a || b;
	}
}

static void test_random(int count)
{
	static const s64 vals[] = { 0, 1, -1, 2, 7, -13, 64, 1000,
				    0x7fffffff, -0x80000000ll, INT64_MAX,
				    INT64_MIN, 0x123456789 };
	static const char *const names[] = { "bash", "vfs_read", "b", "" };
	char expr[8192], lit[8192];
	int i, j, bad = 0;
	enum tr_fault f;
	struct rnode *n;
	u64 want, got;
	bool uns;

	for (i = 0; i < count && bad < 10; i++) {
		env_reset();
		for (j = 0; j < 3; j++)
			env_mock.ints[TR_BI_ARG0 + j] = vals[rnd(ARRAY_SIZE(vals))];
		env_mock.ints[TR_BI_TIMESTAMP] = vals[rnd(ARRAY_SIZE(vals))];
		strcpy(env_mock.execname, names[rnd(ARRAY_SIZE(names))]);
		n = rgen(1 + rnd(5));
		rprint(n, expr, false);
		rprint(n, lit, true);
		want = reval(n, &uns);
		rfree(n);

		got = ~want;
		if (!eval(expr, &got, &f) || f || got != want) {
			bad++;
			CHECK(false, "random %d: %s: got %" PRId64 " (fault %d), want %" PRId64,
			      i, expr, (s64)got, f, (s64)want);
		} else {
			CHECK(true, "random");
		}
		got = ~want;
		if (!eval(lit, &got, &f) || f || got != want) {
			bad++;
			CHECK(false, "random %d folded: %s: got %" PRId64 ", want %" PRId64,
			      i, lit, (s64)got, (s64)want);
		} else {
			CHECK(true, "random folded");
		}
	}
}

/* ---- variables (vars) -------------------------------------------------- */

/* Run BEGIN { x = arg0; x OP= arg1; printf("%d", x); } and friends. */
static bool run_int(const char *src, u64 *out)
{
	if (!load(src) || fire(0) || nrecs != 1)
		return false;
	*out = rec_int(&recs[0], 0);
	return true;
}

/* x OP y as the VM computes it, OP the o-th of test_vars()'s ops */
static u64 vop(u32 o, s64 a, s64 b)
{
	switch (o) {
	case 0: return U(a) + U(b);
	case 1: return U(a) - U(b);
	case 2: return U(a) * U(b);
	case 3: return U(vdiv(a, b));
	case 4: return U(vmod(a, b));
	case 5: return U(a) & U(b);
	case 6: return U(a) | U(b);
	case 7: return U(a) ^ U(b);
	case 8: return U(a) << (b & 63);
	default: return U(a >> (b & 63));
	}
}

static void test_vars(void)
{
	static const s64 vals[] = { 0, 1, -1, 7, -7, 63, 64, 200, 300,
				    INT64_MAX, INT64_MIN, 0x123456789LL };
	static const char *const ops[] = { "+", "-", "*", "/", "%", "&",
					   "|", "^", "<<", ">>" };
	char src[512];
	u64 got, want;
	s64 a, b;
	u32 i, j, o;

	env_reset();
	for (o = 0; o < ARRAY_SIZE(ops); o++) {
		for (i = 0; i < ARRAY_SIZE(vals); i++) {
			for (j = 0; j < ARRAY_SIZE(vals); j++) {
				a = vals[i], b = vals[j];
				if (!b && (o == 3 || o == 4))
					continue;
				want = vop(o, a, b);
				env_mock.ints[TR_BI_ARG0] = a;
				env_mock.ints[TR_BI_ARG1] = b;
				snprintf(src, sizeof(src),
					 "BEGIN { x = arg0; x %s= arg1; printf(\"%%d\", x); }",
					 ops[o]);
				got = ~want;
				CHECK(run_int(src, &got) && got == want,
				      "%s with %lld, %lld: got %lld, want %lld",
				      src, (long long)a, (long long)b,
				      (long long)got, (long long)want);
				/* the same on an array element and a char */
				snprintf(src, sizeof(src),
					 "BEGIN { a[arg1] = arg0; a[arg1] %s= arg1; c = (char)arg0; c %s= arg1; printf(\"%%d\", a[arg1] * 1000 + c); }",
					 ops[o], ops[o]);
				want = want * 1000 +
				       (u64)(s64)(s8)vop(o, (s8)a, b);
				CHECK(run_int(src, &got) && got == want,
				      "%s with %lld, %lld: got %lld, want %lld",
				      src, (long long)a, (long long)b,
				      (long long)got, (long long)want);
			}
		}
	}

	/* ++ and -- on every kind of variable, in one firing and across */
	env_reset();
	CHECK(run_int("BEGIN { self->a++; this->b--; c[1]++; d++; printf(\"%d\", self->a * 1000 + this->b * 100 + c[1] * 10 + d); }",
		      &got) && got == 1000 - 100 + 10 + 1,
	      "++ and -- on every kind of variable: %lld", (long long)got);
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 1 &&
	      rec_int(&recs[0], 0) == 2000 - 100 + 20 + 2,
	      "this-> restarts, the others go on: %lld",
	      (long long)rec_int(&recs[0], 0));
	CHECK(tr_dynvar_used(vm.dyn) == 2, "two dynamic entries");

	/* assigning 0 frees; a full space drops and counts */
	CHECK(load("#pragma D option dynvarsize=160\nBEGIN { a[arg0] = 1; self->x = arg0; self->x = 0; }"),
	      "small dynvarsize compiles");
	for (i = 0; i < 20; i++) {
		env_mock.ints[TR_BI_ARG0] = i + 1;
		CHECK(fire(0) == TR_FAULT_NONE, "fire %u", i);
	}
	/* a[] fills the space; self->x is made and freed while it fits */
	CHECK(tr_dynvar_used(vm.dyn) == tr_dynvar_capacity(vm.dyn) &&
	      vm.stats->dyn_drops == 2 * 20 - 2 * tr_dynvar_capacity(vm.dyn)
	      + 1,
	      "drops %llu with capacity %u",
	      (unsigned long long)vm.stats->dyn_drops,
	      tr_dynvar_capacity(vm.dyn));
	unload();
}

/*
 * self-> variables a predicate reads are held in a register for the
 * clause (compiler/codegen.c): every read, store and deletion after must
 * see what a lookup of its own would.
 */
static void test_held_vars(void)
{
	char src[512], plain[1024];
	u64 got = 0, want = 0;
	int depth, i, n;
	bool ok;

	env_reset();
	CHECK(run_int("BEGIN /self->x == 0/ { self->x = 5; printf(\"%d\", self->x); }",
		      &got) && got == 5,
	      "created in the clause, then read: %lld", (long long)got);
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 0,
	      "the next firing sees the entry");
	CHECK(run_int("BEGIN { self->x = 7; } BEGIN /self->x/ { self->x = 0; printf(\"%d\", self->x + 10); }",
		      &got) && got == 10 && tr_dynvar_used(vm.dyn) == 0,
	      "deleted, then read: %lld", (long long)got);
	CHECK(run_int("BEGIN { self->x = 7; } BEGIN /self->x/ { self->x = 0; self->x = 3; self->x += 1; printf(\"%d\", self->x); }",
		      &got) && got == 4 && tr_dynvar_used(vm.dyn) == 1,
	      "deleted, created again, updated: %lld", (long long)got);
	CHECK(run_int("BEGIN { self->x = 2; self->y = 3; } BEGIN /self->x && self->y/ { self->x = arg0 ? 0 : self->x; self->y = 0; printf(\"%d\", self->x * 10 + self->y); }",
		      &got) && got == 20,
	      "two held, a conditional store: %lld", (long long)got);
	env_mock.ints[TR_BI_ARG0] = 1;
	CHECK(run_int("BEGIN { self->x = 2; self->y = 3; } BEGIN /self->x && self->y/ { self->x = arg0 ? 0 : self->x; self->y = 0; printf(\"%d\", self->x * 10 + self->y); }",
		      &got) && got == 0 && tr_dynvar_used(vm.dyn) == 0,
	      "two held, a conditional deletion: %lld", (long long)got);

	/* an expression that needs every register: compiled holding none */
	env_mock.ints[TR_BI_ARG0] = 3;
	for (depth = 10; depth <= 16; depth++) {
		for (i = n = 0; i < depth; i++)
			n += sprintf(src + n, "arg0 + (");
		n += sprintf(src + n, "arg0");
		for (i = 0; i < depth; i++)
			n += sprintf(src + n, ")");
		snprintf(plain, sizeof(plain),
			 "BEGIN { printf(\"%%d\", %s); }", src);
		ok = run_int(plain, &want);
		snprintf(plain, sizeof(plain),
			 "BEGIN /self->x == 0/ { printf(\"%%d\", %s); self->x = 0; }",
			 src);
		CHECK(run_int(plain, &got) == ok && (!ok || got == want),
		      "depth %d: as without self->x (%d, %lld)", depth, ok,
		      (long long)got);
	}
	unload();
}

/*
 * self-> integers are read and stored whole (TLLD, TLST), held or not:
 * storing any value that is 0 deletes the entry, a full space drops the
 * store and the variable reads 0 after, the value of an assignment is
 * the value assigned.
 */
static void test_self_ints(void)
{
	u64 got = 0;
	int held;

	env_reset();
	for (held = 0; held < 2; held++) {
		const char *pred = held ? "/self->x == 0/" : "";
		char src[512];

		snprintf(src, sizeof(src),
			 "BEGIN %s { self->x = 5; self->x = arg0; printf(\"%%d\", self->x + 10); }",
			 pred);
		CHECK(run_int(src, &got) && got == 10 &&
		      tr_dynvar_used(vm.dyn) == 0,
		      "%s: a computed 0 deletes: %lld, %u used", src,
		      (long long)got, tr_dynvar_used(vm.dyn));
		snprintf(src, sizeof(src),
			 "BEGIN %s { self->x++; self->x += 5; y = self->x++; printf(\"%%d\", y * 100 + self->x); }",
			 pred);
		CHECK(run_int(src, &got) && got == 607,
		      "%s: ++ and +=: %lld", src, (long long)got);
		CHECK(fire(0) == TR_FAULT_NONE && nrecs == (held ? 0 : 1),
		      "%s: again", src);
		if (!held)
			CHECK(rec_int(&recs[0], 0) == 1314,
			      "%s: the entry goes on: %lld", src,
			      (long long)rec_int(&recs[0], 0));
		snprintf(src, sizeof(src),
			 "BEGIN %s { self->x = -1; y = self->x; self->x = (char)y; printf(\"%%d\", (self->x == -1) * 10 + (y == -1)); }",
			 pred);
		CHECK(run_int(src, &got) && got == 11,
		      "%s: all 64 bits, and a conversion: %lld", src,
		      (long long)got);
	}

	/* held, assigned, then read */
	CHECK(run_int("BEGIN { self->x = 1; } BEGIN /self->x/ { self->x = arg1 + 10; printf(\"%d\", self->x * 10 + (self->x > 5)); }",
		      &got) && got == 101,
	      "held, assigned then read: %lld", (long long)got);
	/* held, deleted by a computed 0, then assigned again */
	CHECK(run_int("BEGIN { self->x = 7; } BEGIN /self->x/ { y = self->x; self->x = arg0; z = self->x; self->x = y + 1; printf(\"%d\", y * 100 + z * 10 + self->x); }",
		      &got) && got == 708 && tr_dynvar_used(vm.dyn) == 1,
	      "held, deleted, assigned again: %lld", (long long)got);
	CHECK(run_int("BEGIN { self->x = 7; } BEGIN /self->x/ { self->x = 0; z = self->x; self->x = self->x + 3; printf(\"%d\", z * 10 + self->x); }",
		      &got) && got == 3 && tr_dynvar_used(vm.dyn) == 1,
	      "held, deleted by a literal, assigned again: %lld",
	      (long long)got);
	/* the left operand is read before the right one assigns it */
	CHECK(run_int("BEGIN { self->x = 7; } BEGIN /self->x/ { y = self->x - (self->x = 4); z = self->x < (self->x = 10); printf(\"%d\", y * 100 + z * 10 + (self->x == 10)); }",
		      &got) && got == 311,
	      "held, read, then assigned by the other operand: %lld",
	      (long long)got);
	/* beside a held string, which holds its entry's VA */
	CHECK(run_int("self string s; BEGIN { self->s = \"ab\"; self->x = 2; } BEGIN /self->s != NULL && self->x/ { self->s = strjoin(self->s, \"c\"); self->x = self->x * 3; printf(\"%d\", strlen(self->s) * 10 + self->x); }",
		      &got) && got == 36,
	      "a held string and a held integer: %lld", (long long)got);

	/* a full space: the store is dropped, the variable reads 0 */
	CHECK(load("#pragma D option dynvarsize=160\nBEGIN { a[1] = 1; a[2] = 2; a[3] = 3; a[4] = 4; a[5] = 5; } BEGIN /self->x == 0/ { z = (self->x = arg1 + 5); printf(\"%d\", z * 100 + self->x * 10 + (self->x == 0)); } BEGIN { self->y = 3; printf(\"%d\", self->y); }"),
	      "full space program compiles");
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 2 &&
	      tr_dynvar_used(vm.dyn) == tr_dynvar_capacity(vm.dyn) &&
	      vm.stats->dyn_drops == 2,
	      "the space is full: %u of %u, %llu drops",
	      tr_dynvar_used(vm.dyn), tr_dynvar_capacity(vm.dyn),
	      (unsigned long long)vm.stats->dyn_drops);
	CHECK(nrecs == 2 && rec_int(&recs[0], 0) == 501 &&
	      rec_int(&recs[1], 0) == 0,
	      "a dropped store: the assignment's value, then 0: %lld, %lld",
	      (long long)rec_int(&recs[0], 0),
	      (long long)rec_int(&recs[1], 0));
	unload();
}

/*
 * NULL strings: where DTrace's subroutines return NULL and an absent
 * dynamic variable reads NULL, a comparison reads "", a copy (a record, a
 * key) faults at address 0 and ends the clause, storing NULL in a dynamic
 * variable deletes it, and a global holds it.
 */
static void test_null_strings(void)
{
	u64 got = 0;

	env_reset();
	CHECK(load("BEGIN { trace(1); printf(\"%s\", strstr(\"abc\", \"x\")); trace(2); } BEGIN { trace(3); }") &&
	      fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0 &&
	      nrecs == 1 && rec_int(&recs[0], 0) == 3,
	      "printing strstr()'s NULL faults at 0, the clause leaves no record, the next one runs");
	CHECK(load("self string s; BEGIN { trace(self->s); }") &&
	      fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0 && !nrecs,
	      "tracing an absent self-> string faults at 0");
	CHECK(load("BEGIN { x = strchr(\"abc\", 'z'); y = x; trace(1); }") &&
	      fire(0) == TR_FAULT_NONE && nrecs == 1,
	      "a global holds NULL, and a copy of it too");
	CHECK(load("BEGIN { x = strchr(\"abc\", 'z'); y = x; printf(\"%s\", y); }") &&
	      fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0 && !nrecs,
	      "printing a global that holds NULL faults at 0");
	CHECK(run_int("string x; BEGIN { n = strlen(x); x = strchr(\"abc\", 'z'); x = \"bc\"; printf(\"%d\", n * 10 + strlen(x)); }",
		      &got) && got == 2,
	      "a global string is \"\" until assigned, a string after NULL: %llu",
	      (unsigned long long)got);
	CHECK(load("string a[int]; BEGIN { @[a[1]] = count(); }") &&
	      fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0,
	      "an absent string as a key faults at 0");
	CHECK(run_int("string a[int]; self string s; BEGIN { printf(\"%d\", (a[1] == NULL) * 1000 + (self->s == \"\") * 100 + (strrchr(\"abc\", 'z') < \"a\") * 10 + (strtok(\"a\", \"a\") != NULL)); }",
		      &got) && got == 1110,
	      "NULL compares as \"\": %llu", (unsigned long long)got);
	CHECK(run_int("BEGIN { self->s = \"x\"; a[1] = \"y\"; self->s = strstr(\"abc\", \"z\"); a[1] = self->s; printf(\"%d\", (self->s == NULL) + (a[1] == NULL)); }",
		      &got) && got == 2 && tr_dynvar_used(vm.dyn) == 0,
	      "storing NULL deletes a dynamic variable: %llu, %u used",
	      (unsigned long long)got, tr_dynvar_used(vm.dyn));
	CHECK(run_int("BEGIN { self->s = strstr(\"abc\", \"b\"); printf(\"%d\", strlen(self->s)); }",
		      &got) && got == 2 && tr_dynvar_used(vm.dyn) == 1,
	      "a found string is stored: %llu", (unsigned long long)got);
	unload();
}

/* ---- kernel data (btf) ------------------------------------------------ */

/*
 * Member chains, bitfields, arrays, & and stringof() over fake kernel
 * memory (env_mock's ranges), typed by synth_btf.c's struct outer at
 * ENV_MOCK_KBASE: every load is the LDK codegen emits, every value the
 * one C would read; the same bytes as user memory at ENV_MOCK_UBASE,
 * through copyin() and LDX.
 */
static u8 kobj[256];

static void kput(u32 off, u64 v, u32 size)
{
	memcpy(kobj + off, &v, size);	/* little-endian, as x86 */
}

static void test_kdata(void)
{
	static const struct env_mock_mem mem[] = {
		{ ENV_MOCK_KBASE, sizeof(kobj), false, kobj },
		{ ENV_MOCK_UBASE, sizeof(kobj), true, kobj },
	};
	static const s64 want[] = { -5, 5, -3, 200, 77, 2, -2, -1, 1, 1,
				    42, 200, 72 };
	const u64 k = ENV_MOCK_KBASE;
	u32 i;

	memset(kobj, 0, sizeof(kobj));
	kput(0, (u32)-5, 4);			/* in.a */
	memcpy(kobj + 4, "abcdefgh", 8);	/* in.name, no NUL */
	kput(12, 5 | (u32)(-3 & 31) << 3, 1);	/* in.flags, in.sflag */
	kput(13, 200, 1);			/* in.uc */
	kput(16, k + 80, 8);			/* pin */
	kput(24, 0x100000002ull, 8);		/* u1, and u2 = 2 */
	kput(32, k + 112, 8);			/* str */
	kput(40, 1, 2), kput(42, (u16)-2, 2);	/* arr */
	kput(44, 3, 2), kput(46, (u16)-4, 2);
	kput(48, 4, 4);				/* c = BLUE */
	kput(64, 0, 8);				/* next */
	kput(80, 77, 4);			/* pin->a */
	memcpy(kobj + 112, "hello", 6);
	env_mock_mem_set(mem, ARRAY_SIZE(mem));
	env_reset();
	env_mock.ints[TR_BI_ARG0] = k;

	CHECK(load("BEGIN { this->o = (struct outer *)arg0; printf(\"%d %d %d %d %d %d %d %d %d %d %d %d %d\", this->o->in.a, this->o->in.flags, this->o->in.sflag, this->o->in.uc, this->o->pin->a, this->o->u2, this->o->arr[1], this->o->arr[3] + this->o->arr[2], this->o->c == BLUE, this->o->next == 0, (long)&this->o->arr[1] - arg0, ((unsigned char *)&this->o->in)[13], sizeof(*this->o)); }") &&
	      fire(0) == TR_FAULT_NONE && nrecs == 1,
	      "member chains run: fault at pc %u, address %llx",
	      vm.fault_pc, (unsigned long long)vm.fault_addr);
	for (i = 0; nrecs == 1 && i < ARRAY_SIZE(want); i++)
		CHECK((s64)rec_int(&recs[0], i) == want[i],
		      "kernel value %u: got %lld, want %lld", i,
		      (long long)rec_int(&recs[0], i), (long long)want[i]);
	CHECK(load("BEGIN { this->o = (struct outer *)arg0; printf(\"%s %s\", this->o->in.name, this->o->str); }") &&
	      fire(0) == TR_FAULT_NONE && nrecs == 1 &&
	      !strcmp(rec_str(&recs[0], 0), "abcdefgh") &&
	      !strcmp(rec_str(&recs[0], 1), "hello"),
	      "char array (its 8 bytes) and char * as strings");

	/* copyin()'s bytes, cast to a kernel type, are read from the VM */
	env_mock.ints[TR_BI_ARG1] = ENV_MOCK_UBASE;
	CHECK(load("BEGIN { printf(\"%d %d\", ((struct outer *)copyin(arg1, sizeof(struct outer)))->in.a, ((struct outer *)copyin(arg1, 72))->arr[3]); }") &&
	      fire(0) == TR_FAULT_NONE && nrecs == 1 &&
	      (s64)rec_int(&recs[0], 0) == -5 &&
	      (s64)rec_int(&recs[0], 1) == -4,
	      "copyin()'s struct outer");

	/* a NULL pointer faults, at address 0 */
	CHECK(load("BEGIN { trace(((struct outer *)arg0)->next->in.a); }") &&
	      fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0,
	      "NULL->in.a is a bad address 0");
	env_mock_mem_default();
	unload();
}

/* ---- kmem: stringof(), copyinstr(), copyin() -------------------------- */

#define KADDR	0xffffffff83000000ull
#define UADDR	0x601000ull

static void test_kmem(void)
{
	static const u8 kmem[] = "kernel string";
	static const u8 umem[] = "/etc/passwd";
	const struct env_mock_mem ranges[] = {
		{ KADDR, sizeof(kmem), false, kmem },
		{ UADDR, sizeof(umem), true, umem },
	};
	u64 va;

	env_reset();
	env_mock_mem_set(ranges, ARRAY_SIZE(ranges));
	env_mock.ints[TR_BI_ARG0] = KADDR;
	env_mock.ints[TR_BI_ARG1] = UADDR;
	CHECK(load("BEGIN { printf(\"%s|%s|%s|%s\", stringof(arg0), "
		   "copyinstr(arg1), copyinstr(arg1, 4), "
		   "stringof(arg0 + 7)); }"), "kmem compiles");
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 1 &&
	      !strcmp(rec_str(&recs[0], 0), "kernel string") &&
	      !strcmp(rec_str(&recs[0], 1), "/etc/passwd") &&
	      !strcmp(rec_str(&recs[0], 2), "/etc") &&
	      !strcmp(rec_str(&recs[0], 3), "string"),
	      "stringof() and copyinstr() read the mock's memory");
	CHECK(load("#pragma D option strsize=8\n"
		   "BEGIN { trace(copyinstr(arg1)); trace(copyinstr(arg1, 99)); }"),
	      "copyinstr with strsize compiles");
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 2 &&
	      !strcmp(rec_str(&recs[0], 0), "/etc/pa") &&
	      !strcmp(rec_str(&recs[1], 0), "/etc/pa"),
	      "copyinstr() keeps strsize - 1 bytes");

	CHECK(load("BEGIN { trace(copyinstr(arg0)); }"), "compiles");
	CHECK(fire(0) == TR_FAULT_BADADDR && vm.fault_addr == KADDR,
	      "copyinstr() of a kernel address faults");
	CHECK(load("BEGIN { trace(stringof(arg2)); }"), "compiles");
	CHECK(fire(0) == TR_FAULT_BADADDR && vm.fault_addr == 0,
	      "stringof(NULL) faults");

	CHECK(load("BEGIN { trace(copyin(arg1 + 5, 6)); }"), "copyin compiles");
	CHECK(fire(0) == TR_FAULT_NONE && nrecs == 1, "copyin runs");
	va = rec_int(&recs[0], 0);
	CHECK(TR_VA_REGION(va) == TR_VA_SCRATCH &&
	      TR_VA_OFF(va) + 6 <= prog.hdr->scratch_size &&
	      !memcmp(vm.scratch + TR_VA_OFF(va), "passwd", 6),
	      "copyin() returns the scratch address of the bytes");
	env_mock.ints[TR_BI_ARG2] = 257;
	CHECK(load("BEGIN { trace(copyin(arg1, arg2)); }"), "compiles");
	CHECK(fire(0) == TR_FAULT_ILLOP,
	      "copyin() of more than strsize bytes of a variable size");
	env_mock_mem_default();
}

/* trc_semantics [N]: N random expressions (default 1500) */
int main(int argc, char **argv)
{
	if (synth_btf_use("build/tests/btf"))
		return 2;
	test_arith();
	test_unsigned();
	test_literals();
	test_short_circuit();
	test_strings();
	test_null_strings();
	test_predicates();
	test_pretests();
	test_records();
	test_aggs();
	test_registers();
	test_options();
	test_vars();
	test_held_vars();
	test_self_ints();
	test_kmem();
	test_kdata();
	test_random(argc > 1 ? atoi(argv[1]) : 1500);
	unload();
	return check_report("compiler semantics");
}
