// SPDX-License-Identifier: GPL-2.0
/*
 * common/dynvar.c - the dynamic variable space (include/tracer/dynvar.h):
 * a chained hash table over a fixed pool of equal-sized entries.
 *
 * Memory, one block:
 *   struct tr_dynvar | buckets[nbuckets] | ents[nentries] | data
 * Entry i is ents[i], its links, and `area` bytes at data + i * area: the
 * key (the variable's key_size) then the value (its val_size); `area` is
 * the largest key + value of any variable.  Buckets and links hold entry
 * index + 1, 0 ending a chain.  Free entries are chained on `free`.
 *
 * Only `data` is reachable through VAs (TR_VA_DYNVAR).  The links live
 * apart from it, so no program, even a hostile one computing addresses,
 * can reach them: a stale or forged write changes keys and values only,
 * never the shape of the table.
 *
 * Invariants, under the lock: every entry is on exactly one chain (a
 * bucket's or the free list); `used` counts the entries on buckets.
 * Deleting an entry puts it back on the free list at once, so a variable
 * assigned 0 gives its room back and a thread-local created and freed
 * once per firing never exhausts the space.
 */
#include "tracer/dynvar.h"
#include "tracer/hash.h"

struct tr_dynvar_ent {
	u32 next;		/* index + 1 of the next on its chain */
	u32 var;		/* variable id + 1; 0: free */
	u32 hash;
};

struct tr_dynvar {
	tr_lock_t lock;
	u32 nbuckets;		/* a power of two */
	u32 nentries;
	u32 area;		/* data bytes per entry */
	u32 free;		/* index + 1 of the first free entry */
	u32 used;
	const struct tr_image_dvar *vars;	/* the image's, verified */
	u32 *buckets;
	struct tr_dynvar_ent *ents;
	u8 *data;
};

#define TR_DYNVAR_ALIGN(n)	(((n) + 7) & ~(u64)7)

static u32 tr_dynvar_area(const struct tr_prog *prog)
{
	u32 i, n, area = 0;

	for (i = 0; i < prog->ndvars; i++) {
		n = prog->dvars[i].key_size + prog->dvars[i].val_size;
		if (n > area)
			area = n;
	}
	return area;
}

/* The shape of a table for @prog within @space bytes of entries. */
static void tr_dynvar_shape(const struct tr_prog *prog, u32 space,
			    u32 *nentries, u32 *nbuckets, u32 *area)
{
	u32 n, b = 1;

	*area = tr_dynvar_area(prog);
	n = space / (*area + sizeof(struct tr_dynvar_ent) + sizeof(u32));
	if (!n)
		n = 1;
	while (b * 2 <= n)
		b *= 2;
	*nentries = n;
	*nbuckets = b;
}

u64 tr_dynvar_bytes(const struct tr_prog *prog, u32 space)
{
	u32 n, b, area;

	if (!prog->ndvars)
		return 0;
	tr_dynvar_shape(prog, space, &n, &b, &area);
	return TR_DYNVAR_ALIGN(sizeof(struct tr_dynvar)) +
	       TR_DYNVAR_ALIGN((u64)b * sizeof(u32)) +
	       TR_DYNVAR_ALIGN((u64)n * sizeof(struct tr_dynvar_ent)) +
	       (u64)n * area;
}

static struct tr_dynvar_ent *tr_dynvar_ent(struct tr_dynvar *t, u32 idx1)
{
	return &t->ents[idx1 - 1];
}

static u8 *tr_dynvar_key(struct tr_dynvar *t, u32 idx1)
{
	return t->data + (u64)(idx1 - 1) * t->area;
}

struct tr_dynvar *tr_dynvar_init(void *mem, const struct tr_prog *prog,
				 u32 space)
{
	struct tr_dynvar *t = mem;
	u32 i, n, b, area;

	tr_dynvar_shape(prog, space, &n, &b, &area);
	memset(t, 0, sizeof(*t));
	tr_lock_init(&t->lock);
	t->nbuckets = b;
	t->nentries = n;
	t->area = area;
	t->vars = prog->dvars;
	t->buckets = (u32 *)((u8 *)mem +
			     TR_DYNVAR_ALIGN(sizeof(struct tr_dynvar)));
	t->ents = (struct tr_dynvar_ent *)((u8 *)t->buckets +
			TR_DYNVAR_ALIGN((u64)b * sizeof(u32)));
	t->data = (u8 *)t->ents +
		  TR_DYNVAR_ALIGN((u64)n * sizeof(struct tr_dynvar_ent));
	memset(t->buckets, 0, (size_t)b * sizeof(u32));
	memset(t->ents, 0, (size_t)n * sizeof(*t->ents));
	memset(t->data, 0, (size_t)n * area);
	for (i = n; i >= 1; i--) {
		tr_dynvar_ent(t, i)->next = t->free;
		t->free = i;
	}
	return t;
}

u32 tr_dynvar_capacity(const struct tr_dynvar *t)
{
	return t->nentries;
}

u32 tr_dynvar_used(const struct tr_dynvar *t)
{
	return READ_ONCE(t->used);
}

u8 *tr_dynvar_data(struct tr_dynvar *t)
{
	return t->data;
}

u64 tr_dynvar_data_bytes(const struct tr_dynvar *t)
{
	return (u64)t->nentries * t->area;
}

/* A key's hash (include/tracer/hash.h), mixed with the variable id. */
static u32 tr_dynvar_hash(u32 var, u32 key_hash)
{
	return key_hash ^ ((var + 1) * 0x9e3779b9u);
}

/* Under the lock: the link that points at the entry, or at the 0 ending
 * the chain if there is none. */
static __always_inline u32 *tr_dynvar_find(struct tr_dynvar *t, u32 var,
					   const u8 *key, u32 klen, u32 hash)
{
	u32 *link = &t->buckets[hash & (t->nbuckets - 1)];
	struct tr_dynvar_ent *e;

	while (*link) {
		e = tr_dynvar_ent(t, *link);
		if (e->var == var + 1 && e->hash == hash &&
		    tr_bytes_eq(tr_dynvar_key(t, *link), key, klen))
			return link;
		link = &e->next;
	}
	return link;
}

/* Zero @n bytes at @p, a multiple of 8: values are short, a call costs. */
static __always_inline void tr_dynvar_zero(u8 *p, u32 n)
{
	static const u64 zero;
	u32 i;

	for (i = 0; i < n; i += 8)
		memcpy(p + i, &zero, sizeof(zero));
}

/*
 * Under the lock: the entry (index + 1) of the @klen-byte @key whose hash
 * is @hash, or 0 if there is none.  With @create, a missing entry is made
 * with a zeroed value if there is room.
 */
static __always_inline u32 tr_dynvar_entry(struct tr_dynvar *t, u32 var,
					   const u8 *key, u32 klen, u32 hash,
					   bool create)
{
	u32 *link = tr_dynvar_find(t, var, key, klen, hash);
	struct tr_dynvar_ent *e;
	u32 idx1 = *link;

	if (!idx1 && create && t->free) {
		idx1 = t->free;
		e = tr_dynvar_ent(t, idx1);
		t->free = e->next;
		e->next = 0;
		e->var = var + 1;
		e->hash = hash;
		/* memmove: a program may give as the key bytes of the
		 * dynamic variable space itself, even of this free entry */
		memmove(tr_dynvar_key(t, idx1), key, klen);
		tr_dynvar_zero(tr_dynvar_key(t, idx1) + klen,
			       t->vars[var].val_size);
		*link = idx1;
		t->used++;
	}
	return idx1;
}

/* tr_dynvar_lookup() of the @klen-byte @key whose hash is @hash. */
static __always_inline s64 tr_dynvar_get(struct tr_dynvar *t, u32 var,
					 const u8 *key, u32 klen, u32 hash,
					 bool create)
{
	unsigned long flags;
	s64 off = -1;
	u32 idx1;

	tr_lock(&t->lock, flags);
	idx1 = tr_dynvar_entry(t, var, key, klen, hash, create);
	if (idx1)
		off = (s64)(idx1 - 1) * t->area + klen;
	tr_unlock(&t->lock, flags);
	return off;
}

/* tr_dynvar_delete() of the @klen-byte @key whose hash is @hash. */
static __always_inline void tr_dynvar_del(struct tr_dynvar *t, u32 var,
					  const u8 *key, u32 klen, u32 hash)
{
	struct tr_dynvar_ent *e;
	unsigned long flags;
	u32 *link, idx1;

	tr_lock(&t->lock, flags);
	link = tr_dynvar_find(t, var, key, klen, hash);
	idx1 = *link;
	if (idx1) {
		e = tr_dynvar_ent(t, idx1);
		*link = e->next;
		e->var = 0;
		e->next = t->free;
		t->free = idx1;
		t->used--;
	}
	tr_unlock(&t->lock, flags);
}

s64 tr_dynvar_lookup(struct tr_dynvar *t, u32 var, const u8 *key,
		     bool create)
{
	u32 klen = t->vars[var].key_size;

	return tr_dynvar_get(t, var, key, klen,
			     tr_dynvar_hash(var, tr_hash_bytes(key, klen)),
			     create);
}

void tr_dynvar_delete(struct tr_dynvar *t, u32 var, const u8 *key)
{
	u32 klen = t->vars[var].key_size;

	tr_dynvar_del(t, var, key, klen,
		      tr_dynvar_hash(var, tr_hash_bytes(key, klen)));
}

/*
 * The thread-local fast path: the key is one word, hashed and compared in
 * registers (the same hash as tr_hash_bytes() of its 8 bytes, so both
 * paths find the same entries), with no key buffer to build or read.
 */
static __always_inline u32 tr_dynvar_tl_hash(u32 var, u64 tid)
{
	return tr_dynvar_hash(var, tr_hash_word(tid));
}

s64 tr_dynvar_tl_lookup(struct tr_dynvar *t, u32 var, u64 tid, bool create)
{
	return tr_dynvar_get(t, var, (const u8 *)&tid, sizeof(tid),
			     tr_dynvar_tl_hash(var, tid), create);
}

void tr_dynvar_tl_delete(struct tr_dynvar *t, u32 var, u64 tid)
{
	tr_dynvar_del(t, var, (const u8 *)&tid, sizeof(tid),
		      tr_dynvar_tl_hash(var, tid));
}

/*
 * A thread-local integer's value, read or written with its lookup under
 * one taking of the lock: no offset is handed out, so none is checked.
 */
u64 tr_dynvar_tl_load(struct tr_dynvar *t, u32 var, u64 tid)
{
	unsigned long flags;
	u64 val = 0;
	u32 idx1;

	tr_lock(&t->lock, flags);
	idx1 = tr_dynvar_entry(t, var, (const u8 *)&tid, sizeof(tid),
			       tr_dynvar_tl_hash(var, tid), false);
	if (idx1)
		memcpy(&val, tr_dynvar_key(t, idx1) + sizeof(tid), sizeof(val));
	tr_unlock(&t->lock, flags);
	return val;
}

bool tr_dynvar_tl_store(struct tr_dynvar *t, u32 var, u64 tid, u64 val)
{
	unsigned long flags;
	u32 idx1;

	if (!val) {
		tr_dynvar_tl_delete(t, var, tid);
		return true;
	}
	tr_lock(&t->lock, flags);
	idx1 = tr_dynvar_entry(t, var, (const u8 *)&tid, sizeof(tid),
			       tr_dynvar_tl_hash(var, tid), true);
	if (idx1)
		memcpy(tr_dynvar_key(t, idx1) + sizeof(tid), &val, sizeof(val));
	tr_unlock(&t->lock, flags);
	return idx1 != 0;
}
