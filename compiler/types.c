// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/types.c - C type names (vars): the words of a cast, sizeof or
 * declaration ("unsigned long long", "int8_t", "string") to a D type.
 *
 * Integer types have C's sizes on LP64 Linux (char 1, short 2, int 4,
 * long and long long 8); a plain char is signed, as on x86.  string is
 * strsize bytes.
 *
 * btf: kernel types too: "struct NAME", "union NAME", "enum NAME", void, a
 * kernel typedef's name, and any of them followed by "*"s, as the grammar
 * joins their words ("struct file *").  Those are C types (ctype.c).
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

/* D's integer and string types, from @words without "*". */
static int trc_type_parse_d(struct trc_ctx *ctx, struct trc_loc loc,
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
						ctx->tc_strsize, NULL };
			return 0;
		}
		for (i = 0; i < ARRAY_SIZE(td); i++) {
			if (!strcmp(other, td[i].name)) {
				*t = (struct trc_type){ TRC_T_INT, td[i].sgn,
							td[i].size, NULL };
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

/* @words without "*": a kernel type, or D's. */
static const struct trc_ctype *trc_type_base(struct trc_ctx *ctx,
					     struct trc_loc loc, char *words,
					     struct trc_type *t)
{
	static const char d_words[] = " string char short int long signed "
		"unsigned int8_t uint8_t int16_t uint16_t int32_t uint32_t "
		"int64_t uint64_t size_t ssize_t uintptr_t ";
	char *sp = strchr(words, ' '), pad[64];
	const struct trc_ctype *ct;

	if (sp && (!strncmp(words, "struct ", 7) ||
		   !strncmp(words, "union ", 6) ||
		   !strncmp(words, "enum ", 5))) {
		*sp = '\0';
		ct = trc_ctype_named(ctx, loc, words, sp + 1);
		*sp = ' ';
		return ct;
	}
	if (!strcmp(words, "void"))
		return trc_ctype_void(ctx);
	snprintf(pad, sizeof(pad), " %s ", words);
	if (!sp && *words && !strstr(d_words, pad))
		return trc_ctype_named(ctx, loc, "", words);
	if (trc_type_parse_d(ctx, loc, words, t))
		return NULL;
	if (t->kind != TRC_T_INT)
		return NULL;
	return trc_ctype_int(ctx, words, t->size, t->is_signed);
}

int trc_type_parse(struct trc_ctx *ctx, struct trc_loc loc,
		   const char *words, struct trc_type *t)
{
	char *base = trc_strdup(ctx, words), *star = strchr(base, '*');
	const struct trc_ctype *ct;
	unsigned int nptr = 0;

	*t = (struct trc_type){ TRC_T_NONE, false, 0, NULL };
	if (star) {
		for (; *star; star++)
			nptr += *star == '*';
		*strchr(base, '*') = '\0';
		while (*base && base[strlen(base) - 1] == ' ')
			base[strlen(base) - 1] = '\0';
	}
	ct = trc_type_base(ctx, loc, base, t);
	if (!ct) {
		if (t->kind == TRC_T_STR && nptr) {
			trc_error(ctx, loc, "invalid type name '%s'", words);
			return -EINVAL;
		}
		return t->kind == TRC_T_NONE ? -EINVAL : 0;
	}
	while (nptr--)
		ct = trc_ctype_ptr(ctx, ct, false);
	if (ct->kind == TRC_C_VOID) {
		trc_error(ctx, loc, "void is not a type a value can have");
		return -EINVAL;
	}
	if (ct->kind == TRC_C_INT && !ct->btf) {
		/* D's own integer types stay plain integers */
		return 0;
	}
	*t = trc_ctype_type(ct);
	return 0;
}

u64 trc_type_convert(struct trc_type t, u64 v)
{
	unsigned int shift = 64 - 8 * t.size;

	if (t.kind != TRC_T_INT || t.size >= 8)
		return v;
	v <<= shift;
	return t.is_signed ? (u64)((s64)v >> shift) : v >> shift;
}
