// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/grow.c - trl_grow_to(), the growing behind trl_grow() (inline in
 * tracer.h), the growing array every part of libtracer uses (aggregations,
 * user symbols, held records); its own file so that the compiler, which
 * links printf.c and the symbol files, links it without the rest.
 */
#include <errno.h>
#include <stdlib.h>
#include "tracer.h"

int trl_grow_to(void **p, size_t elem, size_t need, size_t *cap)
{
	size_t n = *cap ? *cap : 64;
	void *np;

	while (n < need)
		n *= 2;
	np = realloc(*p, n * elem);
	if (!np)
		return -ENOMEM;
	*p = np;
	*cap = n;
	return 0;
}
