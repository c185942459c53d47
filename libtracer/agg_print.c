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
 *   - the value of count() or sum(): " %16lld";
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
static bool trl_is_text(u8 c)
{
	return (c >= ' ' && c <= '~') || (c >= '\t' && c <= '\r') ||
	       c == '\b' || c == '\a';
}

/* dt_print_bytes() with quiet and forceraw off, rawbytes unset. */
static void trl_print_bytes(FILE *f, const u8 *c, u32 nbytes, int width)
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

int trl_aggs_print(const struct trl_aggs *a, FILE *f)
{
	const struct trl_agg_entry *e;
	const struct tr_agg_meta *m;
	const u8 *key;
	u32 i, k;

	for (i = 0; i < a->nents; i++) {
		e = &a->ents[i];
		m = &a->prog->aggs[e->agg];
		key = trl_agg_key(a, e);
		for (k = 0; k < m->nkeys; k++)
			trl_print_key(f, &m->keys[k], key);
		/* count() and sum(): one 8-byte value, dt_print_datum's %lld */
		fprintf(f, " %*lld\n", 16, (long long)e->vals[0]);
	}
	return ferror(f) ? -EIO : 0;
}
