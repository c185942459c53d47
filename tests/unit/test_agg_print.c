// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_agg_print.c - merging per-CPU aggregation snapshots and
 * printing them in DTrace's default layout, byte for byte.
 *
 * Each case fills two CPU tables the way the module does (common/agg.c:
 * tr_agg_table_init, tr_agg_entry, tr_agg_apply), merges them with
 * trl_aggs_add_table, sorts with trl_aggs_sort and prints with
 * trl_aggs_print.  Expected text comes from DTrace's own expected output
 * where a test of Oracle's DTrace (github.com/oracle/dtrace-utils,
 * test/unittest/aggs/tst.*.r) shows it, and otherwise from the printing
 * code of illumos libdtrace (dt_consume.c: dt_print_datum, dt_print_bytes;
 * dt_aggregate.c: dt_aggregate_varvalcmp, dt_aggregate_keycmp).  The .r
 * files begin with the blank line dtrace.c prints before the aggregations;
 * the CLI prints that line, so it is not part of the strings below.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"
#include "check.h"

#define NCPU		2
#define ENTRIES		64
#define MAX_AGGS	8

/* A program with aggregations only, built by hand. */
struct fake {
	struct tr_program prog;
	struct tr_agg_meta aggs[MAX_AGGS];
	struct tr_field keys[MAX_AGGS][4];
	u8 *table[NCPU];
	u32 key_area, stride;
};

static struct fake *fake_new(void)
{
	struct fake *f = calloc(1, sizeof(*f));

	f->prog.aggs = f->aggs;
	return f;
}

/* Add an aggregation: @nkeys fields, "i4" "u2" "i8" ... or "s16". */
static u32 fake_agg(struct fake *f, const char *name, u32 func, u32 nkeys,
		    const char *const *types)
{
	u32 id = f->prog.naggs++, i, off = 0, size;
	struct tr_agg_meta *m = &f->aggs[id];

	m->name = (char *)name;
	m->func = func;
	m->nkeys = nkeys;
	m->keys = f->keys[id];
	for (i = 0; i < nkeys; i++) {
		size = atoi(types[i] + 1);
		m->keys[i] = (struct tr_field){
			types[i][0] == 's' ? TR_VT_STR : TR_VT_INT,
			types[i][0] == 'i', size, off };
		off += types[i][0] == 's' ? (size + 7) & ~7u : 8;
	}
	m->key_size = off;
	m->desc.func = func;
	m->desc.key_size = off;
	m->desc.nvals = tr_agg_nvals[func];
	return id;
}

/* Allocate the CPU tables once every aggregation is declared. */
static void fake_tables(struct fake *f)
{
	u32 i, c;

	f->key_area = 0;
	for (i = 0; i < f->prog.naggs; i++)
		if (f->aggs[i].key_size > f->key_area)
			f->key_area = f->aggs[i].key_size;
	f->stride = sizeof(struct tr_agg_slot) + f->key_area + 8;
	for (i = 0; i < f->prog.naggs; i++)
		if (sizeof(struct tr_agg_slot) + f->key_area +
		    f->aggs[i].desc.nvals * 8 > f->stride)
			f->stride = sizeof(struct tr_agg_slot) + f->key_area +
				    f->aggs[i].desc.nvals * 8;
	for (c = 0; c < NCPU; c++) {
		f->table[c] = malloc(tr_agg_table_bytes(ENTRIES, f->stride));
		tr_agg_table_init(f->table[c], ENTRIES, f->key_area, f->stride);
	}
}

/* What a probe on @cpu does for @agg[key...] = count() or sum(@value). */
static void fire(struct fake *f, u32 cpu, u32 agg, u64 value, ...)
{
	const struct tr_agg_meta *m = &f->aggs[agg];
	u8 key[TR_MAX_KEY_SIZE] = { 0 };
	va_list ap;
	u64 *vals, v;
	u32 i;

	va_start(ap, value);
	for (i = 0; i < m->nkeys; i++) {
		if (m->keys[i].type == TR_VT_STR) {
			strncpy((char *)key + m->keys[i].offset,
				va_arg(ap, const char *), m->keys[i].size);
		} else {
			v = va_arg(ap, u64);
			memcpy(key + m->keys[i].offset, &v, 8);
		}
	}
	va_end(ap);
	vals = tr_agg_entry(f->table[cpu], agg, &m->desc, key);
	CHECK(vals != NULL, "table full");
	if (vals)
		tr_agg_apply(&m->desc, vals, value, 1);
}

/* Merge both CPUs, sort, print; compare with @want. */
static void expect(struct fake *f, const char *what, const char *want)
{
	struct trl_aggs a;
	char msg[256] = "";
	size_t n;
	char *out;
	FILE *o;
	u32 c;
	int err;

	trl_aggs_init(&a, &f->prog);
	for (c = 0; c < NCPU; c++) {
		err = trl_aggs_add_table(&a, f->table[c],
					 tr_agg_table_bytes(ENTRIES, f->stride),
					 msg, sizeof(msg));
		CHECK(err == 0, "%s: add_table: %s", what, msg);
	}
	trl_aggs_sort(&a);
	o = open_memstream(&out, &n);
	err = trl_aggs_print(&a, o);
	fclose(o);
	CHECK(err == 0, "%s: print failed", what);
	CHECK(!strcmp(out, want), "%s: got\n[%s]\nwant\n[%s]", what, out,
	      want);
	free(out);
	trl_aggs_free(&a);
}

static void fake_free(struct fake *f)
{
	u32 c;

	for (c = 0; c < NCPU; c++)
		free(f->table[c]);
	free(f);
}

#define NEG(v)	((u64)(s64)(v))

/* tst.empty.r: "@a = sum(12345678)" and nothing else: " %16lld". */
static void test_no_key(void)
{
	struct fake *f = fake_new();
	u32 a = fake_agg(f, "a", TR_AGG_SUM, 0, NULL);

	fake_agg(f, "b", TR_AGG_COUNT, 0, NULL);	/* never fires */
	fake_tables(f);
	fire(f, 0, a, 12345000);
	fire(f, 1, a, 678);
	expect(f, "no key", "         12345678\n");
	fake_free(f);
}

/* tst.chararray-key.r: "@[curpsinfo->pr_fname] = count()" in dtrace. */
static void test_string_key(void)
{
	static const char *const s16[] = { "s16" };
	struct fake *f = fake_new();
	u32 a = fake_agg(f, "", TR_AGG_COUNT, 1, s16);

	fake_tables(f);
	fire(f, 1, a, 0, "dtrace");
	expect(f, "string key",
	       "  dtrace                                                            1\n");
	fake_free(f);
}

/* tst.typecast-key.r: "@[(int32_t)1, 2] = count()" twice. */
static void test_two_int_keys(void)
{
	static const char *const i4i4[] = { "i4", "i4" };
	struct fake *f = fake_new();
	u32 a = fake_agg(f, "", TR_AGG_COUNT, 2, i4i4);

	fake_tables(f);
	fire(f, 0, a, 0, (u64)1, (u64)2);
	fire(f, 1, a, 0, (u64)1, (u64)2);
	expect(f, "two int keys", "        1        2                2\n");
	fake_free(f);
}

/*
 * tst.signedkeys.r: @i8[(char)k], @i16[(short)k], @i32[k] and
 * @i64[(long long)k] = sum(k) for k = -2 .. 2.  1- and 2-byte keys print
 * unsigned, 4- and 8-byte keys signed.  The .r file was made with
 * aggsortkey; sorted by value (the default) the lines are the same, in the
 * order of the sums -2, -1, 0, 1, 2.
 */
static void test_signed_keys(void)
{
	static const char *const types[4][1] = {
		{ "i1" }, { "i2" }, { "i4" }, { "i8" } };
	struct fake *f = fake_new();
	u32 i, cpu;
	int k;

	fake_agg(f, "i8", TR_AGG_SUM, 1, types[0]);
	fake_agg(f, "i16", TR_AGG_SUM, 1, types[1]);
	fake_agg(f, "i32", TR_AGG_SUM, 1, types[2]);
	fake_agg(f, "i64", TR_AGG_SUM, 1, types[3]);
	fake_tables(f);
	for (i = 0; i < 4; i++)
		for (k = -2, cpu = 0; k <= 2; k++, cpu ^= 1)
			fire(f, cpu, i, NEG(k), NEG(k));
	expect(f, "signed keys",
	       " 254               -2\n"
	       " 255               -1\n"
	       "   0                0\n"
	       "   1                1\n"
	       "   2                2\n"
	       " 65534               -2\n"
	       " 65535               -1\n"
	       "     0                0\n"
	       "     1                1\n"
	       "     2                2\n"
	       "       -2               -2\n"
	       "       -1               -1\n"
	       "        0                0\n"
	       "        1                1\n"
	       "        2                2\n"
	       "               -2               -2\n"
	       "               -1               -1\n"
	       "                0                0\n"
	       "                1                1\n"
	       "                2                2\n");
	fake_free(f);
}

/*
 * Merging and the default order (dt_aggregate_varvalcmp): by aggregation
 * id, then value, ties by key: strings byte by byte, integers unsigned at
 * their size (so -1 after 3).  Counts of one key on both CPUs add up.
 */
static void test_merge_and_order(void)
{
	static const char *const s16[] = { "s16" };
	static const char *const i4[] = { "i4" };
	static const char *const s16i4[] = { "s16", "i4" };
	static const char *const i8[] = { "i8" };
	struct fake *f = fake_new();
	u32 byname, bypid, both, none, wide, i;

	byname = fake_agg(f, "byname", TR_AGG_COUNT, 1, s16);
	none = fake_agg(f, "none", TR_AGG_COUNT, 1, s16);
	bypid = fake_agg(f, "bypid", TR_AGG_SUM, 1, i4);
	both = fake_agg(f, "both", TR_AGG_COUNT, 2, s16i4);
	wide = fake_agg(f, "wide", TR_AGG_COUNT, 1, i8);
	fake_tables(f);
	(void)none;

	for (i = 0; i < 2; i++)
		fire(f, 0, byname, 0, "bash");
	fire(f, 1, byname, 0, "bash");
	for (i = 0; i < 3; i++)
		fire(f, 0, byname, 0, "cron");
	for (i = 0; i < 5; i++)
		fire(f, 1, byname, 0, "sshd");
	fire(f, 1, byname, 0, "a");

	fire(f, 0, bypid, 10, NEG(-1));
	fire(f, 1, bypid, 10, (u64)3);
	fire(f, 0, bypid, 4, (u64)1);
	fire(f, 1, bypid, 6, (u64)1);
	fire(f, 1, bypid, NEG(-20), (u64)77);

	fire(f, 0, both, 0, "bash", (u64)4242);
	fire(f, 1, both, 0, "bash", (u64)4242);
	fire(f, 1, both, 0, "bash", (u64)17);

	fire(f, 0, wide, 0, NEG(-1));
	fire(f, 1, wide, 0, (u64)1);

	expect(f, "merge and order",
	       "  a                                                                 1\n"
	       "  bash                                                              3\n"
	       "  cron                                                              3\n"
	       "  sshd                                                              5\n"
	       "       77              -20\n"
	       "        1               10\n"
	       "        3               10\n"
	       "       -1               10\n"
	       "  bash                                                     17                1\n"
	       "  bash                                                   4242                2\n"
	       "                1                1\n"
	       "               -1                1\n");
	fake_free(f);
}

/*
 * dt_print_bytes(): a key that is not printable text followed by NULs --
 * here the empty string -- is dumped in hex, starting on a new line, and
 * the value follows the dump.
 */
static void test_raw_key(void)
{
	static const char *const s16[] = { "s16" };
	struct fake *f = fake_new();
	u32 a = fake_agg(f, "", TR_AGG_COUNT, 1, s16);

	fake_tables(f);
	fire(f, 0, a, 0, "");
	expect(f, "empty string key",
	       "\n"
	       "             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef\n"
	       "         0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................\n"
	       "                1\n");
	fake_free(f);
}

/* A snapshot that does not fit the program is refused with a message. */
static void test_bad_tables(void)
{
	static const char *const i4[] = { "i4" };
	struct fake *f = fake_new();
	struct tr_agg_table_hdr *h;
	struct trl_aggs a;
	char msg[256];
	u32 agg = fake_agg(f, "x", TR_AGG_COUNT, 1, i4);
	size_t len;

	fake_tables(f);
	fire(f, 0, agg, 0, (u64)1);
	len = tr_agg_table_bytes(ENTRIES, f->stride);
	h = (struct tr_agg_table_hdr *)f->table[0];
	trl_aggs_init(&a, &f->prog);

	CHECK(trl_aggs_add_table(&a, h, 8, msg, sizeof(msg)) == -EINVAL,
	      "short snapshot accepted");
	CHECK(trl_aggs_add_table(&a, h, len - 8, msg, sizeof(msg)) == -EINVAL,
	      "truncated snapshot accepted");
	h->stride -= 8;
	CHECK(trl_aggs_add_table(&a, h, len, msg, sizeof(msg)) == -EINVAL,
	      "snapshot with a short stride accepted");
	h->stride += 8;
	f->prog.naggs = 0;
	CHECK(trl_aggs_add_table(&a, h, len, msg, sizeof(msg)) == -EINVAL &&
	      strstr(msg, "names aggregation 0"),
	      "slot of an unknown aggregation accepted: %s", msg);
	f->prog.naggs = 1;
	f->aggs[0].keys[0].offset = 8;
	CHECK(trl_aggs_add_table(&a, h, len, msg, sizeof(msg)) == -EINVAL,
	      "key outside its aggregation's key accepted");
	f->aggs[0].keys[0].offset = 0;
	CHECK(trl_aggs_add_table(&a, h, len, msg, sizeof(msg)) == 0 &&
	      a.nents == 1, "good snapshot refused: %s", msg);
	trl_aggs_free(&a);
	fake_free(f);
}

/* Many keys: the merge index grows and every key is kept once. */
static void test_many_keys(void)
{
	static const char *const i8[] = { "i8" };
	struct fake *f = fake_new();
	struct trl_aggs a;
	char msg[256];
	u32 agg = fake_agg(f, "", TR_AGG_COUNT, 1, i8);
	u32 c, i, n = 1000;
	bool ok = true;

	fake_tables(f);
	for (c = 0; c < NCPU; c++) {
		free(f->table[c]);
		f->table[c] = malloc(tr_agg_table_bytes(4096, f->stride));
		tr_agg_table_init(f->table[c], 4096, f->key_area, f->stride);
		for (i = 0; i < n; i++) {
			u8 key[8];
			u64 k = i * 7919 % n, *vals;

			memcpy(key, &k, 8);
			vals = tr_agg_lookup(f->table[c], agg, key, 8);
			if (vals)
				vals[0]++;
		}
	}
	trl_aggs_init(&a, &f->prog);
	for (c = 0; c < NCPU; c++)
		CHECK(trl_aggs_add_table(&a, f->table[c],
					 tr_agg_table_bytes(4096, f->stride),
					 msg, sizeof(msg)) == 0, "%s", msg);
	trl_aggs_sort(&a);
	CHECK(a.nents == n, "%u entries, want %u", a.nents, n);
	for (i = 0; i < a.nents; i++) {
		u64 k;

		memcpy(&k, trl_agg_key(&a, &a.ents[i]), 8);
		ok &= k == i && a.ents[i].vals[0] == NCPU;
	}
	CHECK(ok, "keys 0..%u, each counted on both CPUs, in key order", n);
	trl_aggs_free(&a);
	fake_free(f);
}

/* Give lquantize() aggregation @id its parameters (before fake_tables). */
static void fake_lquantize(struct fake *f, u32 id, s32 base, u16 step,
			   u16 levels)
{
	struct tr_image_agg *d = &f->aggs[id].desc;

	d->base = base;
	d->step = step;
	d->levels = levels;
	d->nvals = tr_agg_count_vals(d);
}

#define QHDR	"\n           value  ------------- Distribution ------------- count    \n"

/* quantize() merged across CPUs: buckets add; bars round to nearest. */
static void test_quantize(void)
{
	struct fake *f = fake_new();
	u32 q = fake_agg(f, "q", TR_AGG_QUANTIZE, 0, NULL);

	fake_tables(f);
	fire(f, 0, q, 1);
	fire(f, 1, q, 1);
	fire(f, 1, q, 9);
	expect(f, "quantize", QHDR
	       "               0 |                                         0        \n"
	       "               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@              2        \n"
	       "               2 |                                         0        \n"
	       "               4 |                                         0        \n"
	       "               8 |@@@@@@@@@@@@@                            1        \n"
	       "              16 |                                         0        \n"
	       "\n");
	fake_free(f);
}

/* lquantize(): the "< base" and ">= limit" rows. */
static void test_lquantize(void)
{
	struct fake *f = fake_new();
	u32 l = fake_agg(f, "l", TR_AGG_LQUANTIZE, 0, NULL);

	fake_lquantize(f, l, -10, 10, 2);
	fake_tables(f);
	fire(f, 0, l, NEG(-11));
	fire(f, 1, l, 10);
	expect(f, "lquantize", QHDR
	       "           < -10 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
	       "             -10 |                                         0        \n"
	       "               0 |                                         0        \n"
	       "           >= 10 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
	       "\n");
	fake_free(f);
}

/* min() and max() merge signed; avg() and stddev() from merged sums. */
static void test_scalars(void)
{
	static const char *const i8[] = { "i8" };
	struct fake *f = fake_new();
	u32 mn = fake_agg(f, "mn", TR_AGG_MIN, 1, i8);
	u32 mx = fake_agg(f, "mx", TR_AGG_MAX, 0, NULL);
	u32 av = fake_agg(f, "av", TR_AGG_AVG, 0, NULL);
	u32 sd = fake_agg(f, "sd", TR_AGG_STDDEV, 0, NULL);

	fake_tables(f);
	fire(f, 0, mn, 5, (u64)1);
	fire(f, 1, mn, NEG(-2), (u64)1);
	fire(f, 1, mn, 9, (u64)2);
	fire(f, 0, mx, NEG(-7));
	fire(f, 1, mx, NEG(-3));
	fire(f, 0, av, 10);
	fire(f, 1, av, 15);
	fire(f, 0, sd, 2);
	fire(f, 1, sd, 4);
	fire(f, 1, sd, 4);
	fire(f, 1, sd, 6);
	expect(f, "min max avg stddev",
	       "                1               -2\n"
	       "                2                9\n"
	       "               -3\n"
	       "               12\n"
	       "                1\n");
	fake_free(f);
}

int main(void)
{
	test_no_key();
	test_string_key();
	test_two_int_keys();
	test_signed_keys();
	test_merge_and_order();
	test_raw_key();
	test_bad_tables();
	test_many_keys();
	test_quantize();
	test_lquantize();
	test_scalars();
	return check_report("test_agg_print");
}
