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
 *
 * The arithmetic is DTrace's (illumos dtrace.c: dtrace_aggregate_*()), so
 * the tables hold exactly what DTrace's would: min and max compare signed,
 * avg keeps (count, sum), stddev (count, sum, 128-bit sum of squares of
 * the absolute values), quantize 127 power-of-two buckets, lquantize
 * levels + 2 linear buckets of the value truncated to 32 bits, llquantize
 * log-linear buckets.  An entry's values start at tr_agg_init_vals().
 */
#include "tracer/agg.h"

#define TR_AGG_MAX_PROBES	64	/* slots examined before dropping */
#define INT64_MAX_VAL		((s64)(~0ull >> 1))
#define INT64_MIN_VAL		(-INT64_MAX_VAL - 1)
#define S32_MAX_VAL		((s64)0x7fffffff)

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
		if (prog->aggs[i].nvals > nvals)
			nvals = prog->aggs[i].nvals;
	return sizeof(struct tr_agg_slot) + tr_agg_key_area(prog) +
	       nvals * sizeof(u64);
}

u64 tr_agg_table_bytes(u32 entries, u32 stride)
{
	return sizeof(struct tr_agg_table_hdr) + (u64)entries * stride;
}

void tr_agg_table_init_zeroed(void *table, u32 entries, u32 key_area,
			      u32 stride)
{
	struct tr_agg_table_hdr *h = table;

	h->entries = entries;
	h->stride = stride;
	h->key_area = key_area;
}

void tr_agg_table_init(void *table, u32 entries, u32 key_area, u32 stride)
{
	memset(table, 0, tr_agg_table_bytes(entries, stride));
	tr_agg_table_init_zeroed(table, entries, key_area, stride);
}

u32 tr_agg_hash(const u8 *key, u32 size)
{
	return tr_hash_bytes(key, size);
}

/* Find or insert; a new entry gets @a's initial values (zeros if NULL). */
static __always_inline u64 *tr_agg_find(void *table, u32 agg, const struct tr_image_agg *a,
			const u8 *key, u32 size)
{
	struct tr_agg_table_hdr *h = table;
	u32 hash = tr_hash_bytes(key, size) ^ agg;
	u32 i, n, idx;

	if (!h->entries)
		return NULL;
	idx = tr_agg_home(h, hash);
	n = h->entries < TR_AGG_MAX_PROBES ? h->entries : TR_AGG_MAX_PROBES;
	for (i = 0; i < n; i++) {
		struct tr_agg_slot *s = tr_agg_slot(table, idx);
		u32 id = READ_ONCE(s->agg);

		if (!id) {
			memcpy(tr_agg_slot_key(s), key, size);
			s->hash = hash;
			if (a)
				tr_agg_init_vals(a, tr_agg_slot_vals(h, s));
			smp_store_release(&s->agg, agg + 1);
			h->used++;
			return tr_agg_slot_vals(h, s);
		}
		if (id == agg + 1 && s->hash == hash &&
		    tr_bytes_eq(tr_agg_slot_key(s), key, size))
			return tr_agg_slot_vals(h, s);
		if (++idx == h->entries)
			idx = 0;
	}
	return NULL;
}

u64 *tr_agg_lookup(void *table, u32 agg, const u8 *key, u32 size)
{
	return tr_agg_find(table, agg, NULL, key, size);
}

u64 *tr_agg_entry(void *table, u32 agg, const struct tr_image_agg *a,
		  const u8 *key)
{
	return tr_agg_find(table, agg, a, key, a->key_size);
}

/* ---- parameters and initial values ---------------------------------- */

u32 tr_agg_llquantize_bucket(u16 factor, u16 low, u16 high, u16 nsteps,
			     s64 value)
{
	s64 this = 1, last, next;
	u32 base = 1, order;

	for (order = 0; order < low; order++)
		this *= factor;
	if (value < (last = this))
		return 0;
	for (this *= factor; order <= high; order++) {
		s64 nbuckets = this > nsteps ? nsteps : this;

		if (this > INT64_MAX_VAL / factor) {
			/* next would overflow: clamp, as DTrace does */
			next = INT64_MAX_VAL;
			if (value >= this)
				value = this - 1;
		} else {
			next = this * factor;
		}
		if (value < this)
			return base + (u32)((value - last) / (this / nbuckets));
		base += nbuckets - nbuckets / factor;
		last = this;
		this = next;
	}
	return base;
}

/* DTrace's llquantize() parameter rules (dt_cc.c, dtrace.c). */
static bool tr_agg_llquantize_ok(const struct tr_image_agg *a)
{
	u64 v, order;
	u32 i;

	if (a->factor < 2 || a->low >= a->high || a->nsteps < a->factor ||
	    a->nsteps % a->factor)
		return false;
	for (v = a->factor; v < a->nsteps; v *= a->factor)
		;
	if (v % a->nsteps)
		return false;
	/* factor ** (high + 1) must fit in 64 bits, signed */
	for (i = 0, order = 1; i <= a->high; i++) {
		if (order > (u64)INT64_MAX_VAL / a->factor)
			return false;
		order *= a->factor;
	}
	return true;
}

u32 tr_agg_count_vals(const struct tr_image_agg *a)
{
	u64 limit;

	if (a->func >= TR_NAGG_FUNCS)
		return 0;
	switch (a->func) {
	case TR_AGG_LQUANTIZE:
		limit = (s64)a->base + (u64)a->levels * a->step;
		if (!a->step || !a->levels || (s64)limit > S32_MAX_VAL)
			return 0;
		return (u32)a->levels + 2;
	case TR_AGG_LLQUANTIZE:
		if (!tr_agg_llquantize_ok(a))
			return 0;
		return tr_agg_llquantize_bucket(a->factor, a->low, a->high,
						a->nsteps, INT64_MAX_VAL) + 1;
	default:
		return tr_agg_nvals[a->func];
	}
}

void tr_agg_init_vals(const struct tr_image_agg *a, u64 *vals)
{
	memset(vals, 0, (size_t)a->nvals * sizeof(u64));
	if (a->func == TR_AGG_MIN)
		vals[0] = (u64)INT64_MAX_VAL;
	else if (a->func == TR_AGG_MAX)
		vals[0] = (u64)INT64_MIN_VAL;
}

/* ---- arithmetic ----------------------------------------------------- */

/* dst += src, 128 bits as (low, high) words (dtrace_add_128). */
static void tr_add_128(u64 *dst, const u64 *src)
{
	u64 lo = dst[0] + src[0];

	dst[1] += src[1] + (lo < dst[0]);
	dst[0] = lo;
}

/* a * b as 128 bits (dtrace_multiply_128), without __int128. */
static void tr_mul_128(u64 a, u64 b, u64 *out)
{
	u64 al = (u32)a, ah = a >> 32, bl = (u32)b, bh = b >> 32;
	u64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	u64 mid = (ll >> 32) + (u32)lh + (u32)hl;

	out[0] = (mid << 32) | (u32)ll;
	out[1] = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static u32 tr_agg_lquantize_bucket(const struct tr_image_agg *a, u64 nval)
{
	s32 val = (s32)nval;
	s64 level;

	if (val < a->base)
		return 0;
	level = ((s64)val - a->base) / a->step;
	if (level < a->levels)
		return (u32)level + 1;
	return (u32)a->levels + 1;
}

void tr_agg_apply(const struct tr_image_agg *a, u64 *vals, u64 value,
		  u64 incr)
{
	u64 sq[2];
	u64 abs;

	switch (a->func) {
	case TR_AGG_COUNT:
		vals[0]++;
		break;
	case TR_AGG_SUM:
		vals[0] += value;
		break;
	case TR_AGG_MIN:
		if ((s64)value < (s64)vals[0])
			vals[0] = value;
		break;
	case TR_AGG_MAX:
		if ((s64)value > (s64)vals[0])
			vals[0] = value;
		break;
	case TR_AGG_AVG:
		vals[0]++;
		vals[1] += value;
		break;
	case TR_AGG_STDDEV:
		vals[0]++;
		vals[1] += value;
		/* unsigned negation: INT64_MIN's magnitude is 2^63 */
		abs = (s64)value < 0 ? 0 - value : value;
		tr_mul_128(abs, abs, sq);
		tr_add_128(vals + 2, sq);
		break;
	case TR_AGG_QUANTIZE:
		vals[tr_agg_quantize_bucket((s64)value)] += incr;
		break;
	case TR_AGG_LQUANTIZE:
		vals[tr_agg_lquantize_bucket(a, value)] += incr;
		break;
	case TR_AGG_LLQUANTIZE:
		vals[tr_agg_llquantize_bucket(a->factor, a->low, a->high,
					      a->nsteps, (s64)value)] += incr;
		break;
	}
}

void tr_agg_merge(const struct tr_image_agg *a, u64 *dst, const u64 *src)
{
	u32 i;

	switch (a->func) {
	case TR_AGG_MIN:
		if ((s64)src[0] < (s64)dst[0])
			dst[0] = src[0];
		break;
	case TR_AGG_MAX:
		if ((s64)src[0] > (s64)dst[0])
			dst[0] = src[0];
		break;
	case TR_AGG_STDDEV:
		dst[0] += src[0];
		dst[1] += src[1];
		tr_add_128(dst + 2, src + 2);
		break;
	default:	/* count, sum, avg and the quantizations add up */
		for (i = 0; i < a->nvals; i++)
			dst[i] += src[i];
		break;
	}
}
