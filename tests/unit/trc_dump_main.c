// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/trc_dump_main.c - build/trc-dump: compile a D program and
 * print what `tracer -S` will print, or the compiler's errors.  A stand-in
 * for the CLI while it is being written.
 *
 *	trc-dump FILE.d		trc-dump -e 'BEGIN { exit(0); }'
 *	trc-dump -o IMAGE FILE.d	write the image instead (fuzz seeds)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler.h"

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, n;

	if (!f)
		return NULL;
	for (;;) {
		buf = realloc(buf, len + 4096 + 1);
		if (!buf)
			exit(2);
		n = fread(buf + len, 1, 4096, f);
		len += n;
		if (n < 4096)
			break;
	}
	fclose(f);
	buf[len] = '\0';
	return buf;
}

int main(int argc, char **argv)
{
	struct trc_options opt = { 0 };
	struct tr_program *p;
	const char *name, *out = NULL;
	char *src;
	FILE *f;
	int i = 1;

	if (i < argc && !strcmp(argv[i], "-q")) {
		opt.quiet = true;
		i++;
	}
	if (i + 1 < argc && !strcmp(argv[i], "-o")) {
		out = argv[i + 1];
		i += 2;
	}
	if (i + 1 < argc && !strcmp(argv[i], "-e")) {
		src = strdup(argv[i + 1]);
		name = "<command line>";
	} else if (i < argc) {
		src = read_file(argv[i]);
		name = argv[i];
		if (!src) {
			perror(argv[i]);
			return 2;
		}
	} else {
		fprintf(stderr,
			"usage: trc-dump [-q] [-o IMAGE] FILE.d | -e PROGRAM\n");
		return 2;
	}
	p = trc_compile(src, name, &opt, stderr);
	free(src);
	if (!p)
		return 1;
	if (out) {
		f = fopen(out, "wb");
		if (!f || fwrite(p->image, 1, p->image_len, f) != p->image_len ||
		    fclose(f)) {
			perror(out);
			return 2;
		}
	} else {
		trc_dump(p, stdout);
	}
	tr_program_free(p);
	return 0;
}
