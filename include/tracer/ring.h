/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/ring.h - the per-CPU record buffer: one producer (probes on
 * its CPU, never concurrent thanks to the per-CPU guard) and one consumer
 * (the reader ioctl, serialized by the session lock).
 *
 * head and tail are byte counters that only grow; head - tail bytes are
 * unread.  Records are 8-aligned and never split: a record that would cross
 * the end is preceded by a TR_REC_ID_PAD record filling the rest (only its
 * id and size when 8 bytes remain).  A record that does not fit is dropped
 * and counted by the caller (one drop per clause: common/interp.c).
 * Every record carries the producer's current stamp (tr_ring_stamp()), the
 * time its probe fired, so that the consumer
 * can order records across CPUs.
 *
 * A clause's records are one unit, as DTrace's ECB buffer: tr_ring_put()
 * appends one unpublished (at pend), tr_ring_publish() hands everything
 * put so far to the consumer (head = pend), tr_ring_discard() takes it
 * back (pend = head).  The interpreter publishes at a clause's ret and
 * discards when a fault ends it or a record of it did not fit, so a
 * faulting or dropped clause leaves no output.
 */
#ifndef TRACER_RING_H
#define TRACER_RING_H

#include "tracer/env.h"
#include "uapi/tracer.h"

struct tr_ring {
	u64 head;		/* written by the producer only: published */
	u64 pend;		/* the producer's: head + bytes put since */
	u8 pad0[48];
	u64 tail;		/* written by the consumer only */
	u8 pad1[56];
	u32 size;		/* bytes of data, multiple of 8 */
	u32 pad2;
	u64 stamp;		/* producer: ts of the records it writes */
	u8 data[];
};

u64 tr_ring_bytes(u32 size);
void tr_ring_init(struct tr_ring *r, u32 size);

/* Producer: the timestamp the next records carry. */
static inline void tr_ring_stamp(struct tr_ring *r, u64 ts)
{
	r->stamp = ts;
}

/*
 * Either side: do the published, unread bytes reach the watermark, half
 * the ring?  The module then wakes the consumer at once (kmod/wake.c)
 * rather than at its next switchrate tick, so that a ring filling fast
 * is drained before it overflows.
 */
static inline bool tr_ring_wants_reader(const struct tr_ring *r)
{
	return READ_ONCE(r->head) - READ_ONCE(r->tail) >= r->size / 2;
}

/* Producer: append a record, unpublished.  Returns 0 or -ENOSPC. */
int tr_ring_put(struct tr_ring *r, u32 id, const void *payload, u32 len);

/* Producer: publish what was put, or take it back. */
static inline void tr_ring_publish(struct tr_ring *r)
{
	if (r->pend != r->head)
		smp_store_release(&r->head, r->pend);
}

static inline void tr_ring_discard(struct tr_ring *r)
{
	r->pend = r->head;
}

/* Producer: append a record and publish it (and what was put before). */
static inline int tr_ring_write(struct tr_ring *r, u32 id,
				const void *payload, u32 len)
{
	int err = tr_ring_put(r, id, payload, len);

	tr_ring_publish(r);
	return err;
}

/*
 * Consumer: the unread bytes that lie contiguously from the tail, whole
 * records only, at most @max.  Returns their length (0: nothing to read, or
 * the first record is longer than @max) and sets *data.  Release them with
 * tr_ring_consume() once copied.
 */
u32 tr_ring_peek(struct tr_ring *r, const u8 **data, u32 max);
void tr_ring_consume(struct tr_ring *r, u32 len);

/*
 * Consumer, when a read of @max bytes copied nothing: the size of the first
 * unread record if it is longer than @max (the reader's -ENOSPC), else 0:
 * the ring was empty, or a record came in after the read looked (a probe
 * on this CPU, from an interrupt), which the next read gets.
 */
u32 tr_ring_too_big(struct tr_ring *r, u32 max);

#endif /* TRACER_RING_H */
