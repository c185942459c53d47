// SPDX-License-Identifier: GPL-2.0
/*
 * common/ring.c - the per-CPU record buffer (see include/tracer/ring.h for
 * its invariants).  The producer publishes head with a release store after
 * the bytes of the records it put (tr_ring_publish()); the consumer
 * publishes tail the same way after copying them, so neither side ever
 * reads bytes the other is still writing.
 */
#include "tracer/ring.h"

#define TR_ALIGN8(n)	(((n) + 7u) & ~7u)

u64 tr_ring_bytes(u32 size)
{
	return sizeof(struct tr_ring) + (u64)size;
}

void tr_ring_init(struct tr_ring *r, u32 size)
{
	memset(r, 0, sizeof(*r));
	r->size = size;
}

int tr_ring_put(struct tr_ring *r, u32 id, const void *payload, u32 len)
{
	u32 need = sizeof(struct tr_rec_hdr) + TR_ALIGN8(len);
	u64 head = r->pend;
	u64 tail = smp_load_acquire(&r->tail);
	u32 off = head % r->size;
	u32 to_end = r->size - off;
	u32 pad = need > to_end ? to_end : 0;
	struct tr_rec_hdr *h;

	if (head + pad + need - tail > r->size)
		return -ENOSPC;
	if (pad) {
		/* Only id and size: 8 bytes may be all that is left. */
		h = (struct tr_rec_hdr *)(r->data + off);
		h->id = TR_REC_ID_PAD;
		h->size = pad;
		off = 0;
	}
	h = (struct tr_rec_hdr *)(r->data + off);
	h->id = id;
	h->size = need;
	h->ts = r->stamp;
	memcpy(h + 1, payload, len);
	if (need - sizeof(*h) > len)
		memset((u8 *)(h + 1) + len, 0, need - sizeof(*h) - len);
	r->pend = head + pad + need;
	return 0;
}

u32 tr_ring_peek(struct tr_ring *r, const u8 **data, u32 max)
{
	u64 tail = r->tail;
	u64 head = smp_load_acquire(&r->head);
	u32 off = tail % r->size;
	u64 avail = head - tail;
	u32 limit = r->size - off;
	u32 len = 0;

	if (avail < limit)
		limit = avail;
	if (max < limit)
		limit = max;
	*data = r->data + off;
	while (len + TR_REC_PAD_MIN <= limit) {
		const struct tr_rec_hdr *h =
			(const struct tr_rec_hdr *)(r->data + off + len);

		if (h->size > limit - len)
			break;
		len += h->size;
	}
	return len;
}

void tr_ring_consume(struct tr_ring *r, u32 len)
{
	smp_store_release(&r->tail, r->tail + len);
}

u32 tr_ring_too_big(struct tr_ring *r, u32 max)
{
	const struct tr_rec_hdr *h;
	const u8 *data;

	if (!tr_ring_peek(r, &data, ~0u))
		return 0;
	h = (const struct tr_rec_hdr *)data;
	return h->size > max ? h->size : 0;
}
