// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/tracefs.c - the kernel's event catalogue in tracefs: where it
 * is, an event's id and the fields of its format file.
 *
 * The root (trc_tracefs_root(), catalog.h) is $TRACER_TRACEFS if set (the
 * host tests point it at tests/fake-tracefs, a few of the lab kernel's
 * files), else /sys/kernel/tracing, else /sys/kernel/debug/tracing.  An event CAT:EVENT
 * lives in ROOT/events/CAT/EVENT/ with files `id` and `format`, whose
 * field lines read
 *
 *	field:unsigned int fd;	offset:16;	size:8;	signed:0;
 *	field:char prev_comm[16];	offset:8;	size:16;	signed:1;
 *	field:__data_loc char[] filename;	offset:8;	size:4;	signed:1;
 *
 * Offsets count from the start of the record, struct trace_entry (the
 * common_* fields) included, which is what the probe record region holds.
 */
#include <ctype.h>
#include <stdlib.h>
#include <unistd.h>
#include "trc_impl.h"
#include "catalog.h"

const char *trc_tracefs_root(void)
{
	const char *env = getenv("TRACER_TRACEFS");

	if (env && *env)
		return env;
	if (!access("/sys/kernel/tracing/events", F_OK))
		return "/sys/kernel/tracing";
	return "/sys/kernel/debug/tracing";
}

static FILE *trc_tracefs_open(const char *cat, const char *event,
			      const char *file)
{
	char path[4096];

	if (snprintf(path, sizeof(path), "%s/events/%s/%s/%s",
		     trc_tracefs_root(), cat, event, file) >= (int)sizeof(path)) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	return fopen(path, "r");
}

int trc_tracefs_event_id(const char *cat, const char *event, u64 *id)
{
	FILE *f = trc_tracefs_open(cat, event, "id");
	unsigned long long v;
	int n;

	if (!f)
		return -errno;
	n = fscanf(f, "%llu", &v);
	fclose(f);
	if (n != 1)
		return -EINVAL;
	*id = v;
	return 0;
}

/* The number after @key in @line, or -1. */
static long trc_format_num(const char *line, const char *key)
{
	const char *p = strstr(line, key);

	return p ? strtol(p + strlen(key), NULL, 10) : -1;
}

/* Classify the declaration @decl of a field of @size bytes. */
static enum trc_tpf_kind trc_format_kind(const char *decl, u32 size)
{
	if (!strncmp(decl, "__data_loc ", 11))
		return TRC_TPF_DATALOC;
	if (strchr(decl, '['))
		return strstr(decl, "char") && !strchr(decl, '*') ?
		       TRC_TPF_CHARS : TRC_TPF_OTHER;
	if (strchr(decl, '*'))
		return TRC_TPF_INT;		/* a pointer */
	return size == 1 || size == 2 || size == 4 || size == 8 ?
	       TRC_TPF_INT : TRC_TPF_OTHER;
}

/* The field's name: the last identifier of @decl, before any "[...]". */
static char *trc_format_name(struct trc_ctx *ctx, const char *decl)
{
	const char *end = strchr(decl, '[');
	const char *start;

	if (!end || !strncmp(decl, "__data_loc ", 11))
		end = decl + strlen(decl);
	while (end > decl && end[-1] == ' ')
		end--;
	start = end;
	while (start > decl && (start[-1] == '_' || isalnum((u8)start[-1])))
		start--;
	return trc_strndup(ctx, start, end - start);
}

/* Parse one "field:" line into @fd; false if it is not one. */
static bool trc_format_field(struct trc_ctx *ctx, const char *line,
			     struct trc_tpfield *fd)
{
	const char *p = strstr(line, "field:"), *semi;
	long off, size, sgn;

	if (!p)
		return false;
	p += 6;
	semi = strchr(p, ';');
	off = trc_format_num(line, "offset:");
	size = trc_format_num(line, "size:");
	sgn = trc_format_num(line, "signed:");
	if (!semi || off < 0 || size <= 0 || off > TR_MAX_PCTX_OFF ||
	    size > TR_MAX_PCTX_OFF)
		return false;
	fd->decl = trc_strndup(ctx, p, semi - p);
	fd->name = trc_format_name(ctx, fd->decl);
	fd->off = off;
	fd->size = size;
	fd->is_signed = sgn == 1;
	fd->kind = trc_format_kind(fd->decl, size);
	return *fd->name != '\0';
}

struct trc_tpformat *trc_tracefs_format(struct trc_ctx *ctx, const char *cat,
					const char *event)
{
	FILE *f = trc_tracefs_open(cat, event, "format");
	struct trc_tpformat *fmt;
	struct trc_tpfield fd;
	char line[1024];
	u32 cap = 0;

	if (!f)
		return NULL;
	fmt = trc_alloc(ctx, sizeof(*fmt));
	while (fgets(line, sizeof(line), f)) {
		if (!trc_format_field(ctx, line, &fd))
			continue;
		trc_grow(ctx, &fmt->fields, &cap, fmt->nfields + 1,
			 sizeof(fd));
		fmt->fields[fmt->nfields++] = fd;
	}
	fclose(f);
	return fmt;
}
