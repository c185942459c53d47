// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/order.c - records held between reads so that they come out in
 * the time order of their probes' firings across CPUs (consume.c decides
 * when to release them).
 *
 * Held records stay where they were read: a read puts a CPU's records in
 * the room at the end of one growing byte store (trl_order_room()), and
 * each record gets an entry with its place, timestamp and arrival number;
 * its bytes are not copied.  Pads stay in the store until the next
 * compaction.
 * Release sorts the entries by (timestamp, arrival), so records of equal
 * time keep the order they were read in, and one CPU's records keep theirs.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

struct trl_order_ent {
	u64 ts;
	u64 seq;		/* arrival number: ties keep read order */
	size_t off;		/* header at trl_order.bytes + off */
	u32 cpu;
};

u8 *trl_order_room(struct trl_order *o, size_t len)
{
	if (trl_grow((void **)&o->bytes, 1, o->bytes_len + len,
		     &o->bytes_cap))
		return NULL;
	return o->bytes + o->bytes_len;
}

int trl_order_reserve(struct trl_order *o, size_t n)
{
	return trl_grow((void **)&o->ents, sizeof(*o->ents), o->nents + n,
			&o->ents_cap);
}

void trl_order_hold(struct trl_order *o, u32 cpu, u64 ts, size_t off)
{
	struct trl_order_ent *e = &o->ents[o->nents++];

	e->ts = ts;
	e->seq = o->seq++;
	e->off = o->bytes_len + off;
	e->cpu = cpu;
}

void trl_order_keep(struct trl_order *o, size_t len)
{
	o->bytes_len += len;
}

static int trl_order_cmp(const void *a, const void *b)
{
	const struct trl_order_ent *x = a, *y = b;

	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int trl_order_cmp_seq(const void *a, const void *b)
{
	const struct trl_order_ent *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * qsort() unless already in order: one CPU's records arrive in time order,
 * so with one busy CPU (or one CPU) a pass needs no sort at all.
 */
static void trl_order_sort(struct trl_order_ent *e, size_t n,
			   int (*cmp)(const void *, const void *))
{
	size_t i;

	for (i = 1; i < n; i++)
		if (cmp(&e[i - 1], &e[i]) > 0)
			break;
	if (i < n)
		qsort(e, n, sizeof(*e), cmp);
}

void trl_order_flush(struct trl_order *o, u64 upto, trl_rec_fn each,
		     void *arg)
{
	const struct tr_rec_hdr *h;
	size_t i, kept = 0, len = 0;
	struct trl_order_ent *e;
	u32 size;

	trl_order_sort(o->ents, o->nents, trl_order_cmp);
	for (i = 0; i < o->nents && o->ents[i].ts <= upto; i++)
		;
	o->released = i;
	for (i = 0; i < o->released; i++) {
		o->cursor = i;
		h = (const struct tr_rec_hdr *)(o->bytes + o->ents[i].off);
		each(arg, o->ents[i].cpu, h, (const u8 *)(h + 1));
	}
	o->released = 0;
	if (i == o->nents) {
		o->nents = 0;
		o->bytes_len = 0;
		return;
	}
	/*
	 * Keep the rest, compacted in arrival order, which is their order in
	 * the byte store: each record moves down, never over one not yet
	 * moved, and the pads and released records between them are gone.
	 * Its size is read before it moves: a move shorter than the record
	 * overwrites its own header.
	 */
	trl_order_sort(o->ents + i, o->nents - i, trl_order_cmp_seq);
	for (; i < o->nents; i++) {
		e = &o->ents[i];
		size = ((const struct tr_rec_hdr *)(o->bytes + e->off))->size;
		memmove(o->bytes + len, o->bytes + e->off, size);
		e->off = len;
		len += size;
		o->ents[kept++] = *e;
	}
	o->nents = kept;
	o->bytes_len = len;
}

const struct tr_rec_hdr *trl_order_next(const struct trl_order *o, u32 cpu,
					size_t *pos)
{
	size_t i;

	for (i = *pos ? *pos : o->cursor + 1; i < o->released; i++) {
		if (o->ents[i].cpu == cpu) {
			*pos = i + 1;
			return (const struct tr_rec_hdr *)(o->bytes +
							   o->ents[i].off);
		}
	}
	*pos = i;
	return NULL;
}

void trl_order_free(struct trl_order *o)
{
	free(o->ents);
	free(o->bytes);
	memset(o, 0, sizeof(*o));
}
