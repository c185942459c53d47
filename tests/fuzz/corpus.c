// SPDX-License-Identifier: GPL-2.0
/* tests/fuzz/corpus.c - reading corpus files and directories (corpus.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "corpus.h"

u8 *fz_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	u8 *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET))
		goto out;
	buf = aligned_alloc(8, ((size_t)n + 8) & ~(size_t)7);
	if (buf && fread(buf, 1, n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf) {
		buf[n] = '\0';
		*len = n;
	}
out:
	fclose(f);
	return buf;
}

static int fz_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **fz_list_dir(const char *dir, size_t *n)
{
	char **list = NULL, **grown;
	struct dirent *de;
	DIR *d = opendir(dir);
	size_t len;

	*n = 0;
	if (!d)
		return NULL;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !strcmp(de->d_name, "README") ||
		    de->d_type == DT_DIR)
			continue;
		grown = realloc(list, (*n + 2) * sizeof(*list));
		len = strlen(dir) + strlen(de->d_name) + 2;
		if (!grown || !(grown[*n] = malloc(len)))
			break;
		list = grown;
		snprintf(list[*n], len, "%s/%s", dir, de->d_name);
		list[++*n] = NULL;
	}
	closedir(d);
	if (list)
		qsort(list, *n, sizeof(*list), fz_cmp);
	else
		list = calloc(1, sizeof(*list));
	return list;
}

void fz_free_list(char **list)
{
	char **p;

	for (p = list; p && *p; p++)
		free(*p);
	free(list);
}
