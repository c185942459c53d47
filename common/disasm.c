// SPDX-License-Identifier: GPL-2.0
/*
 * common/disasm.c - instruction to text, from the roles in tr_op_table.
 * The same text appears in `tracer -S` and in the verifier's messages.
 *
 *   add r1, r2, r3        ldb r1, pid         jz r1, +4 (-> 9)
 *   movi r2, -7           ldbs r1, 16, execname
 */
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "tracer/disasm.h"

struct tr_textbuf {
	char *buf;
	u32 len, pos;
};

static void tr_put(struct tr_textbuf *t, const char *fmt, long long v)
{
	int n;

	if (t->pos >= t->len)
		return;
	n = snprintf(t->buf + t->pos, t->len - t->pos, fmt, v);
	if (n > 0)
		t->pos += n;
}

static void tr_puts(struct tr_textbuf *t, const char *s)
{
	while (*s && t->pos + 1 < t->len)
		t->buf[t->pos++] = *s++;
	if (t->pos < t->len)
		t->buf[t->pos] = '\0';
}

/* A builtin's name, or its number when there is no such builtin. */
static void tr_put_builtin(struct tr_textbuf *t, u32 id)
{
	if (id < TR_NBUILTINS)
		tr_puts(t, tr_builtin_table[id].name);
	else
		tr_put(t, "builtin#%lld", id);
}

static void tr_put_k(struct tr_textbuf *t, unsigned int role, u64 insn)
{
	u32 k = TR_K(insn);

	switch (role) {
	case TR_K_I:
		tr_put(t, "%lld", TR_KS(insn));
		break;
	case TR_K_BI:
	case TR_K_BS:
		tr_put_builtin(t, k);
		break;
	case TR_K_CONST:
		tr_put(t, "const[%lld]", k);
		break;
	case TR_K_AGG:
		tr_put(t, "agg#%lld", k);
		break;
	case TR_K_REC:
		tr_put(t, "rec#%lld", k);
		break;
	case TR_K_STR:
		tr_put(t, "rodata+%lld", k);
		break;
	case TR_K_SCR:
		tr_put(t, "scratch+%lld", k);
		break;
	case TR_K_HLP:
		if (k < TR_NHELPERS)
			tr_puts(t, tr_helper_table[k].name);
		else
			tr_put(t, "helper#%lld", k);
		break;
	case TR_K_GLB:
		tr_put(t, "globals+%lld", k);
		break;
	case TR_K_DVAR:
	case TR_K_TLV:
	case TR_K_TLI:
		tr_put(t, "dvar#%lld", k);
		break;
	case TR_K_PCTX:
		tr_put(t, "record+%lld", k);
		break;
	}
}

char *tr_disasm(u64 insn, u32 pc, char *buf, u32 len)
{
	struct tr_textbuf t = { buf, len, 0 };
	unsigned int op = TR_OP(insn);
	const struct tr_op_info *oi;
	const char *sep = " ";
	const char *p;

	if (len)
		buf[0] = '\0';
	if (op >= TR_NOPCODES) {
		tr_put(&t, "<bad opcode %lld>", op);
		return buf;
	}
	oi = &tr_op_table[op];
	for (p = oi->name; *p && t.pos + 1 < t.len; p++)
		t.buf[t.pos++] = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;
	if (t.pos < t.len)
		t.buf[t.pos] = '\0';

	if (oi->a != TR_R__) {
		tr_put(&t, " r%lld", TR_A(insn));
		sep = ", ";
	}
	if (oi->b != TR_R__) {
		tr_puts(&t, sep);
		tr_put(&t, "r%lld", TR_B(insn));
		sep = ", ";
	}
	if (oi->c != TR_C__) {
		tr_puts(&t, sep);
		if (oi->c == TR_C_R)
			tr_put(&t, "r%lld", TR_C(insn));
		else if (oi->c == TR_C_J)
			tr_put(&t, "+%lld", TR_C(insn));
		else if (oi->c == TR_C_BS)
			tr_put_builtin(&t, TR_C(insn));
		else
			tr_put(&t, "%lld", TR_C(insn));
		sep = ", ";
	}
	if (oi->k != TR_K__) {
		tr_puts(&t, sep);
		tr_put_k(&t, oi->k, insn);
	}
	if (oi->c == TR_C_J)
		tr_put(&t, " (-> %lld)", (long long)pc + 1 + TR_C(insn));
	return buf;
}
