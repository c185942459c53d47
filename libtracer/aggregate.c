// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/aggregate.c - aggregations in userspace: drain each CPU's
 * table (TR_IOC_SNAPSHOT), merge the CPUs into one entry per (aggregation,
 * key) with the shared arithmetic of common/agg.c (tr_agg_merge), and sort
 * the result in DTrace's default order.
 *
 * A snapshot is untrusted input: its header, stride and every used slot are
 * checked against the program before a byte of it is used.
 *
 * Merging follows dt_aggregate_snap_cpu() in illumos dt_aggregate.c: a key
 * seen for the first time takes the CPU's values as they are; a key seen
 * again is folded in with tr_agg_merge().  Keys are compared as bytes, the
 * way DTrace compares them when it merges, after the addresses of func(),
 * sym(), usym() and umod() keys have become those of their function and
 * object.
 *
 * Sorting follows dtrace_aggregate_print(), by default
 * dt_aggregate_varvalcmp() (FreeBSD/illumos dt_aggregate.c), with the
 * aggsortkey, aggsortrev and aggsortkeypos options (trl_agg_cmp):
 *   1. aggregation variable id, ascending (dt_aggregate_varcmp);
 *   2. value, ascending (dt_aggregate_valcmp: agg_value.c);
 *   3. keys, first to last (dt_aggregate_keycmp): integers of 1, 2, 4 and
 *      8 bytes as unsigned numbers of that size, so -1 sorts after 1;
 *      anything else (strings) byte by byte, unsigned.
 */
#define _GNU_SOURCE		/* qsort_r */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

#define TRL_SNAPSHOT_MIN	(64u << 10)	/* grown on ENOSPC */

void trl_aggs_init(struct trl_aggs *a, const struct tr_program *p)
{
	memset(a, 0, sizeof(*a));
	a->prog = p;
}

void trl_aggs_free(struct trl_aggs *a)
{
	u32 i;

	for (i = 0; i < a->nents; i++)
		free(a->ents[i].vals);
	free(a->ents);
	free(a->keys);
	free(a->index);
	trl_aggs_init(a, a->prog);
}

static int trl_aggs_error(char *msg, size_t msg_len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int trl_aggs_error(char *msg, size_t msg_len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, msg_len, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

/* Every field of every aggregation's key must lie inside its key, and
 * have its type's size. */
static int trl_aggs_check_program(const struct tr_program *p, char *msg,
				  size_t msg_len)
{
	const struct tr_agg_meta *m;
	const struct tr_field *k;
	u32 i, j, need;

	for (i = 0; i < p->naggs; i++) {
		m = &p->aggs[i];
		if (m->func >= TR_NAGG_FUNCS || m->desc.func != m->func ||
		    m->desc.key_size != m->key_size ||
		    m->key_size > TR_MAX_KEY_SIZE ||
		    !m->desc.nvals || m->desc.nvals > TR_AGG_MAX_VALS ||
		    m->desc.nvals != tr_agg_count_vals(&m->desc))
			return trl_aggs_error(msg, msg_len,
				"aggregation @%s has unknown function %u or bad parameters",
				m->name, m->func);
		for (j = 0; j < m->nkeys; j++) {
			k = &m->keys[j];
			need = k->type == TR_VT_INT ? 8 : k->size;
			if (k->offset > m->key_size ||
			    need > m->key_size - k->offset ||
			    (k->type == TR_VT_INT && k->size != 1 &&
			     k->size != 2 && k->size != 4 && k->size != 8) ||
			    (trl_is_usym(k->type) && k->size != 16))
				return trl_aggs_error(msg, msg_len,
					"key #%u of aggregation @%s does not fit its %u-byte key",
					j + 1, m->name, m->key_size);
		}
	}
	return 0;
}

static u32 trl_aggs_hash(const struct trl_aggs *a, u32 agg, const u8 *key)
{
	return tr_agg_hash(key, a->prog->aggs[agg].key_size) ^ agg;
}

/* Rebuild the index at twice the size: it stays at most half full. */
static int trl_aggs_reindex(struct trl_aggs *a)
{
	u32 cap = a->index_cap ? a->index_cap * 2 : 256;
	const struct trl_agg_entry *e;
	u32 *index, i, idx;

	index = calloc(cap, sizeof(*index));
	if (!index)
		return -ENOMEM;
	for (i = 0; i < a->nents; i++) {
		e = &a->ents[i];
		idx = trl_aggs_hash(a, e->agg, trl_agg_key(a, e)) & (cap - 1);
		while (index[idx])
			idx = (idx + 1) & (cap - 1);
		index[idx] = i + 1;
	}
	free(a->index);
	a->index = index;
	a->index_cap = cap;
	return 0;
}

/*
 * A key's func() and sym() addresses become their kernel function's,
 * usym()'s and ufunc()'s their user function's, umod()'s their object's
 * start, so that the keys of one function (object) merge
 * (dt_aggregate_sym(), dt_aggregate_usym(), dt_aggregate_umod()): into
 * @buf, @key if none.
 */
static const u8 *trl_aggs_sym_key(const struct tr_agg_meta *m,
				  const u8 *key, u8 *buf)
{
	const struct tr_field *k;
	u64 pid, addr;
	u32 i, at;

	for (i = 0; i < m->nkeys; i++) {
		k = &m->keys[i];
		if (k->type != TR_VT_SYM && k->type != TR_VT_USYM &&
		    k->type != TR_VT_UMOD)
			continue;
		if (key != buf)
			key = memcpy(buf, key, m->key_size);
		at = k->offset + (k->type == TR_VT_SYM ? 0 : 8);
		memcpy(&addr, buf + at, sizeof(addr));
		if (k->type == TR_VT_SYM) {
			addr = trl_ksym_base(addr);
		} else {
			memcpy(&pid, buf + k->offset, sizeof(pid));
			addr = trl_usym_base((pid_t)pid, addr,
					     k->type == TR_VT_USYM ?
					     TRL_USYM_FUNC : TRL_USYM_MOD);
		}
		memcpy(buf + at, &addr, sizeof(addr));
	}
	return key;
}

/* Fold one CPU's values for (@agg, @key) into the merged set. */
static int trl_aggs_merge_one(struct trl_aggs *a, u32 agg, const u8 *key,
			      const u64 *vals)
{
	const struct tr_agg_meta *m = &a->prog->aggs[agg];
	u8 buf[TR_MAX_KEY_SIZE];
	struct trl_agg_entry *e;
	u32 idx;
	int err;

	key = trl_aggs_sym_key(m, key, buf);
	if ((u64)(a->nents + 1) * 2 > a->index_cap) {
		err = trl_aggs_reindex(a);
		if (err)
			return err;
	}
	idx = trl_aggs_hash(a, agg, key) & (a->index_cap - 1);
	while (a->index[idx]) {
		e = &a->ents[a->index[idx] - 1];
		if (e->agg == agg &&
		    !memcmp(trl_agg_key(a, e), key, m->key_size)) {
			tr_agg_merge(&m->desc, e->vals, vals);
			return 0;
		}
		idx = (idx + 1) & (a->index_cap - 1);
	}
	if (a->nents == UINT32_MAX - 1 ||
	    a->keys_len + m->key_size > UINT32_MAX)
		return -ENOMEM;
	err = trl_grow((void **)&a->ents, sizeof(*a->ents),
			    (size_t)a->nents + 1, &a->ents_cap);
	if (!err)
		err = trl_grow((void **)&a->keys, 1,
				    a->keys_len + m->key_size, &a->keys_cap);
	if (err)
		return err;
	e = &a->ents[a->nents];
	memset(e, 0, sizeof(*e));
	e->vals = malloc((size_t)m->desc.nvals * sizeof(u64));
	if (!e->vals)
		return -ENOMEM;
	e->agg = agg;
	e->key_off = a->keys_len;
	memcpy(a->keys + a->keys_len, key, m->key_size);
	a->keys_len += m->key_size;
	memcpy(e->vals, vals, (size_t)m->desc.nvals * sizeof(u64));
	a->index[idx] = ++a->nents;
	return 0;
}

int trl_aggs_add_table(struct trl_aggs *a, const void *table, size_t len,
		       char *msg, size_t msg_len)
{
	const struct tr_program *p = a->prog;
	const struct tr_agg_table_hdr *h = table;
	const struct tr_agg_meta *m;
	struct tr_agg_slot *s;
	u32 i, agg, nvals;
	int err;

	err = trl_aggs_check_program(p, msg, msg_len);
	if (err)
		return err;
	if (len < sizeof(*h))
		return trl_aggs_error(msg, msg_len,
			"aggregation snapshot of %zu bytes has no header", len);
	if (h->stride % 8 ||
	    h->stride < sizeof(*s) + (u64)h->key_area + sizeof(u64) ||
	    (u64)h->entries * h->stride > len - sizeof(*h))
		return trl_aggs_error(msg, msg_len,
			"aggregation snapshot header (%u slots of %u bytes, %u-byte keys) does not fit its %zu bytes",
			h->entries, h->stride, h->key_area, len);
	for (i = 0; i < h->entries; i++) {
		s = tr_agg_slot((void *)table, i);
		if (!s->agg)
			continue;
		agg = s->agg - 1;
		if (agg >= p->naggs)
			return trl_aggs_error(msg, msg_len,
				"aggregation snapshot slot %u names aggregation %u; the program has %u",
				i, agg, p->naggs);
		m = &p->aggs[agg];
		nvals = m->desc.nvals;
		if (m->key_size > h->key_area || nvals > TR_AGG_MAX_VALS ||
		    sizeof(*s) + h->key_area + nvals * sizeof(u64) > h->stride)
			return trl_aggs_error(msg, msg_len,
				"aggregation @%s does not fit the snapshot's %u-byte slots",
				m->name, h->stride);
		err = trl_aggs_merge_one(a, agg, tr_agg_slot_key(s),
					 tr_agg_slot_vals(h, s));
		if (err)
			return trl_aggs_error(msg, msg_len,
				"out of memory merging aggregations");
	}
	return 0;
}

int trl_aggs_snapshot(struct trl_aggs *a, struct trl_dev *d, u32 ncpus)
{
	u32 cpu, got, len = TRL_SNAPSHOT_MIN;
	u8 *buf, *nbuf;
	int err = 0;

	if (!a->prog->naggs)
		return 0;
	buf = malloc(len);
	if (!buf)
		return -ENOMEM;
	for (cpu = 0; cpu < ncpus; cpu++) {
		err = trl_dev_snapshot(d, cpu, buf, len, &got);
		if (err == -ENOSPC && got > len) {
			nbuf = realloc(buf, got);
			if (!nbuf) {
				err = -ENOMEM;
				break;
			}
			buf = nbuf;
			len = got;
			err = trl_dev_snapshot(d, cpu, buf, len, &got);
		}
		if (err)
			break;
		if (!got)		/* not a possible CPU */
			continue;
		err = trl_aggs_add_table(a, buf, got, d->msg, sizeof(d->msg));
		if (err)
			break;
	}
	free(buf);
	return err;
}

/* The low @size bytes of an integer stored in 8, as an unsigned number. */
static u64 trl_agg_uint(const u8 *p, u32 size)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
	if (size < 8)
		v &= (1ull << (size * 8)) - 1;
	return v;
}

/* dt_aggregate_keycmp(): from key @first on, wrapping around */
int trl_agg_keycmp(const struct tr_agg_meta *m, const u8 *l, const u8 *r,
		   u32 first)
{
	const struct tr_field *k;
	u64 lv, rv;
	u32 i;
	int c;

	for (i = 0; i < m->nkeys; i++) {
		k = &m->keys[(i + first) % m->nkeys];
		if (k->type == TR_VT_INT) {
			lv = trl_agg_uint(l + k->offset, k->size);
			rv = trl_agg_uint(r + k->offset, k->size);
			if (lv != rv)
				return lv < rv ? -1 : 1;
			continue;
		}
		c = memcmp(l + k->offset, r + k->offset, k->size);
		if (c)
			return c < 0 ? -1 : 1;
	}
	return 0;
}

/*
 * dt_aggregate_varvalcmp(): variable, then value, then keys; with
 * aggsortkey dt_aggregate_varkeycmp(): variable, keys, value; aggsortrev
 * reverses the order of the entries of each variable.
 */
static int trl_agg_cmp(const void *lp, const void *rp, void *arg)
{
	const struct trl_agg_entry *l = lp, *r = rp;
	const struct trl_aggs *a = arg;
	const struct tr_program *p = a->prog;
	const struct tr_agg_meta *m = &p->aggs[l->agg];
	int c;

	if (l->agg != r->agg)
		return l->agg < r->agg ? -1 : 1;
	if (p->aggsortkey) {
		c = trl_agg_keycmp(m, trl_agg_key(a, l), trl_agg_key(a, r),
				   p->aggsortkeypos);
		if (!c)
			c = trl_agg_valcmp(&m->desc, l->vals, r->vals);
	} else {
		c = trl_agg_valcmp(&m->desc, l->vals, r->vals);
		if (!c)
			c = trl_agg_keycmp(m, trl_agg_key(a, l),
					   trl_agg_key(a, r),
					   p->aggsortkeypos);
	}
	return p->aggsortrev ? -c : c;
}

void trl_aggs_sort(struct trl_aggs *a)
{
	if (a->nents > 1)
		qsort_r(a->ents, a->nents, sizeof(*a->ents), trl_agg_cmp, a);
	/* The index maps keys to positions that moved: drop it. */
	free(a->index);
	a->index = NULL;
	a->index_cap = 0;
}
