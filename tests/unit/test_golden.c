// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_golden.c - the compiler's golden tests.
 *
 *	trc_golden [--update] DIR
 *
 * For every DIR/NAME.d the program must compile, its image must pass
 * tr_verify(), and trc_dump() must print exactly DIR/NAME.S.  For every
 * DIR/NAME.err.d compilation must fail and the messages must be exactly
 * DIR/NAME.err.  Programs are compiled under their base name, so messages
 * do not depend on where the tree is.  --update rewrites the expectations
 * from what the compiler does now (review the diff before committing).
 * Kernel types come from the synthetic BTF of synth_btf.c, written to
 * build/tests/btf first, never from the host's kernel.
 * The kernel's probe lists come from tests/fake-tracefs (TRACER_TRACEFS),
 * a few of the lab kernel's files, never from the host's.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer/prog.h"
#include "compiler.h"
#include "check.h"
#include "synth_btf.h"

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, n;

	if (!f)
		return NULL;
	do {
		buf = realloc(buf, len + 4096 + 1);
		if (!buf)
			exit(2);
		n = fread(buf + len, 1, 4096, f);
		len += n;
	} while (n == 4096);
	fclose(f);
	buf[len] = '\0';
	return buf;
}

static bool write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	bool ok;

	if (!f)
		return false;
	ok = fputs(text, f) >= 0;
	return !fclose(f) && ok;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

/* Print the first line where @want and @got differ. */
static void show_diff(const char *name, const char *want, const char *got)
{
	int line = 1;
	const char *w = want, *g = got;
	size_t wl, gl;

	for (;;) {
		wl = strcspn(w, "\n");
		gl = strcspn(g, "\n");
		if (wl != gl || memcmp(w, g, wl) || !*w || !*g)
			break;
		w += wl + 1;
		g += gl + 1;
		line++;
	}
	fprintf(stderr, "%s:%d: expected: %.*s\n%s:%d: got:      %.*s\n",
		name, line, (int)wl, w, name, line, (int)gl, g);
}

/* Compile @dir/@name; the dump or the errors go to *@out. */
static struct tr_program *compile(const char *dir, const char *name,
				  char **out, size_t *outlen)
{
	char path[4096];
	struct tr_program *p;
	char *src;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	src = read_file(path);
	if (!src) {
		perror(path);
		exit(2);
	}
	f = open_memstream(out, outlen);
	p = trc_compile(src, name, NULL, f);
	if (p)
		trc_dump(p, f);
	fclose(f);
	free(src);
	return p;
}

static void run_one(const char *dir, const char *name, bool update)
{
	bool want_err = ends_with(name, ".err.d");
	char path[4096], msg[256];
	struct tr_prog prog;
	struct tr_program *p;
	char *out, *want;
	size_t outlen;

	p = compile(dir, name, &out, &outlen);
	snprintf(path, sizeof(path), "%s/%.*s%s", dir,
		 (int)(strlen(name) - (want_err ? 6 : 2)), name,
		 want_err ? ".err" : ".S");

	if (want_err)
		CHECK(!p, "%s compiled, but an error was expected", name);
	else
		CHECK(p, "%s failed to compile:\n%s", name, out);
	if (p) {
		int err = tr_verify(p->image, p->image_len, &prog, msg,
				    sizeof(msg));

		CHECK(!err, "%s: the verifier rejects the image: %s", name,
		      msg);
		tr_program_free(p);
	}

	if (update) {
		if (!write_file(path, out))
			perror(path);
		free(out);
		return;
	}
	want = read_file(path);
	CHECK(want, "%s: no expectation %s (run with --update)", name, path);
	if (want && strcmp(want, out))
		show_diff(path, want, out);
	CHECK(want && !strcmp(want, out), "%s: output differs from %s", name,
	      path);
	free(want);
	free(out);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	bool update = argc > 1 && !strcmp(argv[1], "--update");
	const char *dir = argc > 1 + update ? argv[1 + update] : "tests/golden";
	char **names = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *d;

	if (synth_btf_use("build/tests/btf")) {
		fprintf(stderr, "cannot write build/tests/btf\n");
		return 2;
	}
	setenv("TRACER_TRACEFS", "tests/fake-tracefs", 1);
	setenv("TRACER_KPROBES_BLACKLIST", "tests/fake-tracefs/kprobes-blacklist",
	       1);
	d = opendir(dir);
	if (!d) {
		perror(dir);
		return 2;
	}
	while ((de = readdir(d))) {
		if (!ends_with(de->d_name, ".d"))
			continue;
		names = realloc(names, (n + 1) * sizeof(*names));
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n; i++) {
		run_one(dir, names[i], update);
		free(names[i]);
	}
	free(names);
	CHECK(n > 0, "no tests in %s", dir);
	return check_report(update ? "golden (updated)" : "golden");
}
