// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/printf.c - printf() formats: each conversion must have an
 * argument of the kind it prints, and every argument a conversion.
 *
 * The consumer (libtracer/printf.c) formats records from the same string as
 * illumos libdtrace's dt_printf_create() parses it, so a format is accepted
 * here exactly when it can print it.  A conversion is '%', then any of the
 * flags # + - space ' ? and 0, a width, a '.' and precision, length
 * letters (h, l, ll), and a conversion name; the names are
 *
 *   c d i o p u x X   and  hd hi ho hu hx hX, ld ... lX, lld ... llX
 *			an integer (the length letters change nothing: the
 *			record carries the D size of the value)
 *   s			a string
 *   %%			a percent sign, no argument
 *
 * '*' widths and precisions, floating point and the other DTrace
 * conversions are not supported.
 */
#include "trc_impl.h"

/* Keep in step with trl_pf_convs[] in libtracer/printf.c. */
static const char *const trc_int_convs[] = {
	"c", "d", "i", "o", "p", "u", "x", "X",
	"hd", "hi", "ho", "hu", "hx", "hX",
	"ld", "li", "lo", "lu", "lx", "lX",
	"lld", "lli", "llo", "llu", "llx", "llX",
};

enum trc_conv_kind { TRC_CONV_INT, TRC_CONV_STR, TRC_CONV_PCT };

/*
 * Parse the conversion whose '%' is at *pp; on success *pp points at its
 * last character.  Otherwise @why says what is wrong.
 */
static int trc_conv_parse(const char **pp, enum trc_conv_kind *kind,
			  char *why, size_t whylen)
{
	const char *p = *pp;
	unsigned int namelen = 0, i;
	int digits = 0, dot = 0;
	long v;
	char name[8];
	char c;

	for (;;) {
		c = *++p;
		switch (c) {
		case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			if (!dot && !digits && c == '0')
				continue;
			for (v = 0; c >= '0' && c <= '9'; c = *++p) {
				if (v > 99999) {
					snprintf(why, whylen,
						 "a width or precision is too large");
					return -EINVAL;
				}
				v = v * 10 + c - '0';
			}
			p--;
			digits++;
			continue;
		case '#': case '+': case '-': case ' ': case '\'': case '?':
			continue;
		case '.':
			if (dot++) {
				snprintf(why, whylen,
					 "a conversion has more than one '.'");
				return -EINVAL;
			}
			digits = 0;
			continue;
		case '*':
			snprintf(why, whylen,
				 "'*' widths and precisions are not supported");
			return -EINVAL;
		case '%':
			if (p[-1] == '%')
				break;
			snprintf(why, whylen,
				 "%%%% cannot be combined with flags");
			return -EINVAL;
		case '\0':
			snprintf(why, whylen,
				 "the format ends inside a conversion");
			return -EINVAL;
		case 'h': case 'l': case 'L': case 'w':
			if (namelen < sizeof(name) - 2)
				name[namelen++] = c;
			continue;
		default:
			break;
		}
		break;
	}
	name[namelen++] = c;
	name[namelen] = '\0';
	*pp = p;
	if (!strcmp(name, "%")) {
		*kind = TRC_CONV_PCT;
		return 0;
	}
	if (!strcmp(name, "s")) {
		*kind = TRC_CONV_STR;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(trc_int_convs); i++) {
		if (!strcmp(name, trc_int_convs[i])) {
			*kind = TRC_CONV_INT;
			return 0;
		}
	}
	snprintf(why, whylen, "conversion '%%%s' is not supported", name);
	return -EINVAL;
}

int trc_printf_check(struct trc_ctx *ctx, struct trc_expr *call,
		     const char *fmt, struct trc_expr *args)
{
	unsigned int nconv = 0, nargs = 0;
	enum trc_conv_kind kind;
	struct trc_expr *a;
	const char *p, *start;
	char why[96];
	int err = 0;

	for (a = args; a; a = a->next)
		nargs++;
	a = args;
	for (p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		start = p;
		if (trc_conv_parse(&p, &kind, why, sizeof(why))) {
			trc_error(ctx, call->args->loc,
				  "invalid printf() format: %s", why);
			return -EINVAL;
		}
		if (kind == TRC_CONV_PCT)
			continue;
		nconv++;
		if (!a)
			continue;
		if (a->type.kind == TRC_T_STR && kind != TRC_CONV_STR) {
			trc_error(ctx, a->loc,
				  "printf() conversion %u '%.*s' needs an integer, but its argument is a string",
				  nconv, (int)(p - start + 1), start);
			err = -EINVAL;
		} else if (a->type.kind == TRC_T_INT && kind == TRC_CONV_STR) {
			trc_error(ctx, a->loc,
				  "printf() conversion %u '%.*s' needs a string, but its argument is an integer",
				  nconv, (int)(p - start + 1), start);
			err = -EINVAL;
		}
		a = a->next;
	}
	if (nconv != nargs) {
		trc_error(ctx, call->loc,
			  "printf() format has %u conversion%s but %u argument%s follow%s",
			  nconv, nconv == 1 ? "" : "s", nargs,
			  nargs == 1 ? "" : "s", nargs == 1 ? "s" : "");
		err = -EINVAL;
	}
	return err;
}
