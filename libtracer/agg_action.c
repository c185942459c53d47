// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/agg_action.c - the consumer's side of the aggregation actions:
 * printa(), clear(), trunc(), normalize() and denormalize() records, and
 * the aggregations printed when tracing ends.  As in DTrace, these act
 * when the consumer reads their record (dt_consume.c: dt_consume_cpu's
 * DTRACEACT_PRINTA, dt_clear_agg, dt_trunc_agg, dt_normalize_agg).
 *
 * The module drains its tables at every snapshot (TR_IOC_SNAPSHOT), as
 * DTrace switches its aggregation buffers, and the consumer keeps the sums
 * (st->sums), as DTrace's dt_aggregate.c does.  The first aggregation
 * action of a consume pass takes the snapshot (DTrace: one
 * dtrace_aggregate_snap() per dtrace_work()); every other action of that
 * pass acts on the same sums, so an update landing meanwhile stays in the
 * module for the next snapshot, never lost and never half-printed:
 *   clear()      resets the values of the aggregation's keys in the sums
 *                (dt_aggregate_clear); the keys stay and print with their
 *                initial values;
 *   trunc()      removes all but the largest or smallest keys from the sums
 *                (dt_aggregate_trunc);
 *   normalize()  sets the divisor the printer uses for the aggregation.
 * Every aggregation printa() printed is left out at the end (dtrace(1M)
 * prints only the unprinted ones then).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

int trl_aggstate_init(struct trl_aggstate *st, const struct tr_program *p,
		      struct trl_dev *dev, u32 ncpus)
{
	u32 i;

	memset(st, 0, sizeof(*st));
	st->prog = p;
	st->dev = dev;
	st->ncpus = ncpus;
	trl_aggs_init(&st->sums, p);
	st->normal = calloc(p->naggs ? p->naggs : 1, sizeof(*st->normal));
	st->printed = calloc(p->naggs ? p->naggs : 1, sizeof(*st->printed));
	if (!st->normal || !st->printed) {
		trl_aggstate_free(st);
		return -ENOMEM;
	}
	for (i = 0; i < p->naggs; i++)
		st->normal[i] = 1;
	return 0;
}

void trl_aggstate_free(struct trl_aggstate *st)
{
	free(st->normal);
	free(st->printed);
	st->normal = NULL;
	st->printed = NULL;
	trl_aggs_free(&st->sums);
}

/*
 * The sums, sorted, with this pass's snapshot merged in: taken by the
 * first call of a pass only.
 */
static int trl_aggstate_snap(struct trl_aggstate *st, char *msg,
			     size_t msg_len)
{
	int err;

	if (!st->snapped) {
		st->snapped = true;
		err = trl_aggs_snapshot(&st->sums, st->dev, st->ncpus);
		if (err) {
			snprintf(msg, msg_len, "%s", st->dev->msg);
			return err;
		}
	}
	trl_aggs_sort(&st->sums);
	return 0;
}

/* ---- printa() -------------------------------------------------------- */

/* The scalar %@ prints for an entry of @agg (0 for a missing entry). */
static u64 trl_scalar(const struct trl_aggstate *st, u32 agg,
		      const struct trl_agg_entry *e)
{
	const struct tr_image_agg *d = &st->prog->aggs[agg].desc;
	u64 normal = st->normal[agg];

	if (!e)
		return 0;
	switch (d->func) {
	case TR_AGG_AVG:
		return (u64)trl_agg_avg(e->vals, normal);
	case TR_AGG_STDDEV:
		return trl_agg_stddev(e->vals, normal);
	default:
		return (u64)((s64)e->vals[0] / (s64)normal);
	}
}

/* One row of printa("fmt", ...): a key and each aggregation's entry. */
struct trl_pa_row {
	const struct trl_aggstate *st;
	const struct tr_rec_meta *rm;
	const struct tr_agg_meta *m;	/* the first aggregation */
	const u8 *key;
	const struct trl_agg_entry *const *ents;	/* per aggregation, or
							 * NULL */
	FILE *out;
	const char *rest;		/* format text not printed yet */
	u32 nkeys, naggs;		/* conversions done */
	char *msg;
	size_t msg_len;
};

/*
 * Print the text before one conversion, then the conversion: a key, or
 * with '@' the next aggregation's value (a quantization's whole table, as
 * dt_printf_format() does).
 */
static int trl_pa_conv(void *data, enum trl_pf_argkind kind,
		       const char *conv, size_t len)
{
	static const u64 zeros[TR_AGG_MAX_VALS];
	struct trl_pa_row *r = data;
	const struct tr_image_agg *d;
	const struct trl_agg_entry *e;
	struct tr_field f;
	char one[64];
	u64 v;
	u32 agg;

	fwrite(r->rest, 1, conv - r->rest, r->out);
	r->rest = conv + len;
	if (len >= sizeof(one))
		return -EINVAL;
	memcpy(one, conv, len);
	one[len] = '\0';
	if (kind == TRL_PF_ARG_NONE)
		return trl_printf(r->out, one, NULL, 0, NULL, 0, r->msg,
				  r->msg_len);
	if (kind != TRL_PF_ARG_AGG) {
		if (r->nkeys >= r->m->nkeys)
			return -EINVAL;
		return trl_printf(r->out, one, &r->m->keys[r->nkeys++], 1,
				  r->key, r->m->key_size, r->msg, r->msg_len);
	}
	if (r->naggs >= r->rm->naggs)
		return -EINVAL;
	agg = r->rm->aggs[r->naggs];
	e = r->ents[r->naggs++];
	d = &r->st->prog->aggs[agg].desc;
	if (d->func == TR_AGG_QUANTIZE || d->func == TR_AGG_LQUANTIZE ||
	    d->func == TR_AGG_LLQUANTIZE)
		return trl_aggs_print_value(r->out, d, e ? e->vals : zeros,
					    r->st->normal[agg]);
	v = trl_scalar(r->st, agg, e);
	f = (struct tr_field){ TR_VT_INT, d->func != TR_AGG_STDDEV, 8, 0 };
	return trl_printf(r->out, one, &f, 1, (const u8 *)&v, sizeof(v),
			  r->msg, r->msg_len);
}

/*
 * printa("fmt", @a, ...): one formatted row per key of any of them, in
 * DTrace's order (agg_join.c).
 */
static int trl_printa_fmt(struct trl_aggstate *st, const struct trl_aggs *a,
			  const struct tr_rec_meta *rm, FILE *out, char *msg,
			  size_t msg_len)
{
	struct trl_pa_row r = { .st = st, .rm = rm,
				.m = &st->prog->aggs[rm->aggs[0]],
				.out = out, .msg = msg, .msg_len = msg_len };
	struct trl_join_row *rows;
	u32 i, nrows;
	int err;

	err = trl_aggs_join(a, rm->aggs, rm->naggs, &rows, &nrows);
	if (err)
		return err;
	for (i = 0; i < nrows && !err; i++) {
		r.key = rows[i].key;
		r.ents = rows[i].ents;
		r.rest = rm->fmt;
		r.nkeys = r.naggs = 0;
		err = trl_printf_scan(rm->fmt, trl_pa_conv, &r, msg, msg_len);
		if (!err)
			fputs(r.rest, out);
	}
	free(rows);
	return err;
}

static int trl_printa(struct trl_aggstate *st, const struct tr_rec_meta *rm,
		      FILE *out, char *msg, size_t msg_len)
{
	int err;
	u32 i;

	err = trl_aggstate_snap(st, msg, msg_len);
	if (err)
		return err;
	if (rm->fmt) {
		err = trl_printa_fmt(st, &st->sums, rm, out, msg, msg_len);
	} else {
		/* dt_consume_cpu(): a newline, then the default layout */
		fputc('\n', out);
		err = trl_aggs_print_one(&st->sums, rm->aggs[0],
					 st->normal[rm->aggs[0]], out);
	}
	for (i = 0; i < rm->naggs; i++)
		st->printed[rm->aggs[i]] = true;
	return err;
}

/* ---- clear() and trunc() -------------------------------------------- */

static void trl_clear(struct trl_aggstate *st, u32 agg)
{
	u32 i;

	for (i = 0; i < st->sums.nents; i++)
		if (st->sums.ents[i].agg == agg)
			tr_agg_init_vals(&st->prog->aggs[agg].desc,
					 st->sums.ents[i].vals);
}

/*
 * Keep the @n largest (n > 0) or -@n smallest entries of @agg, none for
 * n == 0, in the sorted sums.
 */
static void trl_trunc(struct trl_aggstate *st, u32 agg, s64 n)
{
	struct trl_aggs *a = &st->sums;
	u32 i, j, first = ~0u, count = 0, keep_lo = 0, keep_hi = 0, pos;

	for (i = 0; i < a->nents; i++) {
		if (a->ents[i].agg != agg)
			continue;
		if (first == ~0u)
			first = i;
		count++;
	}
	/* entries of @agg are a->ents[first .. first + count - 1], ascending */
	if (n > 0) {
		keep_lo = (u64)n < count ? count - (u32)n : 0;
		keep_hi = count;
	} else if (n < 0) {
		keep_hi = (u64)-n < count ? (u32)-n : count;
	}
	for (i = 0, j = 0; i < a->nents; i++) {
		pos = i - first;
		if (a->ents[i].agg == agg && (pos < keep_lo || pos >= keep_hi)) {
			free(a->ents[i].vals);
			continue;
		}
		a->ents[j++] = a->ents[i];
	}
	a->nents = j;
	/* the index maps keys to positions that moved */
	free(a->index);
	a->index = NULL;
	a->index_cap = 0;
}

/* ---- the records ----------------------------------------------------- */

int trl_aggstate_action(struct trl_aggstate *st, const struct tr_rec_meta *rm,
			const u8 *payload, u32 size, FILE *out, char *msg,
			size_t msg_len)
{
	s64 n = 0;
	u32 i, agg;
	int err = 0;

	if (!rm->naggs || !rm->aggs)
		return -EINVAL;
	for (i = 0; i < rm->naggs; i++)
		if (rm->aggs[i] >= st->prog->naggs ||
		    st->prog->aggs[rm->aggs[i]].key_size !=
		    st->prog->aggs[rm->aggs[0]].key_size)
			return -EINVAL;
	agg = rm->aggs[0];
	if (rm->nargs) {
		if (rm->args[0].offset > size ||
		    size - rm->args[0].offset < sizeof(n))
			return -EINVAL;
		memcpy(&n, payload + rm->args[0].offset, sizeof(n));
	}
	switch (rm->kind) {
	case TR_RK_PRINTA:
		return trl_printa(st, rm, out, msg, msg_len);
	case TR_RK_CLEAR:
		err = trl_aggstate_snap(st, msg, msg_len);
		if (!err)
			trl_clear(st, agg);
		return err;
	case TR_RK_TRUNC:
		err = trl_aggstate_snap(st, msg, msg_len);
		if (!err)
			trl_trunc(st, agg, n);
		return err;
	case TR_RK_NORMALIZE:
		if (n <= 0) {
			snprintf(msg, msg_len,
				 "normalize() of @%s by %lld: the factor must be positive",
				 st->prog->aggs[agg].name, (long long)n);
			return -EINVAL;
		}
		st->normal[agg] = (u64)n;
		return 0;
	case TR_RK_DENORMALIZE:
		st->normal[agg] = 1;
		return 0;
	default:
		return -EINVAL;
	}
}

int trl_aggstate_print_unprinted(struct trl_aggstate *st, FILE *out)
{
	char msg[sizeof(st->dev->msg)];
	u32 i, n;
	int err;

	trl_aggstate_pass(st);
	err = trl_aggstate_snap(st, msg, sizeof(msg));
	if (err)
		return err;
	/* aggsortrev reverses the variables too (dt_aggregate_varvalrevcmp) */
	for (n = 0; n < st->prog->naggs && !err; n++) {
		i = st->prog->aggsortrev ? st->prog->naggs - 1 - n : n;
		if (!st->printed[i])
			err = trl_aggs_print_one(&st->sums, i, st->normal[i],
						 out);
	}
	return err;
}
