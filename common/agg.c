// SPDX-License-Identifier: GPL-2.0
/*
 * common/agg.c - aggregation tables: hashing, lookup-or-insert, and the
 * per-function arithmetic for one event (apply) and for merging CPUs
 * (merge).  Runs in probe context in the module: no allocation, no locks,
 * and a bounded probe sequence so a nearly full table cannot stall a probe.
 *
 * Only the owning CPU writes its table (the per-CPU guard forbids nesting),
 * so an insert fills the key and values first and publishes the slot with a
 * release store of its aggregation id; a concurrent snapshot sees either an
 * empty slot or a complete key.
 */
#include "tracer/agg.h"

#define TR_AGG_MAX_PROBES	64	/* slots examined before dropping */

u32 tr_agg_key_area(const struct tr_prog *prog)
{
	u32 i, area = 0;

	for (i = 0; i < prog->naggs; i++)
		if (prog->aggs[i].key_size > area)
			area = prog->aggs[i].key_size;
	return area;
}

u32 tr_agg_stride(const struct tr_prog *prog)
{
	u32 i, nvals = 1;

	for (i = 0; i < prog->naggs; i++)
		if (tr_agg_nvals[prog->aggs[i].func] > nvals)
			nvals = tr_agg_nvals[prog->aggs[i].func];
	return sizeof(struct tr_agg_slot) + tr_agg_key_area(prog) +
	       nvals * sizeof(u64);
}

u64 tr_agg_table_bytes(u32 entries, u32 stride)
{
	return sizeof(struct tr_agg_table_hdr) + (u64)entries * stride;
}

void tr_agg_table_init(void *table, u32 entries, u32 key_area, u32 stride)
{
	struct tr_agg_table_hdr *h = table;

	memset(table, 0, tr_agg_table_bytes(entries, stride));
	h->entries = entries;
	h->stride = stride;
	h->key_area = key_area;
}

u32 tr_agg_hash(const u8 *key, u32 size)
{
	u64 h = 0x84222325cbf29ce4ull;
	u32 i;

	for (i = 0; i + 8 <= size; i += 8) {
		u64 w;

		memcpy(&w, key + i, sizeof(w));
		h = (h ^ w) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 29;
	}
	return (u32)(h ^ (h >> 32));
}

u64 *tr_agg_lookup(void *table, u32 agg, const u8 *key, u32 size)
{
	struct tr_agg_table_hdr *h = table;
	u32 hash = tr_agg_hash(key, size) ^ agg;
	u32 i, n, idx;

	if (!h->entries)
		return NULL;
	idx = (u32)(((u64)hash * h->entries) >> 32);
	n = h->entries < TR_AGG_MAX_PROBES ? h->entries : TR_AGG_MAX_PROBES;
	for (i = 0; i < n; i++) {
		struct tr_agg_slot *s = tr_agg_slot(table, idx);
		u32 id = READ_ONCE(s->agg);

		if (!id) {
			memcpy(tr_agg_slot_key(s), key, size);
			s->hash = hash;
			smp_store_release(&s->agg, agg + 1);
			h->used++;
			return tr_agg_slot_vals(h, s);
		}
		if (id == agg + 1 && s->hash == hash &&
		    !memcmp(tr_agg_slot_key(s), key, size))
			return tr_agg_slot_vals(h, s);
		if (++idx == h->entries)
			idx = 0;
	}
	return NULL;
}

void tr_agg_apply(u32 func, u64 *vals, u64 value)
{
	switch (func) {
	case TR_AGG_COUNT:
		vals[0]++;
		break;
	case TR_AGG_SUM:
		vals[0] += value;
		break;
	}
}

void tr_agg_merge(u32 func, u64 *dst, const u64 *src)
{
	switch (func) {
	case TR_AGG_COUNT:
	case TR_AGG_SUM:
		dst[0] += src[0];
		break;
	}
}
