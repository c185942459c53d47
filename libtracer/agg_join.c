// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/agg_join.c - the rows of printa("fmt", @a, @b, ...): one row
 * per key found in any of the aggregations, with each aggregation's entry
 * for that key, or none (printed as zero), in the order of illumos
 * dtrace_aggregate_walk_joined() (dt_aggregate.c):
 *
 *   - the rows are compared by the values of the aggregations, starting
 *     with the aggsortpos-th (0: the first) and going round the list
 *     (dt_aggregate_bundlecmp(), dt_aggregate_valcmp()); a missing entry
 *     compares as zero-filled values;
 *   - all values equal: by key (dt_aggregate_keycmp(), from key
 *     aggsortkeypos on); with aggsortkey the key comes first instead;
 *   - aggsortrev reverses the order.
 */
#define _GNU_SOURCE		/* qsort_r */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

struct trl_join_ctx {
	const struct trl_aggs *a;
	const u32 *aggs;
	u32 naggs;
};

static const u64 trl_join_zeros[TR_AGG_MAX_VALS];

/* The entry of @agg with the key @key in @a, or NULL. */
const struct trl_agg_entry *trl_aggs_find(const struct trl_aggs *a, u32 agg,
					  const u8 *key)
{
	u32 key_size = a->prog->aggs[agg].key_size;
	const struct trl_agg_entry *e;
	u32 i;

	for (i = 0; i < a->nents; i++) {
		e = &a->ents[i];
		if (e->agg == agg && !memcmp(trl_agg_key(a, e), key, key_size))
			return e;
	}
	return NULL;
}

static int trl_join_cmp(const void *lp, const void *rp, void *arg)
{
	const struct trl_join_row *l = lp, *r = rp;
	const struct trl_join_ctx *x = arg;
	const struct tr_program *p = x->a->prog;
	const struct tr_agg_meta *m = &p->aggs[x->aggs[0]];
	const u64 *lv, *rv;
	u32 i, j, pos = p->aggsortpos < x->naggs ? p->aggsortpos : 0;
	int c = 0;

	if (p->aggsortkey)
		c = trl_agg_keycmp(m, l->key, r->key, p->aggsortkeypos);
	for (i = 0; !c && i < x->naggs; i++) {
		j = (i + pos) % x->naggs;
		lv = l->ents[j] ? l->ents[j]->vals : trl_join_zeros;
		rv = r->ents[j] ? r->ents[j]->vals : trl_join_zeros;
		c = trl_agg_valcmp(&p->aggs[x->aggs[j]].desc, lv, rv);
	}
	if (!c && !p->aggsortkey)
		c = trl_agg_keycmp(m, l->key, r->key, p->aggsortkeypos);
	return p->aggsortrev ? -c : c;
}

int trl_aggs_join(const struct trl_aggs *a, const u32 *aggs, u32 naggs,
		  struct trl_join_row **rowsp, u32 *nrowsp)
{
	struct trl_join_ctx x = { .a = a, .aggs = aggs, .naggs = naggs };
	struct trl_join_row *rows = NULL, *row;
	const struct trl_agg_entry *e;
	size_t cap = 0;
	u32 i, j, k, n = 0;

	*rowsp = NULL;
	*nrowsp = 0;
	if (!naggs || naggs > TRL_PRINTA_MAX_AGGS)
		return -EINVAL;
	for (i = 0; i < a->nents; i++) {
		e = &a->ents[i];
		for (j = 0; j < naggs && aggs[j] != e->agg; j++)
			;
		if (j == naggs)
			continue;
		/* one row per key: the first aggregation with it makes it */
		for (k = 0; k < j; k++)
			if (trl_aggs_find(a, aggs[k], trl_agg_key(a, e)))
				break;
		if (k < j)
			continue;
		if (trl_grow((void **)&rows, sizeof(*rows), n + 1, &cap)) {
			free(rows);
			return -ENOMEM;
		}
		row = &rows[n++];
		row->key = trl_agg_key(a, e);
		for (k = 0; k < naggs; k++)
			row->ents[k] = aggs[k] == e->agg ? e :
				       trl_aggs_find(a, aggs[k], row->key);
	}
	if (n > 1)
		qsort_r(rows, n, sizeof(*rows), trl_join_cmp, &x);
	*rowsp = rows;
	*nrowsp = n;
	return 0;
}
