// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/image.c - the last pass: lays out the program image
 * (include/uapi/tracer.h) and builds the struct tr_program around it.
 *
 * Image probes are the probes that run at least one live clause, in order
 * of first appearance.  Each runs a contiguous range of image clause
 * entries, one per clause that names it, in source order; probes that run
 * the same clauses share one range, and a clause named by several probes
 * is compiled once and its entries share the instruction range.  Enabled
 * probe ids number the entries from 1, as DTrace numbers its ECBs (so the
 * probes that share a range share its epids too).
 *
 * Sections follow the header in TR_SECTIONS order, each 8-aligned.
 */
#include <stdlib.h>
#include "trc_impl.h"

static void *trc_pcalloc(struct trc_ctx *ctx, size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (!p)
		trc_oom(ctx);
	return p;
}

static char *trc_pstrdup(struct trc_ctx *ctx, const char *s)
{
	char *p = strdup(s ? s : "");

	if (!p)
		trc_oom(ctx);
	return p;
}

static struct tr_field trc_field(struct trc_type t, u32 off)
{
	struct tr_field f = { .offset = off };

	if (t.kind == TRC_T_STR) {
		f.type = TR_VT_STR;
		f.size = TRC_ALIGN8(t.size);
	} else if (t.kind == TRC_T_STACK || t.kind == TRC_T_USTACK) {
		f.type = t.kind == TRC_T_STACK ? TR_VT_STACK : TR_VT_USTACK;
		f.size = t.size;
	} else if (t.kind == TRC_T_SYM) {
		f.type = TR_VT_SYM;
		f.size = 8;
	} else if (trc_is_usym_kind(t.kind)) {
		f.type = t.kind == TRC_T_USYM ? TR_VT_USYM :
			 t.kind == TRC_T_UADDR ? TR_VT_UADDR : TR_VT_UMOD;
		f.size = 16;
	} else {
		f.type = TR_VT_INT;
		f.is_signed = t.is_signed;
		f.size = t.size;
	}
	return f;
}

/*
 * Each probe's live clauses, in source order: those of probe i are
 * (*@lists)[(*@start)[i] .. (*@start)[i + 1] - 1].
 */
static void trc_image_probe_clauses(struct trc_ctx *ctx, u32 **start,
				    struct trc_clause ***lists)
{
	u32 n = ctx->tc_nprobes, *at, i, total = 0;
	struct trc_clause *cl;

	*start = trc_alloc(ctx, (n + 1) * sizeof(**start));
	at = trc_alloc(ctx, (n + 1) * sizeof(*at));
	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		for (i = 0; i < cl->nprobes && !cl->dead; i++)
			(*start)[cl->probes[i] + 1]++;
	for (i = 0; i < n; i++) {
		total += (*start)[i + 1];
		(*start)[i + 1] = total;
		at[i] = (*start)[i];
	}
	*lists = trc_alloc(ctx, (total + 1) * sizeof(**lists));
	for (cl = ctx->tc_clauses; cl; cl = cl->next)
		for (i = 0; i < cl->nprobes && !cl->dead; i++)
			(*lists)[at[cl->probes[i]]++] = cl;
}

static u32 trc_list_hash(struct trc_clause *const *l, u32 n)
{
	u32 h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (u32)(uintptr_t)l[i]) * 16777619u;
	return h;
}

/*
 * Image clause entries, grouped by live probe; fills the probe table.
 * Probes that run the same clauses share one range of entries, so that
 * fbt:ext4::entry's thousand probes need one entry per clause.
 */
static int trc_image_clauses(struct trc_ctx *ctx, struct tr_program *prog,
			     struct tr_image_clause **out_clauses,
			     struct tr_image_probe **out_probes)
{
	struct tr_image_clause *ic = NULL;
	struct trc_clause **src = NULL, **lists, **l;
	struct tr_image_probe *ip;
	struct trc_probe *pr;
	u32 i, j, k, pc, ic_cap = 0, src_cap = 0, n = 0, np = 0, cnt, h;
	u32 *start, *of, *seen, mask;

	trc_image_probe_clauses(ctx, &start, &lists);
	for (mask = 63; mask < 2 * ctx->tc_nprobes; mask = mask * 2 + 1)
		;
	seen = trc_alloc(ctx, (mask + 1) * sizeof(*seen));
	of = trc_alloc(ctx, (ctx->tc_nprobes + 1) * sizeof(*of));
	ip = trc_alloc(ctx, ctx->tc_nprobes * sizeof(*ip));
	prog->probes = trc_pcalloc(ctx, ctx->tc_nprobes, sizeof(*prog->probes));
	for (i = 0; i < ctx->tc_nprobes; i++) {
		pr = &ctx->tc_probes[i];
		if (!pr->live)
			continue;
		ip[np].kind = pr->kind;
		ip[np].func = pr->func_off;
		ip[np].provider = trc_rodata_add(ctx, pr->provider);
		ip[np].module = trc_rodata_add(ctx, pr->module);
		ip[np].name = trc_rodata_add(ctx, pr->name);
		ip[np].param = pr->param;
		l = lists + start[i];
		cnt = start[i + 1] - start[i];
		/* an earlier probe with the same clauses lends its range */
		for (h = trc_list_hash(l, cnt) & mask; seen[h]; h = (h + 1) & mask) {
			k = seen[h] - 1;
			if (ip[k].clause_count == cnt &&
			    !memcmp(lists + start[of[k]], l, cnt * sizeof(*l)))
				break;
		}
		of[np] = i;
		if (seen[h]) {
			ip[np].clause_first = ip[seen[h] - 1].clause_first;
			ip[np].clause_count = cnt;
		} else {
			seen[h] = np + 1;
			ip[np].clause_first = n;
			ip[np].clause_count = cnt;
			if (n + cnt > TR_MAX_CLAUSES) {
				trc_error(ctx, l[0]->loc,
					  "too many clauses for the probes that run them (at most %u)",
					  TR_MAX_CLAUSES);
				return -EINVAL;
			}
			trc_grow(ctx, &ic, &ic_cap, n + cnt, sizeof(*ic));
			trc_grow(ctx, &src, &src_cap, n + cnt, sizeof(*src));
			for (j = 0; j < cnt; j++, n++) {
				ic[n].insn_first = l[j]->insn_first;
				ic[n].insn_count = l[j]->insn_count;
				src[n] = l[j];
			}
		}
		prog->nprobes = np + 1;
		prog->probes[np].desc = trc_pstrdup(ctx, pr->desc);
		prog->probes[np].provider = trc_pstrdup(ctx, pr->provider);
		prog->probes[np].module = trc_pstrdup(ctx, pr->module);
		prog->probes[np].function = trc_pstrdup(ctx, pr->function);
		prog->probes[np].name = trc_pstrdup(ctx, pr->name);
		np++;
	}

	/* clause metadata: the first probe that runs it, its epid, actions */
	prog->clauses = trc_pcalloc(ctx, n, sizeof(*prog->clauses));
	prog->nclauses = n;
	for (j = np; j-- > 0;) {
		for (i = ip[j].clause_first;
		     i < ip[j].clause_first + ip[j].clause_count; i++)
			prog->clauses[i].probe = j;
	}
	for (i = 0; i < n; i++) {
		struct tr_clause_meta *m = &prog->clauses[i];

		m->epid = i + 1;
		m->probe_rec_pc = src[i]->probe_rec_pc;
		m->action_of_pc = trc_pcalloc(ctx, src[i]->insn_count,
					      sizeof(u32));
		for (pc = 0; pc < src[i]->insn_count; pc++)
			m->action_of_pc[pc] = src[i]->action_of_pc[pc];
	}
	*out_clauses = ic;
	*out_probes = ip;
	return 0;
}

static void trc_image_meta(struct trc_ctx *ctx, struct tr_program *prog)
{
	u32 i, j;

	prog->aggs = trc_pcalloc(ctx, ctx->tc_naggs, sizeof(*prog->aggs));
	for (i = 0; i < ctx->tc_naggs; i++) {
		struct trc_agg *a = &ctx->tc_aggs[i];
		struct tr_agg_meta *m = &prog->aggs[i];

		prog->naggs = i + 1;
		m->name = trc_pstrdup(ctx, a->name);
		m->func = a->func;
		m->keys = trc_pcalloc(ctx, a->nkeys, sizeof(*m->keys));
		m->nkeys = a->nkeys;
		for (j = 0; j < a->nkeys; j++)
			m->keys[j] = trc_field(a->keys[j], a->key_off[j]);
		m->key_size = a->key_size;
		m->desc = a->desc;
		m->desc.func = a->func;
		m->desc.key_size = a->key_size;
	}
	prog->recs = trc_pcalloc(ctx, ctx->tc_nrecs, sizeof(*prog->recs));
	for (i = 0; i < ctx->tc_nrecs; i++) {
		struct trc_rec *r = &ctx->tc_recs[i];
		struct tr_rec_meta *m = &prog->recs[i];

		prog->nrecs = i + 1;
		m->kind = r->kind;
		m->fmt = r->fmt ? trc_pstrdup(ctx, r->fmt) : NULL;
		m->args = trc_pcalloc(ctx, r->nargs, sizeof(*m->args));
		m->nargs = r->nargs;
		for (j = 0; j < r->nargs; j++)
			m->args[j] = trc_field(r->args[j], r->arg_off[j]);
		m->size = r->size;
		m->aggs = trc_pcalloc(ctx, r->naggs, sizeof(*m->aggs));
		m->naggs = r->naggs;
		for (j = 0; j < r->naggs; j++)
			m->aggs[j] = r->aggs[j];
		m->eol = r->eol;
	}
	prog->quiet = ctx->tc_quiet;
	prog->flowindent = ctx->tc_flowindent;
	prog->aggsortkey = ctx->tc_aggsortkey;
	prog->aggsortrev = ctx->tc_aggsortrev;
	prog->aggsortpos = ctx->tc_aggsortpos;
	prog->aggsortkeypos = ctx->tc_aggsortkeypos;
	prog->switchrate_ns = ctx->tc_switchrate_ns;
	prog->statusrate_ns = ctx->tc_statusrate_ns;
	prog->aggrate_ns = ctx->tc_aggrate_ns;
}

/*
 * Slots per CPU: as the options say, or as many as #pragma D option aggsize
 * holds, each slot laid out as common/agg.c's tr_agg_stride() lays it out.
 */
static u32 trc_image_agg_entries(struct trc_ctx *ctx)
{
	u32 i, key_area = 0, nvals = 1;
	u64 stride, n;

	if (!ctx->tc_aggsize)
		return ctx->tc_agg_entries;
	for (i = 0; i < ctx->tc_naggs; i++) {
		if (ctx->tc_aggs[i].key_size > key_area)
			key_area = ctx->tc_aggs[i].key_size;
		if (ctx->tc_aggs[i].desc.nvals > nvals)
			nvals = ctx->tc_aggs[i].desc.nvals;
	}
	stride = sizeof(struct tr_agg_slot) + key_area + nvals * 8ull;
	n = ctx->tc_aggsize > sizeof(struct tr_agg_table_hdr) ?
	    (ctx->tc_aggsize - sizeof(struct tr_agg_table_hdr)) / stride : 0;
	if (n > TR_MAX_AGG_ENTRIES)
		n = TR_MAX_AGG_ENTRIES;
	if (!n)
		trc_error(ctx, ctx->tc_aggsize_loc,
			  "option aggsize=%llu holds no aggregation entry; one takes %llu bytes",
			  (unsigned long long)ctx->tc_aggsize,
			  (unsigned long long)stride);
	return n;
}

/* Each instruction's action number, for the ERROR probe's arg2. */
static void trc_image_actions(struct trc_ctx *ctx, u16 *actions)
{
	struct trc_clause *cl;
	u32 pc;

	for (cl = ctx->tc_clauses; cl; cl = cl->next) {
		if (cl->dead || !cl->action_of_pc)
			continue;
		for (pc = 0; pc < cl->insn_count; pc++)
			actions[cl->insn_first + pc] = cl->action_of_pc[pc];
	}
}

/* Place section @s with @count elements of @size at *@off. */
static void trc_sect(struct tr_image_hdr *h, enum tr_section s, u32 count,
		     u32 size, u64 *off)
{
	h->sect[s].off = *off;
	h->sect[s].count = count;
	*off = TRC_ALIGN8(*off + (u64)count * size);
}

/* Copy section @s's elements from @src, if it has any. */
static void trc_copy(u8 *img, const struct tr_image_hdr *h, enum tr_section s,
		     const void *src, size_t size)
{
	if (h->sect[s].count)
		memcpy(img + h->sect[s].off, src, h->sect[s].count * size);
}

int trc_image(struct trc_ctx *ctx)
{
	struct tr_image_clause *ic;
	struct tr_image_probe *ip;
	struct tr_image_agg *ia;
	struct tr_image_rec *ir;
	struct tr_image_dvar *idv;
	struct tr_program *prog;
	struct tr_image_hdr h;
	u64 off = TRC_ALIGN8(sizeof(h));
	u8 *img;
	u32 i;

	prog = ctx->tc_prog = trc_pcalloc(ctx, 1, sizeof(*prog));
	if (trc_image_clauses(ctx, prog, &ic, &ip))
		return -EINVAL;
	trc_image_meta(ctx, prog);

	memset(&h, 0, sizeof(h));
	h.magic = TR_IMAGE_MAGIC;
	h.version = TR_IMAGE_VERSION;
	h.hdr_size = sizeof(h);
	h.scratch_size = ctx->tc_scratch_size;
	h.agg_entries = ctx->tc_naggs ? trc_image_agg_entries(ctx) : 0;
	if (ctx->tc_naggs && !h.agg_entries)
		return -EINVAL;
	h.buf_size = ctx->tc_buf_size;
	trc_sect(&h, TR_SECT_INSNS, ctx->tc_ninsns, sizeof(u64), &off);
	trc_sect(&h, TR_SECT_CONSTS, ctx->tc_nconsts, sizeof(u64), &off);
	trc_sect(&h, TR_SECT_RODATA, ctx->tc_rodata.len, 1, &off);
	trc_sect(&h, TR_SECT_CLAUSES, prog->nclauses, sizeof(*ic), &off);
	trc_sect(&h, TR_SECT_PROBES, prog->nprobes, sizeof(*ip), &off);
	trc_sect(&h, TR_SECT_AGGS, ctx->tc_naggs, sizeof(*ia), &off);
	trc_sect(&h, TR_SECT_RECS, ctx->tc_nrecs, sizeof(*ir), &off);
	trc_sect(&h, TR_SECT_ACTIONS, ctx->tc_ninsns, sizeof(u16), &off);
	trc_sect(&h, TR_SECT_DVARS, ctx->tc_ndvars, sizeof(*idv), &off);
	h.globals_size = ctx->tc_globals_size;
	h.this_size = ctx->tc_this_size;
	h.dynvar_size = ctx->tc_ndvars ? ctx->tc_dynvar_size : 0;
	if (off > TR_MAX_IMAGE_SIZE) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "the program image takes %llu bytes; at most %u fit",
			  (unsigned long long)off, TR_MAX_IMAGE_SIZE);
		return -EINVAL;
	}
	h.total_size = off;

	img = prog->image = trc_pcalloc(ctx, 1, off);
	prog->image_len = off;
	memcpy(img, &h, sizeof(h));
	trc_copy(img, &h, TR_SECT_INSNS, ctx->tc_insns, sizeof(u64));
	trc_copy(img, &h, TR_SECT_CONSTS, ctx->tc_consts, sizeof(u64));
	trc_copy(img, &h, TR_SECT_RODATA, ctx->tc_rodata.data, 1);
	trc_copy(img, &h, TR_SECT_CLAUSES, ic, sizeof(*ic));
	trc_copy(img, &h, TR_SECT_PROBES, ip, sizeof(*ip));
	ia = (struct tr_image_agg *)(img + h.sect[TR_SECT_AGGS].off);
	for (i = 0; i < ctx->tc_naggs; i++)
		ia[i] = prog->aggs[i].desc;
	trc_image_actions(ctx, (u16 *)(img + h.sect[TR_SECT_ACTIONS].off));
	ir = (struct tr_image_rec *)(img + h.sect[TR_SECT_RECS].off);
	for (i = 0; i < ctx->tc_nrecs; i++) {
		ir[i].size = ctx->tc_recs[i].size;
		if (ctx->tc_recs[i].kind == TR_RK_EXIT)
			ir[i].flags = TR_REC_F_EXIT;
	}
	idv = (struct tr_image_dvar *)(img + h.sect[TR_SECT_DVARS].off);
	for (i = 0; i < ctx->tc_nvars; i++) {
		const struct trc_var *v = &ctx->tc_vars[i];

		if (v->type.kind == TRC_T_NONE ||
		    (v->scope != TRC_V_SELF && v->scope != TRC_V_ASSOC))
			continue;
		idv[v->dvar].key_size = v->key_size;
		idv[v->dvar].val_size = v->size;
	}
	return 0;
}
