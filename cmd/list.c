// SPDX-License-Identifier: GPL-2.0
/*
 * cmd/list.c - `tracer -l`: the probes of the catalogue (compiler/catalog.c)
 * in dtrace -l's layout (illumos cmd/dtrace/dtrace.c, list_probe()):
 *
 *    ID   PROVIDER            MODULE                          FUNCTION NAME
 *     1     dtrace                                                     BEGIN
 *
 * IDs number every probe of the catalogue in its order, so a probe keeps
 * its ID whatever the filter.  With descriptions (-n, -P, -m, -f: dtrace's
 * provider, module and function forms, filled from the right), only the
 * probes that match one are listed, with the compiler's matcher.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "cli.h"
#include "compiler.h"

struct cli_lister {
	const char *(*descs)[TRC_PDESC_FIELDS];
	unsigned int ndescs;
	bool *matched;		/* per description */
	unsigned int id;	/* of the last probe considered */
	bool verbose;		/* -lv: argument types */
	struct trc_ctx *types;	/* -lv: the kernel's BTF, for fbt */
	FILE *out;
	char *msg;		/* why the listing failed */
	size_t msg_len;
};

/* -lv: a tracepoint's fields, from its format file, as args->FIELD. */
static void cli_list_tracepoint_args(const struct trc_cprobe *p, FILE *out)
{
	char file[512], path[640], line[512], *decl, *end;
	FILE *f;

	snprintf(file, sizeof(file), "events/%s/%s/format", p->f[1], p->f[3]);
	f = fopen(trc_catalog_path(file, path, sizeof(path)), "r");
	if (!f) {
		fprintf(out, "\t\t(unknown: %s unreadable)\n", path);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		decl = strstr(line, "field:");
		end = decl ? strchr(decl, ';') : NULL;
		/* the common_* fields are the event header, not arguments */
		if (!end || strstr(decl, " common_"))
			continue;
		*end = '\0';
		fprintf(out, "\t\t%s\n", decl + strlen("field:"));
	}
	fclose(f);
}

/* -lv: what dtrace prints under "Argument Types". */
static int cli_list_args(struct cli_lister *l, const struct trc_cprobe *p)
{
	int err = 0;

	fprintf(l->out, "\n\tArgument Types\n");
	if (!strcmp(p->f[0], "tracepoint"))
		cli_list_tracepoint_args(p, l->out);
	else if (!strcmp(p->f[0], "fbt"))
		err = trc_fbt_arg_types(l->types, p->f[1], p->f[2],
					!strcmp(p->f[3], "return"), l->out);
	else
		fprintf(l->out, "\t\tNone\n");
	fputc('\n', l->out);
	return err;
}

static int cli_list_probe(const struct trc_cprobe *p, void *arg)
{
	struct cli_lister *l = arg;
	bool want = !l->ndescs;
	unsigned int i;

	l->id++;
	for (i = 0; i < l->ndescs; i++) {
		if (trc_pdesc_match(l->descs[i], p)) {
			l->matched[i] = true;
			want = true;
		}
	}
	if (!want)
		return 0;
	fprintf(l->out, "%5u %10s %17s %33s %s\n", l->id, p->f[0], p->f[1],
		p->f[2], p->f[3]);
	if (l->verbose && cli_list_args(l, p)) {
		snprintf(l->msg, l->msg_len, "out of memory");
		return -ENOMEM;
	}
	return 0;
}

int cli_list(const char *const *descs, unsigned int ndescs, bool verbose,
	     FILE *out, char *msg, size_t msg_len)
{
	struct cli_lister l = { .ndescs = ndescs, .verbose = verbose,
				.out = out, .msg = msg, .msg_len = msg_len };
	char **bufs;
	unsigned int i;
	int err = -ENOMEM;

	l.matched = calloc(ndescs + 1, sizeof(*l.matched));
	l.descs = calloc(ndescs + 1, sizeof(*l.descs));
	bufs = calloc(ndescs + 1, sizeof(*bufs));
	l.types = verbose ? trc_types_new() : NULL;
	if (!l.matched || !l.descs || !bufs || (verbose && !l.types)) {
		snprintf(msg, msg_len, "out of memory");
		goto out;
	}
	for (i = 0; i < ndescs; i++) {
		bufs[i] = malloc(strlen(descs[i]) + TRC_PDESC_FIELDS);
		if (!bufs[i]) {
			snprintf(msg, msg_len, "out of memory");
			goto out;
		}
		if (!trc_pdesc_split(descs[i], bufs[i], l.descs[i])) {
			snprintf(msg, msg_len,
				 "invalid probe description %s: more than four fields",
				 descs[i]);
			err = -EINVAL;
			goto out;
		}
	}
	fprintf(out, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE",
		"FUNCTION", "NAME");
	err = trc_catalog_walk(NULL, cli_list_probe, &l, msg, msg_len);
	for (i = 0; !err && i < ndescs; i++) {
		if (l.matched[i])
			continue;
		snprintf(msg, msg_len,
			 "failed to match %s: No probe matches description",
			 descs[i]);
		err = -ENOENT;
	}
out:
	for (i = 0; bufs && i < ndescs; i++)
		free(bufs[i]);
	free(bufs);
	free(l.descs);
	free(l.matched);
	trc_types_free(l.types);
	return err;
}
