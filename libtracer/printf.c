// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/printf.c - printf() as DTrace formats it.  The format is parsed
 * the way illumos libdtrace's dt_printf_create() parses it, and each
 * conversion is rebuilt the way dt_printf_format() rebuilds it and handed
 * to the C library's printf with the value cast the way pfprint_sint() and
 * pfprint_uint() cast it, so widths, flags and precisions behave as they do
 * under DTrace.  The rules that differ from plain C (all from dt_printf.c):
 *
 *  1. The value's size is its D type's size (the field's size), whatever
 *     the length modifier: 1-, 2- and 4-byte integers are passed as 32-bit
 *     ints, 8-byte ones as long long.  Fields are stored in 8 bytes.
 *  2. %d and %i print signed when the argument's type is signed and as %u
 *     otherwise (pfcheck_dint); %hd %ld %lld (and %hi ...) are signed;
 *     %u %o %x %X %p and their h/l/ll forms are unsigned; %p is %x.
 *  3. %c prints the value as a character; %s prints the string field up to
 *     its NUL or the end of its slot.
 *  4. Of '-' and '0', the one written last wins; a precision of 0 ("%.0d",
 *     "%.s") means no precision; '?' is a width of 16.
 *  5. %a prints a kernel address as "module`function+0xoff"
 *     (pfprint_addr(), names from ksyms.c); %Y prints nanoseconds since
 *     the epoch as "2026 Nov 21 14:33:00" in local time (pfprint_time());
 *     both then format that text as %s does, flags and width included.
 *  6. %e %E %f %g %G print the integer argument converted to a double (D
 *     here has no floating-point values; DTrace takes them from CTF).
 *  7. %A prints a user address of the process $target (of a usym(),
 *     ufunc(), uaddr() or umod() key: the process it recorded) as
 *     pfprint_uaddr() and dtrace_uaddr2str() do, "object`symbol+0xoff"
 *     (usyms.c; "0x..." without a target or a symbol), then as %s.
 *  8. %k prints a stack() or ustack() key in printa() as pfprint_stack()
 *     and pfprint_ustack() do: each
 *     frame on its own line, after a newline, indented by stackindent (14)
 *     or, with '-', by the width; the frame's name formatted with the
 *     conversion's flags and width as %s.
 *
 * The '@' flag (printa()) marks the conversion that prints the
 * aggregation's value; the caller passes that value as the conversion's
 * field.
 *
 * Not supported: '*' widths and precisions, %C %S %T %ls %lc %wc %ws.  The compiler rejects them with the parser below, through
 * trl_printf_scan(), so that it accepts a format exactly when this file
 * can print it.
 */
#define _GNU_SOURCE		/* fwrite_unlocked() */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tracer.h"

enum trl_pf_kind {
	TRL_PF_DINT,		/* %d %i: signed or unsigned by type */
	TRL_PF_SINT,		/* always signed */
	TRL_PF_UINT,		/* always unsigned */
	TRL_PF_CHAR,		/* %c */
	TRL_PF_STR,		/* %s */
	TRL_PF_PCT,		/* %% */
	TRL_PF_ADDR,		/* %a: a kernel symbol */
	TRL_PF_TIME,		/* %Y: a wall-clock time */
	TRL_PF_FLOAT,		/* %e %E %f %g %G */
	TRL_PF_UADDR,		/* %A: a user address */
	TRL_PF_STACK,		/* %k: a stack() key */
};

/* The subset of DTrace's _dtrace_conversions[] this runtime prints. */
static const struct trl_pf_conv {
	const char *name;	/* as written after the flags */
	char ofmt;		/* the C conversion it becomes */
	enum trl_pf_kind kind;
} trl_pf_convs[] = {
	{ "c", 'c', TRL_PF_CHAR },
	{ "d", 'd', TRL_PF_DINT },
	{ "i", 'i', TRL_PF_DINT },
	{ "hd", 'd', TRL_PF_SINT },
	{ "hi", 'i', TRL_PF_SINT },
	{ "ho", 'o', TRL_PF_UINT },
	{ "hu", 'u', TRL_PF_UINT },
	{ "hx", 'x', TRL_PF_UINT },
	{ "hX", 'X', TRL_PF_UINT },
	{ "ld", 'd', TRL_PF_SINT },
	{ "li", 'i', TRL_PF_SINT },
	{ "lo", 'o', TRL_PF_UINT },
	{ "lu", 'u', TRL_PF_UINT },
	{ "lx", 'x', TRL_PF_UINT },
	{ "lX", 'X', TRL_PF_UINT },
	{ "lld", 'd', TRL_PF_SINT },
	{ "lli", 'i', TRL_PF_SINT },
	{ "llo", 'o', TRL_PF_UINT },
	{ "llu", 'u', TRL_PF_UINT },
	{ "llx", 'x', TRL_PF_UINT },
	{ "llX", 'X', TRL_PF_UINT },
	{ "o", 'o', TRL_PF_UINT },
	{ "p", 'x', TRL_PF_UINT },
	{ "s", 's', TRL_PF_STR },
	{ "u", 'u', TRL_PF_UINT },
	{ "x", 'x', TRL_PF_UINT },
	{ "X", 'X', TRL_PF_UINT },
	{ "%", '%', TRL_PF_PCT },
	{ "a", 's', TRL_PF_ADDR },
	{ "A", 's', TRL_PF_UADDR },
	{ "k", 's', TRL_PF_STACK },
	{ "Y", 's', TRL_PF_TIME },
	{ "e", 'e', TRL_PF_FLOAT },
	{ "E", 'E', TRL_PF_FLOAT },
	{ "f", 'f', TRL_PF_FLOAT },
	{ "g", 'g', TRL_PF_FLOAT },
	{ "G", 'G', TRL_PF_FLOAT },
};

/* One parsed conversion: dt_pfargd_t's flags, width and precision. */
struct trl_pf_spec {
	bool alt, zpad, left, spos, group, space;
	bool agg;		/* '@': prints the aggregation (printa) */
	int width, prec;
	const struct trl_pf_conv *conv;
};

struct trl_pf_state {
	FILE *f;
	char *msg;
	size_t msg_len;
	pid_t upid;		/* %A of a usym() ... key: its process; 0:
				 * $target's (pfprint_uaddr()) */
	/* text and plain integers gather here, written once per record (or
	 * before a conversion printed through the C library) */
	size_t n;
	char buf[256];
};

/* A state printing onto @f; s->buf is empty, and left unzeroed. */
static void trl_pf_init(struct trl_pf_state *s, FILE *f, char *msg,
			size_t msg_len)
{
	s->f = f;
	s->msg = msg;
	s->msg_len = msg_len;
	s->upid = 0;
	s->n = 0;
}

/* Write out what gathered in s->buf. */
static void trl_pf_flush(struct trl_pf_state *s)
{
	if (s->n)	/* the tools are single-threaded: no stream lock */
		fwrite_unlocked(s->buf, 1, s->n, s->f);
	s->n = 0;
}

/* Make room for @len bytes (no more than its size) in s->buf. */
static void trl_pf_room(struct trl_pf_state *s, size_t len)
{
	if (len > sizeof(s->buf) - s->n)
		trl_pf_flush(s);
}

/* Output @len bytes at @p. */
static void trl_pf_put(struct trl_pf_state *s, const char *p, size_t len)
{
	if (len > sizeof(s->buf) - s->n) {
		trl_pf_flush(s);
		if (len > sizeof(s->buf)) {
			fwrite(p, 1, len, s->f);
			return;
		}
	}
	memcpy(s->buf + s->n, p, len);
	s->n += len;
}

static int trl_pf_error(struct trl_pf_state *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int trl_pf_error(struct trl_pf_state *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->msg, s->msg_len, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static const struct trl_pf_conv *trl_pf_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(trl_pf_convs); i++)
		if (!strcmp(trl_pf_convs[i].name, name))
			return &trl_pf_convs[i];
	return NULL;
}

/*
 * Parse the conversion whose '%' is at *pp (dt_printf_create()'s switch);
 * on success *pp points past it.  @n is the conversion's number, from 1.
 */
static int trl_pf_parse(struct trl_pf_state *s, const char **pp,
			struct trl_pf_spec *sp, unsigned int n)
{
	const char *p = *pp;
	unsigned int namelen = 0;
	int digits = 0, dot = 0, v;
	char name[8];
	char c;

	memset(sp, 0, sizeof(*sp));
	/* Flags, width and precision loop back; the conversion ends it. */
	for (;;) {
		c = *++p;
		switch (c) {
		case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			if (!dot && !digits && c == '0') {
				sp->zpad = true;
				sp->left = false;
				continue;
			}
			for (v = 0; c >= '0' && c <= '9'; c = *++p) {
				if (v > 99999)
					return trl_pf_error(s,
						"format conversion #%u has a width or precision that is too large",
						n);
				v = v * 10 + c - '0';
			}
			if (dot)
				sp->prec = v;
			else
				sp->width = v;
			p--;
			digits++;
			continue;
		case '#':
			sp->alt = true;
			continue;
		case '+':
			sp->spos = true;
			continue;
		case '-':
			sp->left = true;
			sp->zpad = false;
			continue;
		case '.':
			if (dot++)
				return trl_pf_error(s,
					"format conversion #%u has more than one '.' specified",
					n);
			digits = 0;
			continue;
		case '?':
			sp->width = 16;		/* LP64 */
			continue;
		case '@':
			sp->agg = true;		/* DT_PFCONV_AGG */
			continue;
		case '\'':
			sp->group = true;
			continue;
		case ' ':
			sp->space = true;
			continue;
		case '*':
			return trl_pf_error(s,
				"format conversion #%u uses '*', which tracer does not support",
				n);
		case '%':
			if (p[-1] == '%')
				break;		/* "%%" */
			return trl_pf_error(s,
				"format conversion #%u cannot be combined with other format flags: %%%%",
				n);
		case '\0':
			return trl_pf_error(s,
				"format conversion #%u name expected before end of format string",
				n);
		case 'h':
		case 'l':
		case 'L':
		case 'w':
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
	sp->conv = trl_pf_lookup(name);
	if (!sp->conv)
		return trl_pf_error(s,
			"format conversion #%u is undefined or not supported: %%%s",
			n, name);
	*pp = p + 1;
	return 0;
}

static enum trl_pf_argkind trl_pf_argkind(enum trl_pf_kind kind)
{
	switch (kind) {
	case TRL_PF_STR:
		return TRL_PF_ARG_STR;
	case TRL_PF_PCT:
		return TRL_PF_ARG_NONE;
	case TRL_PF_STACK:
		return TRL_PF_ARG_STACK;
	default:
		return TRL_PF_ARG_INT;
	}
}

/*
 * One piece of a format: the text before a conversion, then the
 * conversion; the last piece may be text alone (conv false).
 */
struct trl_pf_piece {
	const char *text;
	size_t len;
	bool conv;
	struct trl_pf_spec spec;
};

/*
 * The piece of the format at *@fmt: its text up to the next '%' and the
 * conversion there (the @nconv-th), parsed; *@fmt moves past it.
 */
static int trl_pf_next(struct trl_pf_state *s, const char **fmt,
		       struct trl_pf_piece *pc, unsigned int nconv)
{
	const char *pct = strchr(*fmt, '%');

	pc->text = *fmt;
	pc->conv = pct != NULL;
	if (!pct) {
		pc->len = strlen(*fmt);
		*fmt += pc->len;
		return 0;
	}
	pc->len = pct - *fmt;
	*fmt = pct;
	return trl_pf_parse(s, fmt, &pc->spec, nconv);
}

int trl_printf_scan(const char *fmt,
		    int (*each)(void *arg, enum trl_pf_argkind kind,
				const char *conv, size_t len),
		    void *arg, char *msg, size_t msg_len)
{
	struct trl_pf_state s;
	struct trl_pf_piece pc;
	unsigned int nconv = 0;
	const char *conv;
	int err;

	trl_pf_init(&s, NULL, msg, msg_len);
	while (*fmt) {
		err = trl_pf_next(&s, &fmt, &pc, ++nconv);
		if (!err && pc.conv) {
			conv = pc.text + pc.len;
			err = each(arg, pc.spec.agg ? TRL_PF_ARG_AGG :
				   trl_pf_argkind(pc.spec.conv->kind), conv,
				   fmt - conv);
		}
		if (err)
			return err;
	}
	return 0;
}

/* The C format of @sp (dt_printf_format()), with @len before @ofmt. */
static void trl_pf_cformat(const struct trl_pf_spec *sp, const char *len,
			   char ofmt, char *buf, size_t size)
{
	int n;

	n = snprintf(buf, size, "%%%s%s%s%s%s%s",
		     sp->alt ? "#" : "", sp->zpad ? "0" : "",
		     sp->left ? "-" : "", sp->spos ? "+" : "",
		     sp->group ? "'" : "", sp->space ? " " : "");
	if (sp->width)
		n += snprintf(buf + n, size - n, "%d", sp->width);
	if (sp->prec)
		n += snprintf(buf + n, size - n, ".%d", sp->prec);
	snprintf(buf + n, size - n, "%s%c", len, ofmt);
}

/* %Y: "2026 Nov 21 14:33:00" from ctime_r()'s "Sat Nov 21 14:33:00 2026". */
static void trl_pf_time(u64 ns, char *buf, size_t len)
{
	time_t sec = (time_t)(ns / 1000000000ull);
	char src[32];

	if (!ctime_r(&sec, src) || strlen(src) < 24) {
		snprintf(buf, len, "%llu", (unsigned long long)ns);
		return;
	}
	snprintf(buf, len, "%.4s%.16s", src + 20, src + 3);
}

/* A conversion with no flag, width or precision: "%d", "%x", "%llu"... */
static bool trl_pf_plain(const struct trl_pf_spec *sp)
{
	return !sp->alt && !sp->zpad && !sp->left && !sp->spos &&
	       !sp->group && !sp->space && !sp->width && !sp->prec;
}

/*
 * How a plain integer conversion prints its value: the value's size and
 * sign (rules 1 and 2), its base and the case of its digits.
 */
struct trl_pf_digits {
	u8 shift;		/* 64 - 8 * the value's size in bytes */
	bool is_signed;
	u8 bits;		/* per digit: 3 (octal), 4 (hex); 0: decimal */
	bool upper;		/* %X */
};

/*
 * The kind conversion @sp has with field @fld, and in *@ofmt the C
 * conversion it becomes: %d and %i of an unsigned type are %u (rule 2).
 */
static enum trl_pf_kind trl_pf_kind_of(const struct trl_pf_spec *sp,
				       const struct tr_field *fld, char *ofmt)
{
	*ofmt = sp->conv->ofmt;
	if (sp->conv->kind != TRL_PF_DINT)
		return sp->conv->kind;
	if (fld->is_signed)
		return TRL_PF_SINT;
	*ofmt = 'u';
	return TRL_PF_UINT;
}

/*
 * Whether @sp, of kind @kind (trl_pf_kind_of()) and C conversion @ofmt,
 * prints a @size-byte value as a plain integer (trl_pf_plain()); if so,
 * how, in *@dig.
 */
static bool trl_pf_plain_digits(const struct trl_pf_spec *sp,
				enum trl_pf_kind kind, char ofmt, u32 size,
				struct trl_pf_digits *dig)
{
	if ((kind != TRL_PF_SINT && kind != TRL_PF_UINT) || !trl_pf_plain(sp) ||
	    (size != 1 && size != 2 && size != 4 && size != 8))
		return false;
	dig->shift = 64 - 8 * size;
	dig->is_signed = kind == TRL_PF_SINT;
	dig->bits = ofmt == 'o' ? 3 : ofmt == 'x' || ofmt == 'X' ? 4 : 0;
	dig->upper = ofmt == 'X';
	return true;
}

/* How many digits @v has with @bits per digit (0: decimal). */
static unsigned int trl_pf_ndigits(u64 v, unsigned int bits)
{
	unsigned int n = 1;

	if (!bits) {
		for (; v >= 10; v /= 10)
			n++;
	} else {
		for (; v >> bits; v >>= bits)
			n++;
	}
	return n;
}

/* The most trl_pf_put_digits() writes: 22 octal digits; or 20 and '-'. */
#define TRL_PF_DIGITS_MAX	24

/*
 * Output the plain integer @raw as @dig says, as C's printf would, into
 * s->buf (made room for TRL_PF_DIGITS_MAX bytes first): the consumer of a
 * printf() on every event spent most of its time in vfprintf() and in
 * building each conversion's C format.
 */
static inline void trl_pf_put_digits(struct trl_pf_state *s,
				     const struct trl_pf_digits *dig, u64 raw)
{
	s64 sv = (s64)(raw << dig->shift) >> dig->shift;
	u64 v = raw << dig->shift >> dig->shift;
	char *out;

	trl_pf_room(s, TRL_PF_DIGITS_MAX);
	out = s->buf + s->n;

	if (dig->is_signed && sv < 0) {
		*out++ = '-';
		v = 0 - (u64)sv;
	}
	out += trl_pf_ndigits(v, dig->bits);
	s->n = out - s->buf;
	if (!dig->bits) {	/* the commonest: division by a constant */
		do {
			*--out = (char)('0' + v % 10);
			v /= 10;
		} while (v);
	} else {
		const char *digit = dig->upper ? "0123456789ABCDEF" :
						 "0123456789abcdef";

		do {
			*--out = digit[v & ((1u << dig->bits) - 1)];
			v >>= dig->bits;
		} while (v);
	}
}

/* Print an integer field (rule 1 and 2). */
static int trl_pf_int(struct trl_pf_state *s, const struct trl_pf_spec *sp,
		      const struct tr_field *fld, u64 raw, unsigned int n)
{
	struct trl_pf_digits dig;
	enum trl_pf_kind kind;
	char ofmt, cf[48];

	kind = trl_pf_kind_of(sp, fld, &ofmt);
	if (trl_pf_plain_digits(sp, kind, ofmt, fld->size, &dig)) {
		trl_pf_put_digits(s, &dig, raw);
		return 0;
	}
	trl_pf_flush(s);	/* the C library prints the rest */
	if (kind == TRL_PF_CHAR) {
		trl_pf_cformat(sp, "", 'c', cf, sizeof(cf));
		fprintf(s->f, cf, (int)(s8)raw);
		return 0;
	}
	if (kind == TRL_PF_ADDR || kind == TRL_PF_TIME ||
	    kind == TRL_PF_UADDR) {
		char text[512];

		if (kind == TRL_PF_ADDR)
			trl_ksym_format(raw, true, text, sizeof(text));
		else if (kind == TRL_PF_UADDR)
			trl_usym_format(s->upid ? s->upid : trl_usym_target(),
					raw, text, sizeof(text));
		else
			trl_pf_time(raw, text, sizeof(text));
		trl_pf_cformat(sp, "", 's', cf, sizeof(cf));
		fprintf(s->f, cf, text);
		return 0;
	}
	if (kind == TRL_PF_FLOAT) {
		trl_pf_cformat(sp, "", ofmt, cf, sizeof(cf));
		fprintf(s->f, cf, fld->is_signed ? (double)(s64)raw :
						  (double)raw);
		return 0;
	}
	trl_pf_cformat(sp, fld->size == 8 ? "ll" : "", ofmt, cf, sizeof(cf));
	switch (fld->size) {
	case 1:
		if (kind == TRL_PF_SINT)
			fprintf(s->f, cf, (int)(s8)raw);
		else
			fprintf(s->f, cf, (unsigned int)(u8)raw);
		return 0;
	case 2:
		if (kind == TRL_PF_SINT)
			fprintf(s->f, cf, (int)(s16)raw);
		else
			fprintf(s->f, cf, (unsigned int)(u16)raw);
		return 0;
	case 4:
		if (kind == TRL_PF_SINT)
			fprintf(s->f, cf, (int)(s32)raw);
		else
			fprintf(s->f, cf, (unsigned int)(u32)raw);
		return 0;
	case 8:
		if (kind == TRL_PF_SINT)
			fprintf(s->f, cf, (long long)(s64)raw);
		else
			fprintf(s->f, cf, (unsigned long long)raw);
		return 0;
	}
	return trl_pf_error(s, "argument #%u is a %u-byte integer", n,
			    fld->size);
}

/* Print conversion @sp with argument @fld of @payload. */
static int trl_pf_arg(struct trl_pf_state *s, const struct trl_pf_spec *sp,
		      const struct tr_field *fld, const u8 *payload, u32 len,
		      unsigned int n)
{
	char cf[48], str[TR_MAX_REC_SIZE + 1];
	u64 raw;

	if (sp->conv->kind == TRL_PF_STR || sp->conv->kind == TRL_PF_STACK)
		trl_pf_flush(s);	/* printed through the C library */
	if (sp->conv->kind == TRL_PF_STR) {
		if (fld->type != TR_VT_STR)
			return trl_pf_error(s,
				"conversion #%u (%%s) has an integer argument",
				n);
		if (fld->offset > len || fld->size > len - fld->offset ||
		    fld->size > TR_MAX_REC_SIZE)
			return trl_pf_error(s,
				"argument #%u (%u bytes at %u) lies outside the %u-byte record",
				n, fld->size, fld->offset, len);
		memcpy(str, payload + fld->offset, fld->size);
		str[fld->size] = '\0';
		trl_pf_cformat(sp, "", 's', cf, sizeof(cf));
		fprintf(s->f, cf, str);
		return 0;
	}
	if (sp->conv->kind == TRL_PF_STACK) {
		if (fld->type != TR_VT_STACK && fld->type != TR_VT_USTACK)
			return trl_pf_error(s,
				"conversion #%u (%%k) needs a stack() key", n);
		if (fld->offset > len || fld->size > len - fld->offset)
			return trl_pf_error(s,
				"argument #%u (%u bytes at %u) lies outside the %u-byte record",
				n, fld->size, fld->offset, len);
		trl_pf_cformat(sp, "", 's', cf, sizeof(cf));
		trl_print_stack_as(s->f, fld->type, payload + fld->offset,
				   fld->size,
				   sp->left ? sp->width : TRL_STACK_INDENT,
				   cf);
		return 0;
	}
	/* func() and sym() keys are addresses: printa("%a", @f); usym()
	 * and the other user ones a pid, then the address: printa("%A") */
	if (fld->type != TR_VT_INT && fld->type != TR_VT_SYM &&
	    !trl_is_usym(fld->type))
		return trl_pf_error(s,
			"conversion #%u (%%%s) has a string argument", n,
			sp->conv->name);
	if (fld->offset > len || len - fld->offset < fld->size ||
	    len - fld->offset < sizeof(raw))
		return trl_pf_error(s,
			"argument #%u (%u bytes at %u) lies outside the %u-byte record",
			n, fld->size < 8 ? 8 : fld->size, fld->offset, len);
	s->upid = 0;
	if (trl_is_usym(fld->type)) {
		struct tr_field addr = { .type = TR_VT_INT, .size = 8 };

		memcpy(&raw, payload + fld->offset, sizeof(raw));
		s->upid = (pid_t)raw;
		memcpy(&raw, payload + fld->offset + 8, sizeof(raw));
		return trl_pf_int(s, sp, &addr, raw, n);
	}
	memcpy(&raw, payload + fld->offset, sizeof(raw));
	return trl_pf_int(s, sp, fld, raw, n);
}

/* Print piece @pc, its conversion (the @nconv-th) taking args[*@arg]. */
static int trl_pf_piece_print(struct trl_pf_state *s,
			      const struct trl_pf_piece *pc,
			      const struct tr_field *args, u32 nargs,
			      const u8 *payload, u32 len, u32 *arg,
			      unsigned int nconv)
{
	trl_pf_put(s, pc->text, pc->len);
	if (!pc->conv)
		return 0;
	if (pc->spec.conv->kind == TRL_PF_PCT) {
		trl_pf_put(s, "%", 1);
		return 0;
	}
	if (*arg >= nargs)
		return trl_pf_error(s,
			"conversion #%u (%%%s) is missing a corresponding value argument",
			nconv, pc->spec.conv->name);
	(*arg)++;
	return trl_pf_arg(s, &pc->spec, &args[*arg - 1], payload, len, *arg);
}

int trl_printf(FILE *f, const char *fmt, const struct tr_field *args,
	       u32 nargs, const u8 *payload, u32 len, char *msg,
	       size_t msg_len)
{
	struct trl_pf_state s;
	struct trl_pf_piece pc;
	unsigned int nconv = 0;
	u32 arg = 0;
	int err = 0;

	trl_pf_init(&s, f, msg, msg_len);
	while (*fmt) {
		err = trl_pf_next(&s, &fmt, &pc, nconv + 1);
		if (!err)
			err = trl_pf_piece_print(&s, &pc, args, nargs, payload,
						 len, &arg, ++nconv);
		else if (pc.len)	/* the text before the bad one */
			trl_pf_put(&s, pc.text, pc.len);
		if (err)
			break;
	}
	trl_pf_flush(&s);
	return err;
}

/*
 * A piece of a prepared format.  One that is text alone, or text and a
 * plain integer conversion of a TR_VT_INT field, is resolved when the
 * format is prepared, to print straight from a record long enough.
 */
struct trl_pf_step {
	struct trl_pf_piece pc;
	bool fast;		/* resolved: trl_pf_step_print() prints it */
	char text[16];		/* resolved: pc.text if it fits, padded */
	u32 offset;		/* resolved conversion: its field's offset */
	struct trl_pf_digits dig;	/* and how its value prints */
};

/* A format parsed once: its pieces in order (trl_printf_prepare()). */
struct trl_pf_prog {
	unsigned int n;
	unsigned int nresolved;	/* conversions resolved */
	u64 fast_len;		/* the least record length the resolved
				 * steps print from: their fields' largest
				 * offset + 8, which trl_pf_arg() checks */
	struct trl_pf_step steps[];
};

/*
 * Resolve step @st, whose conversion (if any) takes @fld (NULL: none),
 * into @p.
 */
static void trl_pf_resolve_step(struct trl_pf_prog *p, struct trl_pf_step *st,
				const struct tr_field *fld)
{
	enum trl_pf_kind kind;
	char ofmt;

	if (fld) {
		if (fld->type != TR_VT_INT)
			return;
		kind = trl_pf_kind_of(&st->pc.spec, fld, &ofmt);
		if (!trl_pf_plain_digits(&st->pc.spec, kind, ofmt, fld->size,
					 &st->dig))
			return;
		st->offset = fld->offset;
		if ((u64)fld->offset + 8 > p->fast_len)
			p->fast_len = (u64)fld->offset + 8;
		p->nresolved++;
	}
	if (st->pc.len <= sizeof(st->text))
		memcpy(st->text, st->pc.text, st->pc.len);
	st->fast = true;
}

/*
 * Resolve the steps of @p with fields @args, each conversion taking the
 * argument trl_pf_piece_print() would give it: "%%" takes none, and from
 * a missing one on, the general path reports the error.
 */
static void trl_pf_resolve(struct trl_pf_prog *p, const struct tr_field *args,
			   u32 nargs)
{
	struct trl_pf_step *st;
	unsigned int i;
	u32 arg = 0;

	for (i = 0; i < p->n; i++) {
		st = &p->steps[i];
		if (st->pc.conv && st->pc.spec.conv->kind == TRL_PF_PCT)
			continue;
		if (st->pc.conv && arg >= nargs)
			return;
		trl_pf_resolve_step(p, st, st->pc.conv ? &args[arg++] : NULL);
	}
}

struct trl_pf_prog *trl_printf_prepare(const char *fmt,
				       const struct tr_field *args, u32 nargs)
{
	struct trl_pf_state s;
	struct trl_pf_prog *p;
	struct trl_pf_piece pc;
	const char *at = fmt;
	unsigned int n = 0;
	char msg[256];

	trl_pf_init(&s, NULL, msg, sizeof(msg));
	for (; *at; n++)
		if (trl_pf_next(&s, &at, &pc, n + 1))
			return NULL;	/* trl_printf() reports it */
	p = calloc(1, sizeof(*p) + n * sizeof(p->steps[0]));
	if (!p)
		return NULL;
	for (p->n = 0, at = fmt; p->n < n; p->n++)
		trl_pf_next(&s, &at, &p->steps[p->n].pc, p->n + 1);
	trl_pf_resolve(p, args, nargs);
	return p;
}

unsigned int trl_printf_resolved(const struct trl_pf_prog *p)
{
	return p->nresolved;
}

/* Output step @st's text: one that fits st->text without a memcpy() call. */
static void trl_pf_put_text(struct trl_pf_state *s,
			    const struct trl_pf_step *st)
{
	if (st->pc.len > sizeof(st->text)) {
		trl_pf_put(s, st->pc.text, st->pc.len);
		return;
	}
	trl_pf_room(s, sizeof(st->text));
	memcpy(s->buf + s->n, st->text, sizeof(st->text));	/* inlined */
	s->n += st->pc.len;
}

/* Print resolved step @st of a record at @payload: its text and value. */
static void trl_pf_step_print(struct trl_pf_state *s,
			      const struct trl_pf_step *st, const u8 *payload)
{
	u64 raw;

	trl_pf_put_text(s, st);
	if (!st->pc.conv)
		return;
	memcpy(&raw, payload + st->offset, sizeof(raw));
	trl_pf_put_digits(s, &st->dig, raw);
}

int trl_printf_prepared(FILE *f, const struct trl_pf_prog *p,
			const struct tr_field *args, u32 nargs,
			const u8 *payload, u32 len, char *msg, size_t msg_len)
{
	bool fast = len >= p->fast_len;
	const struct trl_pf_step *st;
	struct trl_pf_state s;
	u32 arg = 0;
	unsigned int i;
	int err = 0;

	trl_pf_init(&s, f, msg, msg_len);
	for (i = 0; i < p->n && !err; i++) {
		st = &p->steps[i];
		if (fast && st->fast) {
			trl_pf_step_print(&s, st, payload);
			arg += st->pc.conv;
		} else {
			err = trl_pf_piece_print(&s, &st->pc, args, nargs,
						 payload, len, &arg, i + 1);
		}
	}
	trl_pf_flush(&s);
	return err;
}
