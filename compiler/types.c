// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/types.c - C type names (vars): the words of a cast, sizeof or
 * declaration ("unsigned long long", "int8_t", "string") to a D type.
 *
 * Integer types have C's sizes on LP64 Linux (char 1, short 2, int 4,
 * long and long long 8); a plain char is signed, as on x86.  string is
 * strsize bytes.
 */
#include "trc_impl.h"

/* Exact-width and other typedef'd names: X("name", size, signed) */
#define TRC_TYPEDEFS(X)							\
	X("int8_t", 1, true)						\
	X("uint8_t", 1, false)						\
	X("int16_t", 2, true)						\
	X("uint16_t", 2, false)						\
	X("int32_t", 4, true)						\
	X("uint32_t", 4, false)						\
	X("int64_t", 8, true)						\
	X("uint64_t", 8, false)						\
	X("size_t", 8, false)						\
	X("ssize_t", 8, true)						\
	X("uintptr_t", 8, false)

int trc_type_parse(struct trc_ctx *ctx, struct trc_loc loc,
		   const char *words, struct trc_type *t)
{
	static const struct { const char *name; u32 size; bool sgn; } td[] = {
#define TRC_X_TD(name, size, sgn) { name, size, sgn },
		TRC_TYPEDEFS(TRC_X_TD)
#undef TRC_X_TD
	};
	int nchar = 0, nshort = 0, nint = 0, nlong = 0, nsigned = 0;
	int nunsigned = 0, nother = 0;
	char *copy = trc_strdup(ctx, words), *w, *save = NULL;
	const char *other = NULL;
	unsigned int i;

	for (w = strtok_r(copy, " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		if (!strcmp(w, "char"))
			nchar++;
		else if (!strcmp(w, "short"))
			nshort++;
		else if (!strcmp(w, "int"))
			nint++;
		else if (!strcmp(w, "long"))
			nlong++;
		else if (!strcmp(w, "signed"))
			nsigned++;
		else if (!strcmp(w, "unsigned"))
			nunsigned++;
		else
			nother++, other = w;
	}
	if (nother) {
		if (nother > 1 || nchar + nshort + nint + nlong + nsigned +
				  nunsigned)
			goto bad;
		if (!strcmp(other, "string")) {
			*t = (struct trc_type){ TRC_T_STR, false,
						ctx->tc_strsize };
			return 0;
		}
		for (i = 0; i < ARRAY_SIZE(td); i++) {
			if (!strcmp(other, td[i].name)) {
				*t = (struct trc_type){ TRC_T_INT, td[i].sgn,
							td[i].size };
				return 0;
			}
		}
		goto bad;
	}
	if (nsigned + nunsigned > 1 || nchar + nshort > 1 || nint > 1 ||
	    nlong > 2 || (nchar + nshort && nlong) || (nchar && nint))
		goto bad;
	t->kind = TRC_T_INT;
	t->is_signed = !nunsigned;
	t->size = nchar ? 1 : nshort ? 2 : nlong ? 8 : 4;
	return 0;
bad:
	trc_error(ctx, loc, "invalid type name '%s'", words);
	return -EINVAL;
}

u64 trc_type_convert(struct trc_type t, u64 v)
{
	unsigned int shift = 64 - 8 * t.size;

	if (t.kind != TRC_T_INT || t.size >= 8)
		return v;
	v <<= shift;
	return t.is_signed ? (u64)((s64)v >> shift) : v >> shift;
}
