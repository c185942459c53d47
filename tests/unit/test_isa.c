// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_isa.c - every opcode of TR_OPCODES round-trips through the
 * encoder (TR_INSN), the field accessors and the disassembler, and appears in
 * a program the verifier accepts; the tables derived from the X-macros agree
 * with their enumerations.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "tracer/disasm.h"
#include "tracer/helpers.h"
#include "tracer/prog.h"
#include "check.h"
#include "imgbuild.h"

/* Operands valid for the role, so that a one-instruction program verifies. */
static u64 sample_insn(unsigned int op)
{
	const struct tr_op_info *oi = &tr_op_table[op];
	unsigned int a = oi->a ? 3 : 0, b = oi->b ? 5 : 0, c = 0;
	u32 k = 0;

	switch (oi->c) {
	case TR_C_R: c = 7; break;
	case TR_C_J: c = 0; break;
	case TR_C_SZ: c = 4; break;
	case TR_C_N: c = 16; break;
	case TR_C_HLP: c = 256; break;	/* strlen's strsize bound */
	case TR_C_KEY: c = 1; break;	/* agg#0's 8-byte key in r5 */
	case TR_C_BS: c = TR_BI_EXECNAME; break;
	}
	switch (oi->k) {
	case TR_K_I: k = (u32)-42; break;
	case TR_K_BI: k = TR_BI_PID; break;
	case TR_K_BS: k = TR_BI_EXECNAME; break;
	case TR_K_STR: k = 1; break;
	case TR_K_SCR: k = 8; break;
	default: k = 0; break;	/* const, agg, rec: index 0 exists */
	}
	return TR_INSN(op, a, b, c, k);
}

static void test_roundtrip(unsigned int op)
{
	const struct tr_op_info *oi = &tr_op_table[op];
	u64 insn = sample_insn(op);
	char text[96], lname[32];
	unsigned int i;

	CHECK(TR_OP(insn) == op, "%s: op field", oi->name);
	CHECK(TR_A(insn) == (oi->a ? 3u : 0u), "%s: a field", oi->name);
	CHECK(TR_B(insn) == (oi->b ? 5u : 0u), "%s: b field", oi->name);
	if (oi->k == TR_K_I)
		CHECK(TR_KS(insn) == -42, "%s: k sign-extends", oi->name);

	for (i = 0; oi->name[i] && i + 1 < sizeof(lname); i++)
		lname[i] = tolower((unsigned char)oi->name[i]);
	lname[i] = '\0';
	tr_disasm(insn, 0, text, sizeof(text));
	CHECK(!strncmp(text, lname, strlen(lname)) &&
	      (text[strlen(lname)] == ' ' || !text[strlen(lname)]),
	      "%s: disassembles as '%s'", oi->name, text);
	if (oi->a)
		CHECK(strstr(text, "r3") != NULL, "%s: shows a in '%s'",
		      oi->name, text);
	if (oi->b)
		CHECK(strstr(text, "r5") != NULL, "%s: shows b in '%s'",
		      oi->name, text);
	if (oi->k == TR_K_DVAR || oi->k == TR_K_TLV || oi->k == TR_K_TLI)
		CHECK(strstr(text, "dvar#0") != NULL,
		      "%s: shows the variable in '%s'", oi->name, text);
	CHECK(oi->meaning && oi->meaning[0], "%s: has a meaning", oi->name);
}

/* The opcode, after code that writes every register, verifies. */
static void test_verifies(unsigned int op)
{
	static u64 buf[8192];
	struct imgb b;
	struct tr_prog prog;
	u64 code[TR_NREGS + 2];
	char msg[256];
	u32 n = 0, r, len;

	imgb_init(&b);
	imgb_str(&b, "x");
	b.nconsts = 1;
	imgb_agg(&b, TR_AGG_COUNT, 8);
	imgb_rec(&b, 8);
	imgb_dvar(&b, 8, 8);		/* vars */
	b.globals_size = 8;
	for (r = 0; r < TR_NREGS; r++)
		code[n++] = TR_INSN(TR_OP_MOVI, r, 0, 0, 0);
	code[n++] = sample_insn(op);
	if (op != TR_OP_RET)
		code[n++] = TR_INSN(TR_OP_RET, 0, 0, 0, 0);
	imgb_clause(&b, code, n);
	/* tpsys: a tracepoint probe, which may read its record (PCTX) */
	imgb_probe(&b, TR_PROBE_TRACEPOINT, NULL, 0, 1);
	b.probes[0].param = 1;
	len = imgb_build(&b, buf, sizeof(buf));
	CHECK(tr_verify(buf, len, &prog, msg, sizeof(msg)) == 0,
	      "%s: sample program rejected: %s", tr_op_table[op].name, msg);
}

static void test_tables(void)
{
	unsigned int i, j;

	/* images hold opcode numbers: a new opcode goes at the end */
	CHECK(TR_OP_RET == 0 && TR_OP_TLDEL == 62 && TR_OP_STRCMPBL == 63 &&
	      TR_OP_TLLD == 64 && TR_OP_TLST == 65,
	      "opcode numbers moved: tldel %d, strcmpbl %d, tlld %d, tlst %d",
	      TR_OP_TLDEL, TR_OP_STRCMPBL, TR_OP_TLLD, TR_OP_TLST);

	for (i = 0; i < TR_NOPCODES; i++)
		for (j = i + 1; j < TR_NOPCODES; j++)
			CHECK(strcmp(tr_op_table[i].name, tr_op_table[j].name),
			      "duplicate mnemonic %s", tr_op_table[i].name);
	for (i = 0; i < TR_NBUILTINS; i++) {
		const struct tr_builtin_info *bi = &tr_builtin_table[i];

		CHECK(bi->name && bi->dtype, "builtin %u has names", i);
		CHECK(bi->kind == TR_BUILTIN_STR ? bi->size >= 2 :
		      bi->size == 4 || bi->size == 8,
		      "builtin %s has a sane size", bi->name);
	}
	for (i = 0; i < TR_NHELPERS; i++) {
		const struct tr_helper_info *h = &tr_helper_table[i];

		CHECK(h->name && h->meaning && h->nargs <= TR_NREGS,
		      "helper %u has names and a sane arity", i);
		for (j = i + 1; j < TR_NHELPERS; j++)
			CHECK(strcmp(h->name, tr_helper_table[j].name),
			      "duplicate helper %s", h->name);
	}
}

int main(void)
{
	unsigned int op;

	for (op = 0; op < TR_NOPCODES; op++) {
		test_roundtrip(op);
		test_verifies(op);
	}
	test_tables();
	return check_report("test_isa");
}
