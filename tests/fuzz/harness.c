// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/harness.c - the body of the fuzz target (see harness.h): the
 * verifier's contract with the interpreter, checked on one input.
 *
 * The image is copied into a heap block of exactly its length, and once it
 * is verified the bytes that belong to no section are poisoned, so an
 * out-of-section read by the interpreter is an ASan report, not a silent
 * read of neighbouring data.  Scratch, the aggregation table and the ring
 * are exact-size heap blocks too (tests/unit/env_mock.c).
 */
#include <stdlib.h>
#include <sanitizer/asan_interface.h>
#include "tracer/agg.h"
#include "tracer/interp.h"
#include "tracer/ring.h"
#include "env_mock.h"
#include "harness.h"

/*
 * Larger sessions are verified but not run: the host would allocate (and
 * clear the aggregation table) on every execution, slowing the campaign.
 */
#define FZ_MAX_RUN_BYTES	(80ull << 20)
#define FZ_MAX_AGG_BYTES	(16ull << 20)
#define FZ_MIN_FIRES		2
#define FZ_MAX_FIRES		64

#define FZ_CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "fuzz: invariant broken: ");	\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			abort();					\
		}							\
	} while (0)

static const u32 fz_sect_elem[TR_NSECTIONS] = {
#define TR_X_SIZE(name, type) [TR_SECT_##name] = sizeof(type),
	TR_SECTIONS(TR_X_SIZE)
#undef TR_X_SIZE
};

size_t fz_image_len(const u8 *data, size_t size)
{
	struct tr_image_hdr h;

	if (size < sizeof(h))
		return size;
	memcpy(&h, data, sizeof(h));
	if (h.total_size >= sizeof(h) && h.total_size <= size)
		return h.total_size;
	return size;
}

/* Poison (or unpoison) the image bytes outside the header and sections. */
static void fz_poison_gaps(const u8 *img, u32 len, bool poison)
{
	const struct tr_image_hdr *h = (const void *)img;
	u8 *used = calloc(1, len);
	u32 i, start;
	int s;

	FZ_CHECK(used, "out of memory");
	memset(used, 1, sizeof(*h));
	for (s = 0; s < TR_NSECTIONS; s++)
		memset(used + h->sect[s].off, 1,
		       (size_t)h->sect[s].count * fz_sect_elem[s]);
	for (i = 0; i < len; i = start) {
		for (start = i; start < len && !used[start]; start++)
			;
		if (start > i && poison)
			ASAN_POISON_MEMORY_REGION(img + i, start - i);
		for (; start < len && used[start]; start++)
			;
	}
	if (!poison)
		ASAN_UNPOISON_MEMORY_REGION(img, len);
	free(used);
}

/*
 * Drain the ring as the consumer would, checking every record; @small
 * reads it in small pieces.
 */
static void fz_check_ring(const struct tr_prog *prog, struct tr_ring *ring,
			  bool small)
{
	const struct tr_rec_hdr *rh;
	const u8 *data;
	u32 n, off;

	for (;;) {
		n = tr_ring_peek(ring, &data, small ? 64 : UINT32_MAX);
		if (!n && small)
			n = tr_ring_peek(ring, &data, UINT32_MAX);
		if (!n)
			break;
		for (off = 0; off < n; off += rh->size) {
			rh = (const void *)(data + off);

			FZ_CHECK(rh->size >= sizeof(*rh) && rh->size % 8 == 0 &&
				 rh->size <= n - off, "record size %u",
				 rh->size);
			if (rh->id == TR_REC_ID_PAD)
				continue;
			FZ_CHECK(rh->id < prog->nrecs, "record id %u", rh->id);
			FZ_CHECK(rh->size == sizeof(*rh) +
				 ((prog->recs[rh->id].size + 7) & ~7u),
				 "record %u is %u bytes", rh->id, rh->size);
		}
		tr_ring_consume(ring, n);
	}
}

/*
 * Check every slot, merge each entry twice into a fresh one as userspace
 * does with the CPUs' tables, then empty the table as SNAPSHOT drains it.
 */
static void fz_check_aggs(const struct tr_prog *prog, void *table)
{
	const struct tr_agg_table_hdr *h = table;
	static u64 merged[TR_AGG_MAX_VALS];
	struct tr_agg_slot *s;
	u32 i, used = 0;

	for (i = 0; i < h->entries; i++) {
		s = tr_agg_slot(table, i);
		FZ_CHECK(s->agg <= prog->naggs, "slot %u holds aggregation %u",
			 i, s->agg);
		if (!s->agg)
			continue;
		used++;
		tr_agg_init_vals(&prog->aggs[s->agg - 1], merged);
		tr_agg_merge(&prog->aggs[s->agg - 1], merged,
			     tr_agg_slot_vals(h, s));
		tr_agg_merge(&prog->aggs[s->agg - 1], merged,
			     tr_agg_slot_vals(h, s));
	}
	FZ_CHECK(used == h->used, "%u slots used, header says %u", used,
		 h->used);
	tr_agg_table_init(table, h->entries, h->key_area, h->stride);
}

static void fz_run_probe(struct tr_vm *vm, u32 probe)
{
	const struct tr_prog *prog = vm->prog;
	const struct tr_image_probe *p = &prog->probes[probe];
	u32 c, end = p->clause_first + p->clause_count;
	struct tr_pretest t = tr_pretest_find(prog, probe);
	bool skips = t.kind != TR_PRETEST_NONE && tr_pretest_skips(vm, &t);
	enum tr_fault fault;

	vm->exited = false;
	fault = tr_run_clauses(vm, p->clause_first, end);
	/* a firing its pretest skips would have done nothing */
	FZ_CHECK(!skips || (fault == TR_FAULT_NONE && !vm->exited),
		 "probe %u: its pretest skips a clause that faults or exits",
		 probe);
	while (fault != TR_FAULT_NONE) {
		c = vm->clause;
		FZ_CHECK(fault < TR_NFAULTS, "fault %d", fault);
		FZ_CHECK(c >= p->clause_first && c < end,
			 "fault in clause %u of probe %u", c, probe);
		FZ_CHECK(vm->fault_pc < prog->clauses[c].insn_count,
			 "fault at pc %u of a %u-instruction clause",
			 vm->fault_pc, prog->clauses[c].insn_count);
		vm->stats->faults[fault]++;
		fault = tr_run_clauses(vm, c + 1, end);
	}
}

/* BEGIN, the kprobes (until an exit()), END: what a session runs. */
static void fz_run_session(const struct tr_prog *prog, u32 fires)
{
	static const u32 kinds[] = { TR_PROBE_BEGIN, TR_PROBE_KPROBE,
				     TR_PROBE_TRACEPOINT, TR_PROBE_END };
	u32 rec_len = env_mock.record_len % (sizeof(env_mock.record) + 1);
	u8 *rec;
	const struct tr_image_hdr *h = prog->hdr;
	bool exited = false;
	struct tr_vm vm;
	u64 bytes, agg_bytes;
	u32 k, i, run;

	agg_bytes = tr_agg_table_bytes(h->agg_entries, tr_agg_stride(prog));
	bytes = h->scratch_size + tr_ring_bytes(h->buf_size) + agg_bytes;
	if (bytes > FZ_MAX_RUN_BYTES || agg_bytes > FZ_MAX_AGG_BYTES)
		return;
	/* tpsys: an exact-size heap block, so ASan sees any overrun */
	rec = malloc(rec_len ? rec_len : 1);
	FZ_CHECK(rec, "out of memory");
	memcpy(rec, env_mock.record, rec_len);
	env_mock_vm(&vm, prog);
	for (k = 0; k < ARRAY_SIZE(kinds); k++) {
		vm.pctx = kinds[k] == TR_PROBE_TRACEPOINT ? rec : NULL;
		vm.pctx_len = vm.pctx ? rec_len : 0;
		for (i = 0; i < prog->nprobes; i++) {
			if (prog->probes[i].kind != kinds[k] ||
			    (exited && kinds[k] != TR_PROBE_END))
				continue;
			for (run = 0; run < (kinds[k] == TR_PROBE_KPROBE ||
					     kinds[k] == TR_PROBE_TRACEPOINT ?
					     fires : 1); run++) {
				fz_run_probe(&vm, i);
				exited |= vm.exited;
				fz_check_ring(prog, vm.ring, run & 1);
			}
		}
	}
	fz_check_ring(prog, vm.ring, false);
	fz_check_aggs(prog, vm.agg);
	env_mock_vm_free(&vm);
	free(rec);
}

int fz_run_one(const u8 *data, size_t size)
{
	size_t len = fz_image_len(data, size), ctx_len;
	const u8 *ctx;
	u32 msg_len = 1 + size % 48;
	struct tr_prog prog;
	char msg[256], *small;
	u32 fires = FZ_MIN_FIRES;
	u8 *img;
	int err, err2;

	img = malloc(len ? len : 1);
	small = malloc(msg_len);
	FZ_CHECK(img && small, "out of memory");
	memcpy(img, data, len);
	ctx = data + len;
	ctx_len = size - len;
	if (ctx_len) {
		fires += *ctx++ % (FZ_MAX_FIRES - FZ_MIN_FIRES + 1);
		ctx_len--;
	}
	env_mock_fill(ctx, ctx_len);

	/* A short message buffer: the verifier must truncate, not overrun. */
	err2 = tr_verify(img, len, &prog, small, msg_len);
	FZ_CHECK(memchr(small, '\0', msg_len), "message not terminated");
	free(small);
	err = tr_verify(img, len, &prog, msg, sizeof(msg));
	FZ_CHECK(err == err2, "verdicts differ: %d then %d", err2, err);
	if (err) {
		FZ_CHECK(err == -EINVAL, "rejected with %d", err);
		FZ_CHECK(!strncmp(msg, "rule I", 6) ||
			 !strncmp(msg, "clause ", 7),
			 "rejection without a rule: '%s'", msg);
		free(img);
		return 0;
	}
	FZ_CHECK(prog.hdr == (const void *)img, "prog does not view the image");
	fz_poison_gaps(img, len, true);
	fz_run_session(&prog, fires);
	fz_poison_gaps(img, len, false);
	FZ_CHECK(!memcmp(img, data, len), "the image was modified");
	free(img);
	return 1;
}
