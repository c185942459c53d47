// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/verify_rules.c - the check that every verifier rule and every
 * rejection message has a test (verify_rules.h).  It reads
 * common/verify.c itself, so a rule or message added there without a test
 * fails make check.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "verify_rules.h"

#define VRULES_MAX	256

static const char *vrules_wants[VRULES_MAX * 4];
static int vrules_nwants;

void vrules_expected(const char *want)
{
	if (want && vrules_nwants < (int)(sizeof(vrules_wants) /
					   sizeof(vrules_wants[0])))
		vrules_wants[vrules_nwants++] = want;
}

static char *vrules_slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = calloc(1, n + 1);
	if (buf && fread(buf, 1, n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* The C string literal(s) at *p, adjacent ones joined, into @out. */
static const char *vrules_literal(const char *p, char *out, size_t len)
{
	size_t n = 0;

	while (*p && *p != '"')
		p++;
	while (*p == '"') {
		for (p++; *p && *p != '"'; p++)
			if (n + 1 < len)
				out[n++] = *p;
		if (*p)
			p++;
		while (isspace((unsigned char)*p))
			p++;
	}
	out[n] = '\0';
	return p;
}

static bool vrules_tested(const char *rule, const char *msg)
{
	char head[32];
	const char *at;
	size_t n;
	int i;

	snprintf(head, sizeof(head), "rule %s: ", rule);
	for (i = 0; i < vrules_nwants; i++) {
		at = strstr(vrules_wants[i], head);
		if (!at)
			continue;
		/* The test names a prefix, or all with the value after it. */
		at += strlen(head);
		n = strlen(at) < strlen(msg) ? strlen(at) : strlen(msg);
		if (n && !strncmp(at, msg, n))
			return true;
	}
	return false;
}

void vrules_check(const char *path)
{
	char *src = vrules_slurp(path), rule[16], msg[256];
	char listed[VRULES_MAX][16];
	bool used[VRULES_MAX] = { false };
	const char *p, *end;
	int nlisted = 0, i, nmsgs = 0;

	CHECK(src != NULL, "vrules: cannot read %s", path);
	if (!src)
		return;
	/* The numbered list: " *   I1  ..." lines of the first comment. */
	end = strstr(src, "*/");
	for (p = src; p && p < end; p = strchr(p + 1, '\n')) {
		if (sscanf(p, "\n *   %15[IV0-9] ", rule) == 1 &&
		    isdigit((unsigned char)rule[1]) && nlisted < VRULES_MAX)
			strcpy(listed[nlisted++], rule);
	}
	CHECK(nlisted > 0, "vrules: no rule list at the top of %s", path);

	for (p = strstr(src, "tr_reject_"); p; p = strstr(p, "tr_reject_")) {
		p += strlen("tr_reject_");
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if (*p != '(' || !strncmp(p, "(struct", 7))
			continue;	/* the definitions */
		p = vrules_literal(p, rule, sizeof(rule));
		p = vrules_literal(p, msg, sizeof(msg));
		nmsgs++;
		for (i = 0; i < nlisted; i++)
			if (!strcmp(listed[i], rule))
				used[i] = true;
		CHECK(vrules_tested(rule, msg),
		      "rule %s: no test expects the rejection '%s'", rule, msg);
	}
	for (i = 0; i < nlisted; i++)
		CHECK(used[i], "rule %s is listed but never rejects",
		      listed[i]);
	printf("vrules: %d rules listed, %d rejections checked for a test\n",
	       nlisted, nmsgs);
	free(src);
}
