/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/agg.h - aggregation tables and their arithmetic, shared by
 * the module (which updates them in probe context) and userspace (which
 * merges the per-CPU copies).
 *
 * A table is a struct tr_agg_table_hdr and a fixed number of slots, all
 * allocated before tracing starts.  Lookups use open addressing with linear
 * probing; slots are never freed while tracing, so an insert never moves
 * another key.  A full table drops the update and says so.
 */
#ifndef TRACER_AGG_H
#define TRACER_AGG_H

#include "tracer/env.h"
#include "tracer/prog.h"
#include "tracer/hash.h"

/* The most values one entry keeps. */
#define TR_AGG_MAX_VALS	TR_MAX_AGG_VALS

/* quantize(): DTrace's DTRACE_QUANTIZE_* power-of-two buckets. */
#define TR_AGG_QUANTIZE_NBUCKETS	127
#define TR_AGG_QUANTIZE_ZEROBUCKET	63

/* The lowest value of quantize() bucket @b (DTRACE_QUANTIZE_BUCKETVAL). */
static inline s64 tr_agg_quantize_bucketval(int b)
{
	if (b < TR_AGG_QUANTIZE_ZEROBUCKET)
		return -(s64)(1ull << (TR_AGG_QUANTIZE_ZEROBUCKET - 1 - b));
	if (b == TR_AGG_QUANTIZE_ZEROBUCKET)
		return 0;
	return (s64)(1ull << (b - TR_AGG_QUANTIZE_ZEROBUCKET - 1));
}

/*
 * The bucket of @val: 63 for 0, 64 + log2(val) for val > 0, and for val <
 * 0 the one of -val mirrored below 63; the outermost buckets also hold
 * everything beyond 2^62 (tr_agg_quantize_bucketval()).  No loop: one
 * count of leading zeros.  Inline: the interpreter updates a keyless
 * quantize() in place (common/interp.c).
 */
static inline u32 tr_agg_quantize_bucket(s64 val)
{
	u64 mag = val < 0 ? 0 - (u64)val : (u64)val;
	u32 e;

	if (!val)
		return TR_AGG_QUANTIZE_ZEROBUCKET;
	e = 63 - __builtin_clzll(mag);
	if (e > 62)
		e = 62;
	return val < 0 ? TR_AGG_QUANTIZE_ZEROBUCKET - 1 - e :
			 TR_AGG_QUANTIZE_ZEROBUCKET + 1 + e;
}

/* Values per entry for each function; 0: computed from the parameters. */
extern const u8 tr_agg_nvals[TR_NAGG_FUNCS];
extern const char *const tr_agg_names[TR_NAGG_FUNCS];

/* Slot layout for @prog: key area and stride, both multiples of 8. */
u32 tr_agg_key_area(const struct tr_prog *prog);
u32 tr_agg_stride(const struct tr_prog *prog);
u64 tr_agg_table_bytes(u32 entries, u32 stride);
/* An empty table; _zeroed when its memory is already zero (LOAD's). */
void tr_agg_table_init(void *table, u32 entries, u32 key_area, u32 stride);
void tr_agg_table_init_zeroed(void *table, u32 entries, u32 key_area,
			      u32 stride);

/* The slot where the search for a key of @hash starts. */
static inline u32 tr_agg_home(const struct tr_agg_table_hdr *h, u32 hash)
{
	return (u32)(((u64)hash * h->entries) >> 32);
}

static inline struct tr_agg_slot *tr_agg_slot(void *table, u32 i)
{
	struct tr_agg_table_hdr *h = table;

	return (struct tr_agg_slot *)((u8 *)(h + 1) + (u64)i * h->stride);
}

static inline u8 *tr_agg_slot_key(struct tr_agg_slot *s)
{
	return (u8 *)(s + 1);
}

static inline u64 *tr_agg_slot_vals(const struct tr_agg_table_hdr *h,
				    struct tr_agg_slot *s)
{
	return (u64 *)((u8 *)(s + 1) + h->key_area);
}

u32 tr_agg_hash(const u8 *key, u32 size);

/*
 * Values per entry of @a as its function and parameters make them, or 0
 * if the parameters are invalid (DTrace's rules; the verifier's I8).
 */
u32 tr_agg_count_vals(const struct tr_image_agg *a);

/* llquantize(): the bucket of @value (dtrace_aggregate_llquantize_bucket). */
u32 tr_agg_llquantize_bucket(u16 factor, u16 low, u16 high, u16 nsteps,
			     s64 value);

/* Set an entry's values to its function's initial state (min: INT64_MAX). */
void tr_agg_init_vals(const struct tr_image_agg *a, u64 *vals);

/*
 * The values of (@agg, @key) in @table, inserting a zeroed slot if the key
 * is new; NULL when the table is full.  @size is the aggregation's key size.
 */
u64 *tr_agg_lookup(void *table, u32 agg, const u8 *key, u32 size);

/*
 * The values of aggregation @agg (described by @a) under @key, creating the
 * entry with its initial values if it is new; NULL when the table is full.
 */
u64 *tr_agg_entry(void *table, u32 agg, const struct tr_image_agg *a,
		  const u8 *key);

/*
 * Fold one value into an entry: what count(), sum() ... do per event.
 * @incr is the quantizations' optional increment (1 when not given).
 */
void tr_agg_apply(const struct tr_image_agg *a, u64 *vals, u64 value,
		  u64 incr);

/*
 * fastpath: the values of (@agg, @key) in @table if they are in the slot
 * where tr_agg_entry()'s search starts, their home; NULL otherwise (not
 * there, not yet inserted, or moved on by a collision: tr_agg_entry()
 * finds them).  Inline, as the interpreter's aggregation update: a hash
 * and one compare, no call.  @size is a multiple of 8 (the verifier's I8).
 */
static __always_inline u64 *tr_agg_hit(void *table, u32 agg, const u8 *key,
				       u32 size)
{
	struct tr_agg_table_hdr *h = table;
	u32 hash = tr_hash_bytes(key, size & ~7u) ^ agg;
	struct tr_agg_slot *s;

	if (unlikely(!h->entries))
		return NULL;
	s = tr_agg_slot(table, tr_agg_home(h, hash));
	if (READ_ONCE(s->agg) == agg + 1 && s->hash == hash &&
	    tr_bytes_eq(tr_agg_slot_key(s), key, size & ~7u))
		return tr_agg_slot_vals(h, s);
	return NULL;
}

/* Fold another CPU's entry into @dst: used when merging snapshots. */
void tr_agg_merge(const struct tr_image_agg *a, u64 *dst, const u64 *src);

#endif /* TRACER_AGG_H */
