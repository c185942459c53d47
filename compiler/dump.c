// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/dump.c - trc_dump(), the text of `tracer -S` and of the golden
 * tests: probes, then each clause's code, then the image's tables.
 *
 *	clause 0 (epid 1): fbt::vfs_read:entry
 *	  ; predicate
 *	  0000: ldbs r1, 16, execname
 *	  ...
 *
 * Instructions are numbered from their clause's first one, which is also
 * the pc that tr_disasm() uses for jump targets and the verifier and fault
 * messages report.  Clauses that share code (one clause, several probes)
 * print it once, under a header naming them all.  "; predicate",
 * "; probe record" (the CPU, ID, FUNCTION:NAME record of the default
 * output) and "; action N" lines mark where the predicate, the probe
 * record and each statement begin (tr_clause_meta.action_of_pc and
 * probe_rec_pc).
 */
#include "tracer/isa.h"
#include "tracer/disasm.h"
#include "compiler.h"

static const char *const trc_kind_names[TR_NPROBE_KINDS] = {
#define TRC_X_NAME(name, meaning) [TR_PROBE_##name] = #name,
	TR_PROBE_KINDS(TRC_X_NAME)
#undef TRC_X_NAME
};

static const char *const trc_agg_dnames[TR_NAGG_FUNCS] = {
#define TRC_X_NAME(name, dname, nvals) [TR_AGG_##name] = dname,
	TR_AGG_FUNCS(TRC_X_NAME)
#undef TRC_X_NAME
};

static void trc_dump_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		switch (*s) {
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		default:
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				fprintf(f, "\\x%02x", (unsigned char)*s);
			else
				fputc(*s, f);
		}
	}
	fputc('"', f);
}

static void trc_dump_fields(FILE *f, const struct tr_field *fl, uint32_t n)
{
	uint32_t i;

	for (i = 0; i < n; i++) {
		if (fl[i].type == TR_VT_STR)
			fprintf(f, "%sstring[%u] @%u", i ? ", " : " ",
				fl[i].size, fl[i].offset);
		else if (fl[i].type == TR_VT_SYM)
			fprintf(f, "%ssym @%u", i ? ", " : " ", fl[i].offset);
		else if (fl[i].type == TR_VT_USYM ||
			 fl[i].type == TR_VT_UADDR || fl[i].type == TR_VT_UMOD)
			fprintf(f, "%s%s @%u", i ? ", " : " ",
				fl[i].type == TR_VT_USYM ? "usym" :
				fl[i].type == TR_VT_UADDR ? "uaddr" : "umod",
				fl[i].offset);
		else if (fl[i].type == TR_VT_STACK)
			fprintf(f, "%sstack[%u] @%u", i ? ", " : " ",
				fl[i].size / 8, fl[i].offset);
		else if (fl[i].type == TR_VT_USTACK)
			fprintf(f, "%sustack[%u] @%u", i ? ", " : " ",
				fl[i].size / 8 - 1, fl[i].offset);
		else
			fprintf(f, "%s%sint%u @%u", i ? ", " : " ",
				fl[i].is_signed ? "" : "u", fl[i].size * 8,
				fl[i].offset);
	}
}

static const void *trc_sect(const struct tr_program *p, enum tr_section s)
{
	const struct tr_image_hdr *h = p->image;

	return (const uint8_t *)p->image + h->sect[s].off;
}

static bool trc_same_code(const struct tr_image_clause *a,
			  const struct tr_image_clause *b)
{
	return a->insn_first == b->insn_first &&
	       a->insn_count == b->insn_count;
}

/* " and N more probes" when other probes share clause entry @j's range. */
static void trc_dump_sharers(const struct tr_program *p, uint32_t j, FILE *f)
{
	const struct tr_image_probe *ip = trc_sect(p, TR_SECT_PROBES);
	uint32_t i, n = 0;

	for (i = 0; i < p->nprobes; i++)
		n += j >= ip[i].clause_first &&
		     j - ip[i].clause_first < ip[i].clause_count;
	if (n > 1)
		fprintf(f, " and %u more probe%s", n - 1, n > 2 ? "s" : "");
}

/* The "; ..." line before @pc of clause @cm, or NULL. */
static const char *trc_dump_label(const struct tr_clause_meta *cm, u32 pc,
				  u32 count, u32 prev, char *buf, size_t len)
{
	u32 action = cm->action_of_pc[pc];

	if (pc + 1 >= count)
		return NULL;		/* the final ret */
	if (action) {
		if (action == prev)
			return NULL;
		snprintf(buf, len, "action %u", action);
		return buf;
	}
	if (pc == cm->probe_rec_pc)
		return "probe record";
	return pc == 0 ? "predicate" : NULL;
}

static void trc_dump_clauses(const struct tr_program *p, FILE *f)
{
	const struct tr_image_clause *ic = trc_sect(p, TR_SECT_CLAUSES);
	const uint64_t *insns = trc_sect(p, TR_SECT_INSNS);
	uint32_t i, j, pc, prev;
	const char *sep, *label;
	char text[96], buf[32];

	for (i = 0; i < p->nclauses; i++) {
		for (j = 0; j < i && !trc_same_code(&ic[j], &ic[i]); j++)
			;
		if (j < i)
			continue;	/* printed with clause j */
		sep = "";
		for (j = i; j < p->nclauses; j++) {
			if (!trc_same_code(&ic[j], &ic[i]))
				continue;
			fprintf(f, "%sclause %u (epid %u): %s", sep, j,
				p->clauses[j].epid,
				p->probes[p->clauses[j].probe].desc);
			trc_dump_sharers(p, j, f);
			sep = ", ";
		}
		fputc('\n', f);
		prev = ~0u;
		for (pc = 0; pc < ic[i].insn_count; pc++) {
			label = trc_dump_label(&p->clauses[i], pc,
					       ic[i].insn_count, prev, buf,
					       sizeof(buf));
			if (label)
				fprintf(f, "  ; %s\n", label);
			prev = p->clauses[i].action_of_pc[pc];
			tr_disasm(insns[ic[i].insn_first + pc], pc, text,
				  sizeof(text));
			fprintf(f, "  %04u: %s\n", pc, text);
		}
	}
}

/* aggs: printa, clear, trunc, normalize and denormalize records */
static void trc_dump_aggaction(FILE *f, const struct tr_program *p,
			       const struct tr_rec_meta *r)
{
	static const char *const names[] = {
		[TR_RK_PRINTA] = "printa", [TR_RK_CLEAR] = "clear",
		[TR_RK_TRUNC] = "trunc", [TR_RK_NORMALIZE] = "normalize",
		[TR_RK_DENORMALIZE] = "denormalize",
	};
	uint32_t i;

	fprintf(f, "%s", (unsigned int)r->kind < ARRAY_SIZE(names) &&
		names[r->kind] ? names[r->kind] : "?");
	if (r->fmt) {
		fputc(' ', f);
		trc_dump_str(f, r->fmt);
	}
	for (i = 0; i < r->naggs; i++)
		fprintf(f, "%s @%s", i ? "," : "",
			r->aggs[i] < p->naggs ? p->aggs[r->aggs[i]].name : "?");
}

/* vars: the dynamic variables and the variable regions, when there are. */
static void trc_dump_vars(const struct tr_program *p, FILE *f)
{
	const struct tr_image_hdr *h = p->image;
	const struct tr_image_dvar *dv = trc_sect(p, TR_SECT_DVARS);
	uint32_t i;

	if (h->sect[TR_SECT_DVARS].count)
		fprintf(f, "dynamic variables (%u bytes of space):\n",
			h->dynvar_size);
	for (i = 0; i < h->sect[TR_SECT_DVARS].count; i++)
		fprintf(f, "  dvar#%u: key %u bytes, value %u bytes\n", i,
			dv[i].key_size, dv[i].val_size);
	if (h->globals_size || h->this_size)
		fprintf(f, "globals %u bytes, this-> %u bytes\n",
			h->globals_size, h->this_size);
}

static void trc_dump_tables(const struct tr_program *p, FILE *f)
{
	const struct tr_image_hdr *h = p->image;
	const uint64_t *consts = trc_sect(p, TR_SECT_CONSTS);
	const char *rodata = trc_sect(p, TR_SECT_RODATA);
	uint32_t i, len = h->sect[TR_SECT_RODATA].count;

	if (h->sect[TR_SECT_CONSTS].count)
		fprintf(f, "consts:\n");
	for (i = 0; i < h->sect[TR_SECT_CONSTS].count; i++)
		fprintf(f, "  %u: %#llx\n", i, (unsigned long long)consts[i]);
	fprintf(f, "rodata:\n");
	for (i = 0; i < len; i += strlen(rodata + i) + 1) {
		fprintf(f, "  +%u: ", i);
		trc_dump_str(f, rodata + i);
		fputc('\n', f);
	}
	if (p->naggs)
		fprintf(f, "aggregations:\n");
	for (i = 0; i < p->naggs; i++) {
		const struct tr_image_agg *d = &p->aggs[i].desc;

		fprintf(f, "  agg#%u: @%s = %s(", i, p->aggs[i].name,
			trc_agg_dnames[p->aggs[i].func]);
		if (d->func == TR_AGG_LQUANTIZE)
			fprintf(f, "x, %d, %d, %u", d->base,
				d->base + d->levels * d->step, d->step);
		else if (d->func == TR_AGG_LLQUANTIZE)
			fprintf(f, "x, %u, %u, %u, %u", d->factor, d->low,
				d->high, d->nsteps);
		fputc(')', f);
		if (d->nvals != 1)
			fprintf(f, ", %u values", d->nvals);
		fprintf(f, ", key %u bytes:", p->aggs[i].key_size);
		trc_dump_fields(f, p->aggs[i].keys, p->aggs[i].nkeys);
		fputc('\n', f);
	}
	if (p->nrecs)
		fprintf(f, "records:\n");
	for (i = 0; i < p->nrecs; i++) {
		const struct tr_rec_meta *r = &p->recs[i];

		fprintf(f, "  rec#%u: ", i);
		if (r->kind == TR_RK_PRINTF) {
			fprintf(f, "printf ");
			trc_dump_str(f, r->fmt);
		} else if (r->kind == TR_RK_TRACE) {
			fprintf(f, "trace");
		} else if (r->kind == TR_RK_EXIT) {
			fprintf(f, "exit");
		} else if (r->kind == TR_RK_PROBE) {
			fprintf(f, "probe (CPU, ID, FUNCTION:NAME)");
		} else {
			trc_dump_aggaction(f, p, r);
		}
		if (r->eol)
			fprintf(f, " (ends the line)");
		fprintf(f, ", %u bytes:", r->size);
		trc_dump_fields(f, r->args, r->nargs);
		fputc('\n', f);
	}
	trc_dump_vars(p, f);
	fprintf(f, "scratch %u bytes, %u aggregation entries, %u-byte buffers%s%s\n",
		h->scratch_size, h->agg_entries, h->buf_size,
		p->quiet ? ", quiet" : "", p->flowindent ? ", flowindent" : "");
}

void trc_dump(const struct tr_program *p, FILE *f)
{
	const struct tr_image_probe *ip = trc_sect(p, TR_SECT_PROBES);
	const char *rodata = trc_sect(p, TR_SECT_RODATA);
	uint32_t i;

	for (i = 0; i < p->nprobes; i++) {
		fprintf(f, "probe %u: %s (%s", i, p->probes[i].desc,
			trc_kind_names[ip[i].kind]);
		if (ip[i].kind == TR_PROBE_KPROBE ||
		    ip[i].kind == TR_PROBE_KRETPROBE)
			fprintf(f, " %s", rodata + ip[i].func);
		if (ip[i].kind == TR_PROBE_TICK ||
		    ip[i].kind == TR_PROBE_PROFILE)
			fprintf(f, " every %llu ns",
				(unsigned long long)ip[i].param);
		else if (ip[i].kind == TR_PROBE_TRACEPOINT)
			fprintf(f, " id %llu", (unsigned long long)ip[i].param);
		else if (ip[i].kind == TR_PROBE_SYSCALL_ENTRY ||
			 ip[i].kind == TR_PROBE_SYSCALL_RETURN)
			fprintf(f, " nr %llu", (unsigned long long)ip[i].param);
		if (ip[i].clause_count == 1)
			fprintf(f, "), clause %u\n", ip[i].clause_first);
		else
			fprintf(f, "), clauses %u-%u\n", ip[i].clause_first,
				ip[i].clause_first + ip[i].clause_count - 1);
	}
	trc_dump_clauses(p, f);
	trc_dump_tables(p, f);
}
