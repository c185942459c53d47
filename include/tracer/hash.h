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

/* A hash of @size bytes at @key: a multiply-xorshift per 8-byte word. */
static inline u32 tr_hash_bytes(const u8 *key, u32 size)
{
	u64 h = 0x84222325cbf29ce4ull, w;
	u32 i;

	for (i = 0; i + 8 <= size; i += 8) {
		memcpy(&w, key + i, sizeof(w));
		h = (h ^ w) * TR_HASH_MUL;
		h ^= h >> 29;
	}
	if (i < size) {		/* the last bytes, zero-padded */
		w = 0;
		memcpy(&w, key + i, size - i);
		h = (h ^ w) * TR_HASH_MUL;
		h ^= h >> 29;
	}
	return (u32)(h ^ (h >> 32));
}

/* Are the @size bytes at @a and @b equal? */
static inline bool tr_bytes_eq(const u8 *a, const u8 *b, u32 size)
{
	u64 x, y;
	u32 i;

	for (i = 0; i + 8 <= size; i += 8) {
		memcpy(&x, a + i, sizeof(x));
		memcpy(&y, b + i, sizeof(y));
		if (x != y)
			return false;
	}
	return i == size || !memcmp(a + i, b + i, size - i);
}

#endif /* TRACER_HASH_H */
