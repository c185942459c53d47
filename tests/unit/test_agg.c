// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_agg.c - the shared aggregation arithmetic of common/agg.c,
 * under the sanitizers: DTrace's bucket of every quantization (illumos
 * dtrace.c: dtrace_aggregate_quantize, _lquantize, _llquantize_bucket),
 * value counts from the parameters, initial values of a new entry, min,
 * max, avg and stddev with its 128-bit sum of squares, merging two CPUs'
 * entries, clearing, the AGGN instruction's increment, and the word-at-a-
 * time key hash and compare (include/tracer/hash.h) on keys whose size is
 * no multiple of 8.
 */
#include <stdint.h>
#include <string.h>
#include "tracer/agg.h"
#include "tracer/hash.h"
#include "tracer/interp.h"
#include "check.h"
#include "env_mock.h"
#include "imgbuild.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static struct tr_image_agg agg(u32 func)
{
	struct tr_image_agg a = { .func = func };

	a.nvals = tr_agg_count_vals(&a);
	return a;
}

/* The bucket one value lands in. */
static int bucket_of(const struct tr_image_agg *a, s64 v)
{
	u64 vals[TR_MAX_AGG_VALS] = { 0 };
	u32 i;

	tr_agg_apply(a, vals, (u64)v, 1);
	for (i = 0; i < a->nvals; i++)
		if (vals[i])
			return (int)i;
	return -1;
}

static void test_quantize(void)
{
	struct tr_image_agg q = agg(TR_AGG_QUANTIZE);
	const int z = TR_AGG_QUANTIZE_ZEROBUCKET;
	u64 vals[TR_AGG_QUANTIZE_NBUCKETS] = { 0 };

	CHECK(q.nvals == 127, "quantize keeps 127 buckets: %u", q.nvals);
	CHECK(tr_agg_quantize_bucketval(z) == 0, "bucket 63 is 0");
	CHECK(tr_agg_quantize_bucketval(z + 1) == 1, "bucket 64 is 1");
	CHECK(tr_agg_quantize_bucketval(z - 1) == -1, "bucket 62 is -1");
	CHECK(tr_agg_quantize_bucketval(126) == INT64_C(1) << 62,
	      "the top bucket is 2^62");
	CHECK(tr_agg_quantize_bucketval(0) == -(INT64_C(1) << 62),
	      "the bottom bucket is -2^62");
	CHECK(bucket_of(&q, 0) == z, "0 in the zero bucket");
	CHECK(bucket_of(&q, 1) == z + 1, "1 in [1, 2)");
	CHECK(bucket_of(&q, 2) == z + 2 && bucket_of(&q, 3) == z + 2,
	      "2 and 3 in [2, 4)");
	CHECK(bucket_of(&q, 1023) == z + 10 && bucket_of(&q, 1024) == z + 11,
	      "1023 in [512, 1024), 1024 in [1024, 2048)");
	CHECK(bucket_of(&q, -1) == z - 1, "-1 in the -1 bucket");
	CHECK(bucket_of(&q, -2) == z - 2 && bucket_of(&q, -3) == z - 3 + 1,
	      "-2 in (-4, -2], -3 too");
	CHECK(bucket_of(&q, -4) == z - 3, "-4 in (-8, -4]");
	CHECK(bucket_of(&q, INT64_MAX) == 126, "INT64_MAX in the top bucket");
	CHECK(bucket_of(&q, INT64_MIN) == 0,
	      "INT64_MIN in the bottom bucket");
	/* every power of two and its neighbours, against the definition:
	 * the bucket whose range [bucketval(b), bucketval(b + 1)) holds v,
	 * or (negative) (bucketval(b - 1), bucketval(b)] */
	for (int k = 0; k < 63; k++) {
		for (int d = -1; d <= 1; d++) {
			s64 v = (s64)((INT64_C(1) << k) + d);
			int b = bucket_of(&q, v), nb = bucket_of(&q, -v);

			CHECK(v <= 0 || (tr_agg_quantize_bucketval(b) <= v &&
					 (b == 126 ||
					  v < tr_agg_quantize_bucketval(b + 1))),
			      "%lld in bucket %d", (long long)v, b);
			CHECK(v <= 0 || (-v <= tr_agg_quantize_bucketval(nb) &&
					 (nb == 0 ||
					  -v > tr_agg_quantize_bucketval(nb - 1))),
			      "%lld in bucket %d", (long long)-v, nb);
		}
	}
	tr_agg_apply(&q, vals, 5, 7);
	tr_agg_apply(&q, vals, 6, (u64)-2);
	CHECK(vals[z + 3] == 5, "an increment is added: %lld",
	      (long long)vals[z + 3]);
}

static void test_lquantize(void)
{
	struct tr_image_agg l = { .func = TR_AGG_LQUANTIZE, .base = -10,
				  .step = 5, .levels = 4 };

	l.nvals = tr_agg_count_vals(&l);
	CHECK(l.nvals == 6, "levels + 2 buckets: %u", l.nvals);
	CHECK(bucket_of(&l, -11) == 0, "below the base: bucket 0");
	CHECK(bucket_of(&l, -10) == 1 && bucket_of(&l, -6) == 1,
	      "[-10, -5) is bucket 1");
	CHECK(bucket_of(&l, 9) == 4, "[5, 10) is bucket 4");
	CHECK(bucket_of(&l, 10) == 5 && bucket_of(&l, 1000000) == 5,
	      "the limit and above: the last bucket");
	CHECK(bucket_of(&l, (INT64_C(1) << 32) + 7) == 4,
	      "the value is truncated to 32 bits, as in DTrace");
	l.step = 0;
	CHECK(tr_agg_count_vals(&l) == 0, "a zero step is refused");
	l.step = 1;
	l.base = INT32_MAX - 2;
	CHECK(tr_agg_count_vals(&l) == 0, "a limit past INT32_MAX is refused");
}

static void test_llquantize(void)
{
	struct tr_image_agg ll = { .func = TR_AGG_LLQUANTIZE, .factor = 10,
				   .low = 0, .high = 3, .nsteps = 10 };

	ll.nvals = tr_agg_count_vals(&ll);
	CHECK(ll.nvals == 38, "10, 0, 3, 10: 38 buckets: %u", ll.nvals);
	CHECK(bucket_of(&ll, 0) == 0 && bucket_of(&ll, -5) == 0,
	      "below 10^0: bucket 0");
	CHECK(bucket_of(&ll, 1) == 1 && bucket_of(&ll, 9) == 9,
	      "1..9 one per bucket");
	CHECK(bucket_of(&ll, 10) == 10 && bucket_of(&ll, 19) == 10 &&
	      bucket_of(&ll, 20) == 11, "10..99 by tens");
	CHECK(bucket_of(&ll, 9999) == 36 && bucket_of(&ll, 10000) == 37 &&
	      bucket_of(&ll, INT64_MAX) == 37, "10^4 and above: the last");
	ll.nsteps = 15;
	CHECK(tr_agg_count_vals(&ll) == 0,
	      "steps must divide a power of the factor");
	ll.nsteps = 10;
	ll.high = 18;
	CHECK(tr_agg_count_vals(&ll) == 0, "10^19 does not fit: refused");
	ll.high = 17;
	ll.nvals = tr_agg_count_vals(&ll);
	CHECK(ll.nvals == 1 + 9 * 18, "10^18 fits: %u buckets", ll.nvals);
	CHECK(bucket_of(&ll, INT64_MAX) == (int)ll.nvals - 1,
	      "INT64_MAX with the top magnitude clamps into the last bucket");
	ll = (struct tr_image_agg){ .func = TR_AGG_LLQUANTIZE, .factor = 4,
				    .low = 1, .high = 3, .nsteps = 8 };
	ll.nvals = tr_agg_count_vals(&ll);
	CHECK(bucket_of(&ll, 40) == 1 + 6 + 3,
	      "4, 1, 3, 8: 40 is the 4th bucket of [16, 64)");
}

static void test_scalars(void)
{
	struct tr_image_agg mn = agg(TR_AGG_MIN), mx = agg(TR_AGG_MAX);
	struct tr_image_agg av = agg(TR_AGG_AVG), sd = agg(TR_AGG_STDDEV);
	u64 a[4], b[4];

	tr_agg_init_vals(&mn, a);
	CHECK((s64)a[0] == INT64_MAX, "min starts at INT64_MAX");
	tr_agg_apply(&mn, a, 5, 1);
	tr_agg_apply(&mn, a, (u64)-3, 1);
	tr_agg_init_vals(&mn, b);
	tr_agg_apply(&mn, b, (u64)-9, 1);
	tr_agg_merge(&mn, a, b);
	CHECK((s64)a[0] == -9, "min is signed and merges: %lld",
	      (long long)a[0]);
	tr_agg_init_vals(&mx, a);
	CHECK((s64)a[0] == INT64_MIN, "max starts at INT64_MIN");
	tr_agg_apply(&mx, a, (u64)-5, 1);
	CHECK((s64)a[0] == -5, "max of one negative value is that value");
	tr_agg_init_vals(&av, a);
	tr_agg_apply(&av, a, 4, 1);
	tr_agg_apply(&av, a, (u64)-1, 1);
	memcpy(b, a, sizeof(b));
	tr_agg_merge(&av, a, b);
	CHECK(a[0] == 4 && (s64)a[1] == 6, "avg keeps count and sum");
	tr_agg_init_vals(&sd, a);
	tr_agg_apply(&sd, a, UINT64_C(1) << 40, 1);
	tr_agg_apply(&sd, a, (u64)-(INT64_C(1) << 40), 1);
	CHECK(a[0] == 2 && a[1] == 0, "stddev keeps count and sum");
	CHECK(a[2] == 0 && a[3] == UINT64_C(1) << 17,
	      "the sum of squares is 128 bits: 2 * 2^80");
	memcpy(b, a, sizeof(b));
	b[2] = ~UINT64_C(0);
	tr_agg_merge(&sd, a, b);
	CHECK(a[2] == ~UINT64_C(0) && a[3] == UINT64_C(1) << 18,
	      "merged sums of squares carry");
	a[2] = 1;
	tr_agg_merge(&sd, a, b);
	CHECK(a[2] == 0 &&
	      a[3] == (UINT64_C(1) << 18) + (UINT64_C(1) << 17) + 1,
	      "a carry out of the low word");
	tr_agg_init_vals(&sd, a);
	tr_agg_apply(&sd, a, (u64)INT64_MIN, 1);
	CHECK(a[2] == 0 && a[3] == UINT64_C(1) << 62,
	      "INT64_MIN squared is 2^126");
}

static void test_table(void)
{
	struct tr_image_agg mn = agg(TR_AGG_MIN);
	u32 stride = sizeof(struct tr_agg_slot) + 8 + 8;
	u64 table[(sizeof(struct tr_agg_table_hdr) + 16 * 24) / 8 + 1];
	u64 key = 7, *v;

	mn.key_size = 8;
	tr_agg_table_init(table, 16, 8, stride);
	v = tr_agg_entry(table, 0, &mn, (u8 *)&key);
	CHECK(v && (s64)v[0] == INT64_MAX,
	      "a new entry starts at its initial value");
	tr_agg_apply(&mn, v, 3, 1);
	v = tr_agg_entry(table, 0, &mn, (u8 *)&key);
	CHECK(v && v[0] == 3, "the same key finds the same entry");
}

/*
 * The interpreter's inline lookup finds an entry in its home slot only;
 * anything else is tr_agg_entry()'s, which finds the same values.
 */
static void test_hit(void)
{
	struct tr_image_agg c = agg(TR_AGG_COUNT);
	u32 stride = sizeof(struct tr_agg_slot) + 8 + 8;
	u64 table[(sizeof(struct tr_agg_table_hdr) + 16 * 24) / 8 + 1];
	struct tr_agg_table_hdr *h = (struct tr_agg_table_hdr *)table;
	u64 key = 7, other, *v, *w;
	u32 home;

	c.key_size = 8;
	tr_agg_table_init(table, 16, 8, stride);
	CHECK(!tr_agg_hit(table, 0, (u8 *)&key, 8), "a new key: no hit");
	v = tr_agg_entry(table, 0, &c, (u8 *)&key);
	CHECK(v && tr_agg_hit(table, 0, (u8 *)&key, 8) == v,
	      "an entry in its home slot is a hit");
	CHECK(!tr_agg_hit(table, 1, (u8 *)&key, 8),
	      "the same key of another aggregation is not");
	home = tr_agg_home(h, tr_hash_bytes((u8 *)&key, 8));
	for (other = 8; tr_agg_home(h, tr_hash_bytes((u8 *)&other, 8)) != home;
	     other++)
		;
	w = tr_agg_entry(table, 0, &c, (u8 *)&other);
	CHECK(w && w != v && !tr_agg_hit(table, 0, (u8 *)&other, 8),
	      "a key moved on by a collision is no hit");
	CHECK(tr_agg_entry(table, 0, &c, (u8 *)&other) == w,
	      "tr_agg_entry() finds it");
	tr_agg_table_init(table, 0, 8, stride);
	CHECK(!tr_agg_hit(table, 0, (u8 *)&key, 8),
	      "a table of no entries has no home slot");
}

/* AGGN: the quantizations' increment comes from a register. */
static void test_aggn(void)
{
	static u64 img[2048];
	u64 code[] = {
		I(MOVI, 1, 0, 0, 6), I(MOVI, 2, 0, 0, 5),
		I(SCR, 3, 0, 0, 0), I(AGGN, 1, 3, 2, 0), RET,
	};
	struct tr_prog prog;
	struct tr_vm vm;
	struct imgb b;
	char msg[256];
	u64 *vals;
	u32 len;

	imgb_init(&b);
	imgb_agg(&b, TR_AGG_QUANTIZE, 0);
	imgb_clause(&b, code, 5);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	len = imgb_build(&b, img, sizeof(img));
	CHECK(tr_verify(img, len, &prog, msg, sizeof(msg)) == 0, "%s", msg);
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "AGGN runs");
	vals = tr_agg_lookup(vm.agg, 0, (const u8 *)"", 0);
	CHECK(vals && vals[TR_AGG_QUANTIZE_ZEROBUCKET + 3] == 5,
	      "6 counted 5 times in [4, 8)");
	env_mock_vm_free(&vm);
}

/* Keys of every size up to 24 bytes that differ in their last byte only. */
static void test_key_tails(void)
{
	u8 a[24], b[24];
	u32 n, same = 0;

	for (n = 1; n <= sizeof(a); n++) {
		memset(a, 'x', sizeof(a));
		memset(b, 'x', sizeof(b));
		b[n - 1] = 'y';
		CHECK(tr_bytes_eq(a, a, n) && !tr_bytes_eq(a, b, n),
		      "keys of %u bytes that differ in the last one", n);
		CHECK(tr_bytes_eq(a, b, n - 1),
		      "the first %u bytes are equal", n - 1);
		same += tr_hash_bytes(a, n) == tr_hash_bytes(b, n);
	}
	CHECK(same == 0, "%u of 24 last-byte changes kept the hash", same);
}

int main(void)
{
	test_quantize();
	test_lquantize();
	test_llquantize();
	test_scalars();
	test_table();
	test_hit();
	test_aggn();
	test_key_tails();
	return check_report("aggregations");
}
