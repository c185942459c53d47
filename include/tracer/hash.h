/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/hash.h - hashing and comparing keys a word at a time,
 * inline: the probe path does both on every aggregation update
 * (common/agg.c) and dynamic variable access (common/dynvar.c), where the
 * kernel's memcmp() would be a call and a loop.
 */
#ifndef TRACER_HASH_H
#define TRACER_HASH_H

#include "tracer/env.h"

#define TR_HASH_MUL	0x9e3779b97f4a7c15ull

#define TR_HASH_SEED	0x84222325cbf29ce4ull

/* One step of the hash: mix the 8-byte word @w into @h. */
static inline u64 tr_hash_step(u64 h, u64 w)
{
	h = (h ^ w) * TR_HASH_MUL;
	return h ^ (h >> 29);
}

static inline u32 tr_hash_fold(u64 h)
{
	return (u32)(h ^ (h >> 32));
}

/*
 * A hash of @size bytes at @key: a multiply-xorshift per 8-byte word, the
 * last bytes zero-padded into one more word.  The tail is built from bytes,
 * not copied into a stack buffer (which would cost the kernel's stack
 * canary), and folds away where the caller's @size is a multiple of 8
 * (aggregation keys and dynamic variable keys: the verifier's I8, I15).
 */
static inline u32 tr_hash_bytes(const u8 *key, u32 size)
{
	u64 h = TR_HASH_SEED, w;
	u32 i, j, words = size / 8 * 8;

	for (i = 0; i < words; i += 8) {
		memcpy(&w, key + i, sizeof(w));
		h = tr_hash_step(h, w);
	}
	if (size % 8) {
		for (w = 0, j = 0; j < size % 8; j++)
			w |= (u64)key[i + j] << (8 * j);
		h = tr_hash_step(h, w);
	}
	return tr_hash_fold(h);
}

/* tr_hash_bytes() of the 8 bytes of @w, without them in memory. */
static inline u32 tr_hash_word(u64 w)
{
	return tr_hash_fold(tr_hash_step(TR_HASH_SEED, w));
}

/* Are the @size bytes at @a and @b equal? */
static inline bool tr_bytes_eq(const u8 *a, const u8 *b, u32 size)
{
	u32 i, words = size / 8 * 8;
	u64 x, y;

	for (i = 0; i < words; i += 8) {
		memcpy(&x, a + i, sizeof(x));
		memcpy(&y, b + i, sizeof(y));
		if (x != y)
			return false;
	}
	return !(size % 8) || !memcmp(a + i, b + i, size % 8);
}

#endif /* TRACER_HASH_H */
