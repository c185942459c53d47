// SPDX-License-Identifier: GPL-2.0
/*
 * cmd/list.c - `tracer -l`: the probes tracer can enable, in dtrace -l's
 * layout (illumos cmd/dtrace/dtrace.c, list_probe()):
 *
 *    ID   PROVIDER            MODULE                          FUNCTION NAME
 *     1     dtrace                                                     BEGIN
 *
 * The probes: dtrace:::BEGIN, END and ERROR; fbt entry and return for every
 * function the kernel can kprobe, read from available_filter_functions
 * (a module's functions are followed by "[module]" there; the others are
 * listed in module vmlinux); and the usual profile and tick rates.  IDs
 * number them in that order.  With descriptions (-n, or -l's own), only
 * the probes that match one are listed; each field is a glob (fnmatch),
 * an empty field matches all, and a description with fewer than four
 * fields fills them from the right, as a probe description does.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

/* Where the kernel lists the functions kprobes can attach to. */
static const char *const cli_filter_paths[] = {
	"/sys/kernel/tracing/available_filter_functions",
	"/sys/kernel/debug/tracing/available_filter_functions",
};

static const char *const cli_timed_probes[] = {
	"profile-97", "profile-199", "profile-499", "profile-997",
	"profile-1999", "profile-4001", "profile-4999", "tick-1", "tick-10",
	"tick-100", "tick-500", "tick-1000", "tick-5000",
};

#define CLI_PDESC_FIELDS	4

struct cli_lister {
	const char *const *descs;
	unsigned int ndescs;
	bool *matched;		/* per description */
	unsigned int id;	/* of the last probe considered */
	unsigned int listed;
	FILE *out;
};

/* Does @field (NUL- or ':'-terminated, @len bytes) glob-match @value? */
static bool cli_field_match(const char *field, size_t len, const char *value)
{
	char pat[256];

	if (!len)
		return true;
	if (len >= sizeof(pat))
		return false;
	memcpy(pat, field, len);
	pat[len] = '\0';
	return !fnmatch(pat, value, 0);
}

static bool cli_desc_match(const char *desc, const char *const f[4])
{
	const char *parts[CLI_PDESC_FIELDS + 1], *p = desc, *c;
	size_t lens[CLI_PDESC_FIELDS + 1];
	int n = 0, i;

	for (;;) {
		if (n == CLI_PDESC_FIELDS)
			return false;
		c = strchr(p, ':');
		parts[n] = p;
		lens[n++] = c ? (size_t)(c - p) : strlen(p);
		if (!c)
			break;
		p = c + 1;
	}
	for (i = 0; i < n; i++)
		if (!cli_field_match(parts[i], lens[i],
				     f[CLI_PDESC_FIELDS - n + i]))
			return false;
	return true;
}

static void cli_list_probe(struct cli_lister *l, const char *prov,
			   const char *mod, const char *func,
			   const char *name)
{
	const char *const f[CLI_PDESC_FIELDS] = { prov, mod, func, name };
	bool want = !l->ndescs;
	unsigned int i;

	l->id++;
	for (i = 0; i < l->ndescs; i++) {
		if (cli_desc_match(l->descs[i], f)) {
			l->matched[i] = true;
			want = true;
		}
	}
	if (!want)
		return;
	fprintf(l->out, "%5u %10s %17s %33s %s\n", l->id, prov, mod, func,
		name);
	l->listed++;
}

/* "func" or "func [module]" (and anything after it) into its parts. */
static bool cli_parse_filter_line(char *line, char **func, char **mod)
{
	char *p;

	line[strcspn(line, "\n")] = '\0';
	p = strchr(line, ' ');
	*func = line;
	*mod = "vmlinux";
	if (p) {
		*p++ = '\0';
		if (*p == '[' && strchr(p, ']')) {
			*mod = p + 1;
			*strchr(*mod, ']') = '\0';
		}
	}
	return **func != '\0';
}

static int cli_list_fbt(struct cli_lister *l, char *msg, size_t msg_len)
{
	const char *path = getenv("TRACER_FILTER_FUNCTIONS");
	char line[512], *func, *mod;
	unsigned int i;
	FILE *f = NULL;

	if (path) {
		f = fopen(path, "r");
	} else {
		for (i = 0; !f && i < ARRAY_SIZE(cli_filter_paths); i++)
			f = fopen(path = cli_filter_paths[i], "r");
	}
	if (!f) {
		snprintf(msg, msg_len,
			 "cannot list fbt probes: %s: %s (is tracefs mounted, and are you root?)",
			 path, strerror(errno));
		return -errno;
	}
	while (fgets(line, sizeof(line), f)) {
		if (!cli_parse_filter_line(line, &func, &mod))
			continue;
		cli_list_probe(l, "fbt", mod, func, "entry");
		cli_list_probe(l, "fbt", mod, func, "return");
	}
	fclose(f);
	return 0;
}

int cli_list(const char *const *descs, unsigned int ndescs, FILE *out,
	     char *msg, size_t msg_len)
{
	struct cli_lister l = { .descs = descs, .ndescs = ndescs, .out = out };
	unsigned int i;
	int err;

	l.matched = calloc(ndescs ? ndescs : 1, sizeof(*l.matched));
	if (!l.matched) {
		snprintf(msg, msg_len, "out of memory");
		return -ENOMEM;
	}
	fprintf(out, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE",
		"FUNCTION", "NAME");
	cli_list_probe(&l, "dtrace", "", "", "BEGIN");
	cli_list_probe(&l, "dtrace", "", "", "END");
	cli_list_probe(&l, "dtrace", "", "", "ERROR");
	err = cli_list_fbt(&l, msg, msg_len);
	for (i = 0; !err && i < ARRAY_SIZE(cli_timed_probes); i++)
		cli_list_probe(&l, "profile", "", "", cli_timed_probes[i]);
	for (i = 0; !err && i < ndescs; i++) {
		if (l.matched[i])
			continue;
		snprintf(msg, msg_len,
			 "failed to match %s: No probe matches description",
			 descs[i]);
		err = -ENOENT;
	}
	free(l.matched);
	return err;
}
