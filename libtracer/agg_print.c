// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/agg_print.c - aggregations in DTrace's default layout, the one
 * dtrace(1M) uses for every aggregation not printed by printa() when
 * tracing ends: dtrace_aggregate_print() -> dt_print_agg() ->
 * dt_print_aggs() -> dt_print_datum() in illumos/FreeBSD dt_consume.c.
 *
 * One line per entry, in the order trl_aggs_sort() gave:
 *   - each key, in order (dt_print_datum's fmttab, by the key's size):
 *       8-byte integer  " %16lld"  signed
 *       4-byte integer  " %8d"     the low 32 bits, signed
 *       2-byte integer  " %5d"     the low 16 bits, unsigned
 *       1-byte integer  " %3d"     the low 8 bits, unsigned
 *       string          dt_print_bytes() with width -50: "  %-50s" when
 *                       the bytes are printable text then NULs, else a
 *                       hex dump (an empty string is not printable text);
 *       stack()         dt_print_stack(): a newline, then a line per
 *                       frame (ksyms.c); ustack() as dt_print_ustack(),
 *                       the same in the recorded process (usyms.c);
 *       func(), sym()   dt_print_sym(): "  %-50s" of module`function;
 *       usym(), ufunc(), uaddr(), umod()  dt_print_usym(), dt_print_umod():
 *                       the same of module`function, +0xoff, module;
 *   - the value: " %16lld" for count() sum() min() max() and avg(),
 *     " %16llu" for stddev(), and for the quantizations their table
 *     (dt_print_quantize, dt_print_lquantize, dt_print_llquantize), which
 *     starts with a newline, so the keys stand on a line of their own;
 *   - "\n".
 * Nothing separates two aggregations, and an aggregation without entries
 * prints nothing.  The blank line before the first one is the CLI's (it is
 * printed even when there are no aggregations, as dtrace.c does).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "tracer.h"

#define TRL_STR_KEY_WIDTH	(-50)	/* fmttab's width for strings */

/*
 * isprint(3C) || isspace(3C) || '\b' || '\a' in the C locale: what
 * dt_print_bytes() accepts as text.  Bytes >= 0x80 are not text.
 */
bool trl_is_text(u8 c)
{
	return (c >= ' ' && c <= '~') || (c >= '\t' && c <= '\r') ||
	       c == '\b' || c == '\a';
}

/* dt_print_bytes() with quiet and forceraw off, rawbytes unset. */
void trl_print_bytes(FILE *f, const u8 *c, u32 nbytes, int width)
{
	const int margin = 5;
	char s[TR_MAX_KEY_SIZE + 1];
	u32 i, j;

	if (!nbytes || nbytes > TR_MAX_KEY_SIZE)
		return;
	for (i = 0; i < nbytes; i++) {
		if (trl_is_text(c[i]))
			continue;
		if (c[i] == '\0' && i > 0) {
			/* Text then NULs is a string; NULs then more is not. */
			for (j = i + 1; j < nbytes; j++)
				if (c[j] != '\0')
					break;
			if (j != nbytes)
				break;
			fprintf(f, " %s%*s", width < 0 ? " " : "", width,
				(const char *)c);
			return;
		}
		break;
	}
	if (i == nbytes) {
		/* All text and no NUL: a string that fills its slot. */
		memcpy(s, c, nbytes);
		s[nbytes] = '\0';
		fprintf(f, "  %-*s", width, s);
		return;
	}

	fprintf(f, "\n%*s      ", margin, "");
	for (i = 0; i < 16; i++)
		fprintf(f, "  %c", "0123456789abcdef"[i]);
	fprintf(f, "  0123456789abcdef\n");
	for (i = 0; i < nbytes; i += 16) {
		fprintf(f, "%*s%5x:", margin, "", i);
		for (j = i; j < i + 16 && j < nbytes; j++)
			fprintf(f, " %02x", c[j]);
		while (j++ % 16)
			fprintf(f, "   ");
		fprintf(f, "  ");
		for (j = i; j < i + 16 && j < nbytes; j++)
			fputc(c[j] < ' ' || c[j] > '~' ? '.' : c[j], f);
		fputc('\n', f);
	}
}

/* One key field, as dt_print_datum() prints it with normal 1. */
static void trl_print_key(FILE *f, const struct tr_field *k, const u8 *key)
{
	u64 raw;

	if (k->type == TR_VT_STACK || k->type == TR_VT_USTACK) {
		trl_print_stack(f, k->type, key + k->offset, k->size);
		return;
	}
	if (k->type == TR_VT_SYM || trl_is_usym(k->type)) {
		trl_print_sym(f, k->type, key + k->offset);
		return;
	}
	if (k->type != TR_VT_INT) {
		trl_print_bytes(f, key + k->offset, k->size,
				TRL_STR_KEY_WIDTH);
		return;
	}
	memcpy(&raw, key + k->offset, sizeof(raw));
	switch (k->size) {
	case 8:
		fprintf(f, " %*lld", 16, (long long)raw);
		break;
	case 4:
		fprintf(f, " %*d", 8, (int)(u32)raw);
		break;
	case 2:
		fprintf(f, " %*d", 5, (int)(u16)raw);
		break;
	case 1:
		fprintf(f, " %*d", 3, (int)(u8)raw);
		break;
	}
}

/* ---- quantizations: dt_print_quantize() and friends ----------------- */

/* dt_print_quantline(): one row's bar and count. */
static void trl_print_quantline(FILE *f, s64 val, u64 normal,
				long double total, bool pos, bool neg)
{
	static const char ats[] = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
	static const char spaces[] = "                                        ";
	unsigned int len = 40, depth = 0;
	long double v = val < 0 ? -(long double)val : (long double)val;

	if (!neg) {
		if (pos)
			depth = (unsigned int)(v * len / total + 0.5);
		fprintf(f, "|%s%s %-9lld\n", ats + len - depth, spaces + depth,
			(long long)val / (long long)normal);
		return;
	}
	if (!pos) {
		depth = (unsigned int)(v * len / total + 0.5);
		fprintf(f, "%s%s| %-9lld\n", spaces + depth, ats + len - depth,
			(long long)val / (long long)normal);
		return;
	}
	/* both signs: half-length bars on each side of a centre line */
	len /= 2;
	depth = (unsigned int)(v * len / total + 0.5);
	if (val <= 0)
		fprintf(f, "%s%s|%*s %-9lld\n", spaces + 40 - len + depth,
			ats + 40 - depth, (int)len, "",
			(long long)val / (long long)normal);
	else
		fprintf(f, "%20s|%s%s %-9lld\n", "", ats + 40 - depth,
			spaces + 40 - len + depth,
			(long long)val / (long long)normal);
}

/* The row label of bucket @i, as each dt_print_*quantize() writes it. */
static void trl_print_bucket_label(FILE *f, const struct tr_image_agg *d,
				   u32 i)
{
	char c[32];

	if (d->func == TR_AGG_QUANTIZE) {
		fprintf(f, "%16lld ", (long long)trl_agg_bucket_value(d, i));
		return;
	}
	if (i == 0)
		snprintf(c, sizeof(c), "< %lld",
			 (long long)trl_agg_bucket_value(d, 0));
	else if (i == d->nvals - 1 && d->func == TR_AGG_LQUANTIZE)
		snprintf(c, sizeof(c), ">= %lld", (long long)d->base +
			 (long long)d->levels * d->step);
	else if (i == d->nvals - 1)
		snprintf(c, sizeof(c), ">= %lld",
			 (long long)trl_agg_bucket_value(d, i));
	else
		snprintf(c, sizeof(c), "%lld",
			 (long long)trl_agg_bucket_value(d, i));
	fprintf(f, "%16s ", c);
}

/*
 * The table of a quantization: the rows from one zero bucket before the
 * first non-zero one to one after the last (or, all zero, the rows around
 * 0 for quantize and the first ones for the others), each bar the share
 * of the total of the printed rows.
 */
static void trl_print_quantize(FILE *f, const struct tr_image_agg *d,
			       const u64 *vals, u64 normal)
{
	const s64 *data = (const s64 *)vals;
	u32 n = d->nvals, first = 0, last = n - 1, i;
	long double total = 0;
	bool pos = false, neg = false;

	while (first < n && !data[first])
		first++;
	if (first == n) {
		if (d->func == TR_AGG_QUANTIZE) {
			first = TR_AGG_QUANTIZE_ZEROBUCKET - 1;
			last = TR_AGG_QUANTIZE_ZEROBUCKET + 1;
		} else {
			first = 0;
			last = d->func == TR_AGG_LQUANTIZE ? 2 : 1;
		}
	} else {
		if (first > 0)
			first--;
		while (last > 0 && !data[last])
			last--;
		if (last < n - 1)
			last++;
	}
	for (i = first; i <= last; i++) {
		pos |= data[i] > 0;
		neg |= data[i] < 0;
		total += data[i] < 0 ? -(long double)data[i] :
				       (long double)data[i];
	}
	fprintf(f, "\n%16s %41s %-9s\n", "value",
		"------------- Distribution -------------", "count");
	for (i = first; i <= last; i++) {
		trl_print_bucket_label(f, d, i);
		trl_print_quantline(f, data[i], normal, total, pos, neg);
	}
}

/* ---- entries ---------------------------------------------------------- */

int trl_aggs_print_value(FILE *f, const struct tr_image_agg *d,
			 const u64 *vals, u64 normal)
{
	switch (d->func) {
	case TR_AGG_AVG:
		fprintf(f, " %16lld", (long long)trl_agg_avg(vals, normal));
		break;
	case TR_AGG_STDDEV:
		fprintf(f, " %16llu",
			(unsigned long long)trl_agg_stddev(vals, normal));
		break;
	case TR_AGG_QUANTIZE:
	case TR_AGG_LQUANTIZE:
	case TR_AGG_LLQUANTIZE:
		trl_print_quantize(f, d, vals, normal);
		break;
	default:	/* count sum min max: one 8-byte value */
		fprintf(f, " %16lld", (long long)vals[0] / (long long)normal);
		break;
	}
	return ferror(f) ? -EIO : 0;
}

static void trl_print_entry(const struct trl_aggs *a,
			    const struct trl_agg_entry *e, u64 normal, FILE *f)
{
	const struct tr_agg_meta *m = &a->prog->aggs[e->agg];
	const u8 *key = trl_agg_key(a, e);
	u32 k;

	for (k = 0; k < m->nkeys; k++)
		trl_print_key(f, &m->keys[k], key);
	trl_aggs_print_value(f, &m->desc, e->vals, normal);
	fputc('\n', f);
}

int trl_aggs_print(const struct trl_aggs *a, FILE *f)
{
	u32 i;

	for (i = 0; i < a->nents; i++)
		trl_print_entry(a, &a->ents[i], 1, f);
	return ferror(f) ? -EIO : 0;
}

int trl_aggs_print_one(const struct trl_aggs *a, u32 agg, u64 normal,
		       FILE *f)
{
	u32 i;

	for (i = 0; i < a->nents; i++)
		if (a->ents[i].agg == agg)
			trl_print_entry(a, &a->ents[i], normal, f);
	return ferror(f) ? -EIO : 0;
}
