// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/diag.c - diagnostics: every error and warning the compiler
 * prints goes through here, in one format:
 *
 *	tracer: FILE:LINE:COL: message
 *	the source line
 *	          ^
 *
 * The caret line copies the tabs of the source line so that the caret lines
 * up however wide the terminal's tab stops are.  Columns count bytes from 1.
 */
#include <stdlib.h>
#include "trc_impl.h"

static void trc_diag(struct trc_ctx *ctx, struct trc_loc loc,
		     const char *kind, const char *fmt, va_list ap)
{
	const char *line, *end, *p;
	FILE *f = ctx->tc_errf;
	int n;

	if (!f)
		return;
	if (loc.line <= 0) {
		fprintf(f, "tracer: %s: %s", ctx->tc_file, kind);
		vfprintf(f, fmt, ap);
		fputc('\n', f);
		return;
	}
	fprintf(f, "tracer: %s:%d:%d: %s", ctx->tc_file, loc.line, loc.col,
		kind);
	vfprintf(f, fmt, ap);
	fputc('\n', f);

	line = ctx->tc_src;
	end = ctx->tc_src + ctx->tc_srclen;
	for (n = 1; n < loc.line && line < end; n++) {
		p = memchr(line, '\n', end - line);
		line = p ? p + 1 : end;
	}
	p = memchr(line, '\n', end - line);
	if (!p)
		p = end;
	if (p > line && p[-1] == '\r')
		p--;
	fprintf(f, "%.*s\n", (int)(p - line), line);
	for (n = 1; n < loc.col && line + n - 1 < p; n++)
		fputc(line[n - 1] == '\t' ? '\t' : ' ', f);
	for (; n < loc.col; n++)
		fputc(' ', f);
	fputs("^\n", f);
}

void trc_error(struct trc_ctx *ctx, struct trc_loc loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	trc_diag(ctx, loc, "", fmt, ap);
	va_end(ap);
	ctx->tc_nerrors++;
}

void trc_warn(struct trc_ctx *ctx, struct trc_loc loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	trc_diag(ctx, loc, "warning: ", fmt, ap);
	va_end(ap);
}

/* Levenshtein distance, for "did you mean"; names are short. */
static unsigned int trc_distance(const char *a, const char *b)
{
	unsigned int la = strlen(a), lb = strlen(b), i, j;
	unsigned int row[64], prev, tmp;

	if (lb >= ARRAY_SIZE(row) || la >= 64)
		return ~0u;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			row[j] = prev + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	return row[lb];
}

const char *trc_closest(const char *name, const char *const *names,
			unsigned int n)
{
	unsigned int i, d, best = ~0u, limit = strlen(name) / 3 + 1;
	const char *found = NULL;

	if (limit > 3)
		limit = 3;
	for (i = 0; i < n; i++) {
		d = strlen(names[i]);	/* a cheap bound first: many names */
		if (d > strlen(name) + limit || d + limit < strlen(name))
			continue;
		d = trc_distance(name, names[i]);
		if (d <= limit && d < best) {
			best = d;
			found = names[i];
		}
	}
	return found;
}
