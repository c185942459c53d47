// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/imgbuild.c - lays out hand-built images (see imgbuild.h) in the
 * format of include/uapi/tracer.h, sections in TR_SECTIONS order.
 */
#include <assert.h>
#include "imgbuild.h"

void imgb_init(struct imgb *b)
{
	memset(b, 0, sizeof(*b));
	b->rodata_len = 1;		/* "" at offset 0 */
	b->scratch_size = 256;
	b->agg_entries = 64;
	b->buf_size = TR_MIN_BUF_SIZE;
}

u32 imgb_str(struct imgb *b, const char *s)
{
	u32 off = b->rodata_len, n = strlen(s) + 1;

	assert(off + n <= sizeof(b->rodata));
	memcpy(b->rodata + off, s, n);
	b->rodata_len += n;
	return off;
}

u32 imgb_clause(struct imgb *b, const u64 *insns, u32 n)
{
	assert(b->ninsns + n <= ARRAY_SIZE(b->insns));
	memcpy(b->insns + b->ninsns, insns, n * sizeof(*insns));
	b->clauses[b->nclauses].insn_first = b->ninsns;
	b->clauses[b->nclauses].insn_count = n;
	b->ninsns += n;
	return b->nclauses++;
}

u32 imgb_probe(struct imgb *b, u32 kind, const char *func, u32 first,
	       u32 count)
{
	struct tr_image_probe *p = &b->probes[b->nprobes];

	p->kind = kind;
	p->func = func ? imgb_str(b, func) : 0;
	p->clause_first = first;
	p->clause_count = count;
	return b->nprobes++;
}

/* Fixed value counts (0: lquantize and llquantize set their own). */
static const u32 imgb_agg_nvals[TR_NAGG_FUNCS] = {
#define IMGB_X(name, dname, nvals) [TR_AGG_##name] = nvals,
	TR_AGG_FUNCS(IMGB_X)
#undef IMGB_X
};

u32 imgb_agg(struct imgb *b, u32 func, u32 key_size)
{
	b->aggs[b->naggs].func = func;
	b->aggs[b->naggs].key_size = key_size;
	b->aggs[b->naggs].nvals = func < TR_NAGG_FUNCS ?
				    imgb_agg_nvals[func] : 0;
	return b->naggs++;
}

u32 imgb_dvar(struct imgb *b, u32 key_size, u32 val_size)
{
	b->dvars[b->ndvars].key_size = key_size;
	b->dvars[b->ndvars].val_size = val_size;
	if (!b->dynvar_size)
		b->dynvar_size = 4096;
	return b->ndvars++;
}

u32 imgb_rec(struct imgb *b, u32 size)
{
	b->recs[b->nrecs].size = size;
	return b->nrecs++;
}

u32 imgb_build(const struct imgb *b, void *out, u32 out_len)
{
	struct tr_image_hdr *h = out;
	const void *src[TR_NSECTIONS] = {
		b->insns, b->consts, b->rodata, b->clauses, b->probes,
		b->aggs, b->recs, NULL /* ACTIONS: none */, b->dvars,
	};
	const u32 count[TR_NSECTIONS] = {
		b->ninsns, b->nconsts, b->rodata_len, b->nclauses, b->nprobes,
		b->naggs, b->nrecs, 0, b->ndvars,
	};
	const u32 esize[TR_NSECTIONS] = {
		8, 8, 1, sizeof(b->clauses[0]), sizeof(b->probes[0]),
		sizeof(b->aggs[0]), sizeof(b->recs[0]), sizeof(u16),
		sizeof(b->dvars[0]),
	};
	u32 off = sizeof(*h), i;

	memset(out, 0, out_len);
	h->magic = TR_IMAGE_MAGIC;
	h->version = TR_IMAGE_VERSION;
	h->hdr_size = sizeof(*h);
	h->scratch_size = b->scratch_size;
	h->agg_entries = b->agg_entries;
	h->buf_size = b->buf_size;
	h->globals_size = b->globals_size;
	h->this_size = b->this_size;
	h->dynvar_size = b->dynvar_size;
	for (i = 0; i < TR_NSECTIONS; i++) {
		u32 n = count[i] * esize[i];

		off = (off + 7) & ~7u;
		assert(off + n <= out_len);
		h->sect[i].off = off;
		h->sect[i].count = count[i];
		if (n)
			memcpy((u8 *)out + off, src[i], n);
		off += n;
	}
	h->total_size = (off + 7) & ~7u;
	return h->total_size;
}
