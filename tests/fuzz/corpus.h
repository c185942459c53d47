/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/fuzz/corpus.h - reading the corpus directories of tests/fuzz/: the
 * replay in make check and the hostile-image tool in the lab both walk
 * them.
 */
#ifndef TESTS_FUZZ_CORPUS_H
#define TESTS_FUZZ_CORPUS_H

#include <stddef.h>
#include "tracer/env.h"

/*
 * The whole of @path in a malloc'ed, 8-aligned buffer with a NUL after it,
 * its length in *@len; NULL if it cannot be read.
 */
u8 *fz_read_file(const char *path, size_t *len);

/*
 * The paths of the regular files in @dir, sorted, hidden files and README
 * left out, in a NULL-terminated malloc'ed array; *@n is their number.
 * NULL if @dir cannot be opened.  fz_free_list() releases it.
 */
char **fz_list_dir(const char *dir, size_t *n);
void fz_free_list(char **list);

#endif /* TESTS_FUZZ_CORPUS_H */
