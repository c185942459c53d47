/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/dynvar.h - the dynamic variable space: one session-wide
 * table holding every entry of every associative array and thread-local
 * (self->) variable, allocated whole at LOAD and never grown.
 *
 * Lookup, insert and delete run in probe context on any CPU, NMI included:
 * they never allocate or sleep, and take the table's tr_lock_t (env.h).
 * Values are handed to the interpreter as byte offsets into the entry
 * area, which it bounds-checks against tr_dynvar_data_bytes(): an entry
 * another CPU deletes or reuses meanwhile reads stale, never out of bounds.
 * A thread-local integer's value is read and written here instead, under
 * the lock with its lookup (tr_dynvar_tl_load(), tr_dynvar_tl_store()).
 */
#ifndef TRACER_DYNVAR_H
#define TRACER_DYNVAR_H

#include "tracer/env.h"
#include "tracer/prog.h"

struct tr_dynvar;

/*
 * Bytes of a table that uses about @space bytes of entries for @prog's
 * dynamic variables (its header, buckets and entries); 0 if @prog has none.
 */
u64 tr_dynvar_bytes(const struct tr_prog *prog, u32 space);
/* Set up the table in @mem (tr_dynvar_bytes() bytes, zeroed or not). */
struct tr_dynvar *tr_dynvar_init(void *mem, const struct tr_prog *prog,
				 u32 space);
/* Entries the table holds at most, and in use now. */
u32 tr_dynvar_capacity(const struct tr_dynvar *t);
u32 tr_dynvar_used(const struct tr_dynvar *t);

/* The entry area the offsets below point into, and its length. */
u8 *tr_dynvar_data(struct tr_dynvar *t);
u64 tr_dynvar_data_bytes(const struct tr_dynvar *t);

/*
 * Offset of the value of variable @var (a verified id) under @key (its
 * key_size bytes), or -1 if there is no such entry.  With @create, a
 * missing entry is made with a zeroed value; -1 then means the space is
 * full (a dynamic variable drop, for the caller to count).
 */
s64 tr_dynvar_lookup(struct tr_dynvar *t, u32 var, const u8 *key,
		     bool create);
/* Delete the entry of @var under @key, if there is one. */
void tr_dynvar_delete(struct tr_dynvar *t, u32 var, const u8 *key);

/*
 * The same for a variable with an 8-byte key (verified: a thread-local's),
 * the key given as a word: @tid's 8 bytes, as the entries above hold it.
 */
s64 tr_dynvar_tl_lookup(struct tr_dynvar *t, u32 var, u64 tid, bool create);
void tr_dynvar_tl_delete(struct tr_dynvar *t, u32 var, u64 tid);

/*
 * A thread-local integer (verified: an 8-byte key, a value of at least 8
 * bytes): the first 8 bytes of its value under @tid, 0 if there is no
 * entry.  Storing @val makes the entry if it is missing (its value zeroed,
 * then the 8 bytes written) or, for 0, deletes it; false if the space is
 * full and nothing was stored (a dynamic variable drop, for the caller to
 * count).
 */
u64 tr_dynvar_tl_load(struct tr_dynvar *t, u32 var, u64 tid);
bool tr_dynvar_tl_store(struct tr_dynvar *t, u32 var, u64 tid, u64 val);

#endif /* TRACER_DYNVAR_H */
