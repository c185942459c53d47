// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/agg_value.c - what DTrace's consumer derives from an entry's
 * values: the average, the standard deviation (128-bit, dt_stddev() in
 * illumos dt_consume.c), the lowest value of each quantization bucket, and
 * the order of two entries by value (dt_aggregate_valcmp() and its helpers
 * in dt_aggregate.c).  Used by the sort (aggregate.c) and the printer
 * (agg_print.c).
 */
#include "tracer.h"

typedef unsigned __int128 trl_u128;

s64 trl_agg_avg(const u64 *v, u64 normal)
{
	if (!v[0] || !normal)
		return 0;
	return (s64)v[1] / (s64)normal / (s64)v[0];
}

/* Integer square root of a 128-bit number (dt_sqrt_128's result). */
static u64 trl_sqrt_128(trl_u128 n)
{
	trl_u128 res = 0, bit = (trl_u128)1 << 126;

	while (bit > n)
		bit >>= 2;
	while (bit) {
		if (n >= res + bit) {
			n -= res + bit;
			res = (res >> 1) + bit;
		} else {
			res >>= 1;
		}
		bit >>= 2;
	}
	return (u64)res;
}

/*
 * dt_stddev(): sqrt(avg(x^2) - avg(x)^2) with DTrace's integer steps: the
 * sum of squares divided by normal twice and by the count, the average
 * truncated toward zero and squared, their difference's square root.
 */
u64 trl_agg_stddev(const u64 *v, u64 normal)
{
	trl_u128 sq = ((trl_u128)v[3] << 64) | v[2], avgsq;
	s64 avg;

	if (!v[0] || !normal)
		return 0;
	sq = sq / normal / normal / v[0];
	avg = (s64)v[1] / (s64)normal / (s64)v[0];
	if (avg < 0)
		avg = -avg;
	avgsq = (trl_u128)(u64)avg * (u64)avg;
	return trl_sqrt_128(sq - avgsq);
}

s64 trl_agg_bucket_value(const struct tr_image_agg *d, u32 i)
{
	s64 value = 1, next, step;
	u32 order, bin;

	switch (d->func) {
	case TR_AGG_QUANTIZE:
		return tr_agg_quantize_bucketval(i);
	case TR_AGG_LQUANTIZE:
		if (!i)
			return (s64)d->base;	/* "< base" */
		return (s64)d->base + (s64)(i - 1) * d->step;
	case TR_AGG_LLQUANTIZE:
		/* dt_print_llquantize()'s walk over the buckets */
		for (order = 0; order < d->low; order++)
			value *= d->factor;
		if (!i)
			return value;		/* "< factor^low" */
		next = value * d->factor;
		step = next > d->nsteps ? next / d->nsteps : 1;
		for (bin = 1; bin < i && order <= d->high; bin++) {
			value += step;
			if (value != next)
				continue;
			if (next > INT64_MAX / d->factor)
				break;
			next = value * d->factor;
			step = next > d->nsteps ? next / d->nsteps : 1;
			order++;
		}
		return value;
	}
	return 0;
}

/* dt_aggregate_countcmp() */
static int trl_cmp_s64(s64 l, s64 r)
{
	return l < r ? -1 : l > r;
}

/*
 * dt_aggregate_quantizedcmp(), dt_aggregate_lquantizedcmp() and
 * dt_aggregate_llquantizedcmp(): the sum of each bucket's count times its
 * value, then the count at zero.  lquantize weighs "< base" as base - 1 and
 * ">= limit" as limit + 1; llquantize weighs "< factor^low" as
 * factor^low - 1 and takes that bucket's count as the one at zero.
 */
static int trl_quantized_cmp(const struct tr_image_agg *d, const u64 *l,
			     const u64 *r)
{
	bool lq = d->func == TR_AGG_LQUANTIZE;
	bool llq = d->func == TR_AGG_LLQUANTIZE;
	long double lt = 0, rt = 0, w;
	s64 lz = 0, rz = 0, b;
	u32 i;

	for (i = 0; i < d->nvals; i++) {
		b = trl_agg_bucket_value(d, i);
		if ((lq || llq) && i == 0)
			b = b - 1;
		else if (lq && i == d->nvals - 1)
			b = b + 1;
		if (llq ? i == 0 : b == 0) {
			lz = (s64)l[i];
			rz = (s64)r[i];
		}
		w = (long double)b;
		lt += w * (long double)(s64)l[i];
		rt += w * (long double)(s64)r[i];
	}
	if (lt != rt)
		return lt < rt ? -1 : 1;
	return trl_cmp_s64(lz, rz);
}

int trl_agg_valcmp(const struct tr_image_agg *d, const u64 *l, const u64 *r)
{
	u64 ls, rs;

	switch (d->func) {
	case TR_AGG_AVG:
		return trl_cmp_s64(trl_agg_avg(l, 1), trl_agg_avg(r, 1));
	case TR_AGG_STDDEV:
		ls = trl_agg_stddev(l, 1);
		rs = trl_agg_stddev(r, 1);
		return ls < rs ? -1 : ls > rs;
	case TR_AGG_QUANTIZE:
	case TR_AGG_LQUANTIZE:
	case TR_AGG_LLQUANTIZE:
		return trl_quantized_cmp(d, l, r);
	default:	/* count, sum, min, max */
		return trl_cmp_s64((s64)l[0], (s64)r[0]);
	}
}
