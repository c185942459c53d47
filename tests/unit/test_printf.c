// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_printf.c - libtracer/printf.c against DTrace's printf().
 *
 * DTrace hands every conversion to the C library's printf after casting
 * the value by its D type's size (illumos dt_printf.c: pfprint_sint(),
 * pfprint_uint()), so most expectations below are C printf's; the ones
 * that are DTrace's own cite the line of dt_printf.c they come from.
 * Fields are stored in 8 bytes as the module writes them; upper bytes that
 * a smaller type does not own are filled with junk on purpose.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "tracer.h"
#include "check.h"

/* A record payload under construction: fields in 8-byte slots. */
struct payload {
	u8 buf[1024];
	u32 len;
	struct tr_field f[8];
	u32 n;
};

static struct payload *pl_new(void)
{
	static struct payload p;

	memset(&p, 0, sizeof(p));
	return &p;
}

/* An integer of @size bytes; @stored is the 8 bytes the module wrote. */
static struct payload *pl_int(struct payload *p, u64 stored, u32 size,
			      bool is_signed)
{
	p->f[p->n++] = (struct tr_field){ TR_VT_INT, is_signed, size, p->len };
	memcpy(p->buf + p->len, &stored, 8);
	p->len += 8;
	return p;
}

/* A string in a NUL-padded slot of @size bytes. */
static struct payload *pl_str(struct payload *p, const char *s, u32 size)
{
	p->f[p->n++] = (struct tr_field){ TR_VT_STR, false, size, p->len };
	strncpy((char *)p->buf + p->len, s, size);
	p->len += (size + 7) & ~7u;
	return p;
}

/*
 * trl_printf(@fmt) of @p; and, where the format parses, the same through
 * a prepared format (the consumer's), which must print the same and fail
 * the same way.
 */
static char *run(const char *fmt, const struct payload *p, int *err,
		 char *msg)
{
	struct trl_pf_prog *prog = trl_printf_prepare(fmt, p->f, p->n);
	char msg2[256] = "", *out, *out2;
	size_t n, n2;
	FILE *f;
	int err2;

	f = open_memstream(&out, &n);
	*err = trl_printf(f, fmt, p->f, p->n, p->buf, p->len, msg, 256);
	fclose(f);
	if (!prog)
		return out;
	f = open_memstream(&out2, &n2);
	err2 = trl_printf_prepared(f, prog, p->f, p->n, p->buf, p->len, msg2,
				   sizeof(msg2));
	fclose(f);
	CHECK(err2 == *err && !strcmp(out2, out) &&
	      (!*err || !strcmp(msg2, msg)),
	      "printf(\"%s\") prepared: \"%s\" (%d: %s), not \"%s\" (%d: %s)",
	      fmt, out2, err2, msg2, out, *err, *err ? msg : "");
	free(out2);
	free(prog);
	return out;
}

static void expect(const char *fmt, const struct payload *p,
		   const char *want)
{
	char msg[256] = "";
	int err;
	char *out = run(fmt, p, &err, msg);

	CHECK(err == 0, "printf(\"%s\"): error %d: %s", fmt, err, msg);
	CHECK(!strcmp(out, want), "printf(\"%s\"): got \"%s\", want \"%s\"",
	      fmt, out, want);
	free(out);
}

static void expect_error(const char *fmt, const struct payload *p,
			 const char *want_msg)
{
	char msg[256] = "";
	int err;
	char *out = run(fmt, p, &err, msg);

	CHECK(err == -EINVAL, "printf(\"%s\"): got %d, want -EINVAL", fmt,
	      err);
	CHECK(strstr(msg, want_msg) != NULL,
	      "printf(\"%s\"): message \"%s\" lacks \"%s\"", fmt, msg,
	      want_msg);
	free(out);
}

#define NEG(v)	((u64)(s64)(v))	/* sign-extended to 8 bytes */
#define JUNK	0xdead000000000000ull	/* bytes a small type lacks */

static void test_integers(void)
{
	/* tests/runtime/t-begin-printf.sh, the lab's end-to-end check */
	expect("hello %d %s %x|%5d|%-4s|\n",
	       pl_str(pl_int(pl_int(pl_str(pl_int(pl_new(), 42, 4, true),
				    "world", 8), 255, 4, true), 7, 4, true),
		      "ab", 8),
	       "hello 42 world ff|    7|ab  |\n");

	/* rule 1: the type's size decides, not the stored bytes */
	expect("%d", pl_int(pl_new(), JUNK | 0xffffffffu, 4, true), "-1");
	expect("%d", pl_int(pl_new(), NEG(-1), 8, true), "-1");
	expect("%d", pl_int(pl_new(), JUNK | 0xfffe, 2, true), "-2");
	expect("%d", pl_int(pl_new(), JUNK | 0xfe, 1, true), "-2");
	expect("%i", pl_int(pl_new(), NEG(-7), 4, true), "-7");

	/* pfcheck_dint(): %d of an unsigned type is printed as %u */
	expect("%d", pl_int(pl_new(), 0xffffffffu, 4, false), "4294967295");
	expect("%d", pl_int(pl_new(), NEG(-1), 8, false),
	       "18446744073709551615");
	expect("%i", pl_int(pl_new(), 0xfe, 1, false), "254");

	/* %u %x %X %o are unsigned at the value's size (pfprint_uint) */
	expect("%u", pl_int(pl_new(), NEG(-1), 4, true), "4294967295");
	expect("%x", pl_int(pl_new(), NEG(-1), 4, true), "ffffffff");
	expect("%x", pl_int(pl_new(), NEG(-1), 8, true), "ffffffffffffffff");
	expect("%X", pl_int(pl_new(), 0xabcdef, 4, true), "ABCDEF");
	expect("%o", pl_int(pl_new(), 8, 4, true), "10");
	expect("%u", pl_int(pl_new(), JUNK | 0xfffe, 2, true), "65534");
	/* "p" converts as "x" in _dtrace_conversions[] */
	expect("%p", pl_int(pl_new(), 0xffffffff81000000ull, 8, false),
	       "ffffffff81000000");

	/* length modifiers: signed d/i, unsigned u/o/x/X, size by type */
	expect("%ld %lu", pl_int(pl_int(pl_new(), NEG(-5), 8, true),
				 NEG(-1), 8, true),
	       "-5 18446744073709551615");
	expect("%lld %llx", pl_int(pl_int(pl_new(), NEG(-5), 8, false),
				   255, 8, false), "-5 ff");
	expect("%hd %hu %hx", pl_int(pl_int(pl_int(pl_new(), NEG(-2), 2,
						   true), NEG(-2), 2, true),
				     0xbeef, 2, false), "-2 65534 beef");

	/* the plain conversions' own digits (trl_pf_plain_int()) at the
	 * edges: the most negative value of each size, 0, octal */
	expect("%d %d", pl_int(pl_int(pl_new(), 1ull << 63, 8, true),
			       JUNK | 0x80, 1, true),
	       "-9223372036854775808 -128");
	expect("%d|%hd|%x|%o", pl_int(pl_int(pl_int(pl_int(pl_new(), 0, 4,
				true), JUNK | 0x8000, 2, true), 0, 8, false),
				NEG(-1), 8, true),
	       "0|-32768|0|1777777777777777777777");
	expect("%u %X", pl_int(pl_int(pl_new(), JUNK | 0x80000000u, 4, true),
			       0x1f, 1, false), "2147483648 1F");
}

static void test_flags(void)
{
	struct payload *p;

	p = pl_int(pl_int(pl_int(pl_new(), 42, 4, true), 42, 4, true), 42, 4,
		   true);
	expect("%5d|%-5d|%05d", p, "   42|42   |00042");

	/* dt_printf_create(): '0' clears LEFT and '-' clears ZPAD */
	expect("%-05d|", pl_int(pl_new(), 42, 4, true), "00042|");
	expect("%0-5d|", pl_int(pl_new(), 42, 4, true), "42   |");

	p = pl_int(pl_int(pl_new(), 5, 4, true), 5, 4, true);
	expect("%+d|% d", p, "+5| 5");
	p = pl_int(pl_int(pl_int(pl_new(), 255, 4, true), 255, 4, true), 255,
		   4, true);
	expect("%#x %#o %#X", p, "0xff 0377 0XFF");
	expect("%.3d", pl_int(pl_new(), 7, 4, true), "007");
	expect("%8.3d|", pl_int(pl_new(), NEG(-7), 8, true), "    -007|");

	/* dt_printf_format(): "if (prec != 0)", so ".0" is no precision */
	expect("%.0d", pl_int(pl_new(), 0, 4, true), "0");
	/* dt_printf_create(): '?' is a width of 16 for LP64 */
	expect("%?x|", pl_int(pl_new(), 0x1000, 8, false),
	       "            1000|");
}

static void test_strings_and_chars(void)
{
	expect("%s", pl_str(pl_new(), "bash", 16), "bash");
	expect("[%8s]", pl_str(pl_new(), "bash", 16), "[    bash]");
	expect("[%-8s]", pl_str(pl_new(), "bash", 16), "[bash    ]");
	expect("[%.2s]", pl_str(pl_new(), "bash", 16), "[ba]");
	/* precision 0 is no precision (dt_printf_format) */
	expect("[%.0s]", pl_str(pl_new(), "bash", 16), "[bash]");
	/* pfprint_cstr(): a string that fills its slot ends there */
	expect("%s|", pl_str(pl_new(), "0123456789abcdefXYZ", 16),
	       "0123456789abcdef|");
	expect("[%s]", pl_str(pl_new(), "", 16), "[]");

	expect("%c%c", pl_int(pl_int(pl_new(), 'o', 4, true), JUNK | 'k', 1,
			      true), "ok");
	expect("[%3c]", pl_int(pl_new(), 'x', 4, true), "[  x]");

	expect("100%%", pl_new(), "100%");
	expect("%d%%", pl_int(pl_new(), 50, 4, true), "50%");
	expect("no conversions\n", pl_new(), "no conversions\n");
	expect("", pl_new(), "");

	/* %A: no user symbols, as dtrace_uaddr2str() without a process */
	expect("[%A]", pl_int(pl_new(), 0x7f0012345678ll, 8, false),
	       "[0x7f0012345678]");
	expect("[%-16A]", pl_int(pl_new(), 0x400000, 8, false),
	       "[0x400000        ]");
}

/* A format is prepared once it parses; one that does not is NULL. */
static void test_prepare(void)
{
	static const char *const good[] = { "", "text\n", "%d %s%%\n",
					    "%-8s|%08llx|%?p" };
	static const char *const bad[] = { "%z", "50%", "a %d %*d" };
	struct trl_pf_prog *p;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(good); i++) {
		p = trl_printf_prepare(good[i], NULL, 0);
		CHECK(p != NULL, "\"%s\" is prepared", good[i]);
		free(p);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		CHECK(!trl_printf_prepare(bad[i], NULL, 0), "\"%s\" is not",
		      bad[i]);
	expect("", pl_new(), "");
	expect("plain text", pl_new(), "plain text");
	expect("100%% %d%%", pl_int(pl_new(), 7, 4, true), "100% 7%");
}

/* @fmt prepared with @p's fields resolves @want of its conversions. */
static void expect_resolved(const char *fmt, const struct payload *p,
			    unsigned int want)
{
	struct trl_pf_prog *prog = trl_printf_prepare(fmt, p->f, p->n);
	unsigned int got = prog ? trl_printf_resolved(prog) : ~0u;

	CHECK(got == want, "\"%s\" resolves %u conversions, want %u", fmt,
	      got, want);
	free(prog);
}

/*
 * What C's printf prints for conversion @conv (d i u x X o) of @stored
 * as a @size-byte field (rules 1 and 2), into @buf.
 */
static void c_printf(char *buf, size_t len, char conv, u64 stored, u32 size,
		     bool is_signed)
{
	unsigned int shift = 64 - 8 * size;
	u64 u = stored << shift >> shift;
	long long v = (long long)(stored << shift) >> shift;
	char cf[] = { '%', 'l', 'l', conv, '\0' };

	if (conv == 'd' || conv == 'i') {
		if (is_signed)
			snprintf(buf, len, "%lld", v);
		else
			snprintf(buf, len, "%llu", (unsigned long long)u);
		return;
	}
	snprintf(buf, len, cf, (unsigned long long)u);
}

/* "<%@conv>" of @stored as a @size-byte field prints as C's printf does. */
static void expect_c(char conv, u64 stored, u32 size, bool is_signed)
{
	char fmt[] = { '<', '%', conv, '>', '\0' }, want[32];

	want[0] = '<';
	c_printf(want + 1, sizeof(want) - 2, conv, stored, size, is_signed);
	strcat(want, ">");
	expect(fmt, pl_int(pl_new(), stored, size, is_signed), want);
}

/*
 * A prepared format prints plain integers straight from the record: every
 * size and sign at its edges in every base, against C's printf.
 */
static void test_prepared_edges(void)
{
	static const u32 sizes[] = { 1, 2, 4, 8 };
	static const char convs[] = "diuxXo";
	unsigned int i, j, k;
	u64 vals[6], top;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		top = 1ull << (8 * sizes[i] - 1);
		vals[0] = 0;
		vals[1] = 1;
		vals[2] = top;			/* the least signed */
		vals[3] = top - 1;		/* the greatest signed */
		vals[4] = top | (top - 1);	/* all ones: -1 */
		vals[5] = 0x0123456789abcdefull & (top | (top - 1));
		for (j = 0; j < ARRAY_SIZE(vals); j++) {
			if (sizes[i] < 8)
				vals[j] |= JUNK;
			for (k = 0; convs[k]; k++) {
				expect_c(convs[k], vals[j], sizes[i], false);
				expect_c(convs[k], vals[j], sizes[i], true);
			}
		}
	}
	expect_resolved("<%d>", pl_int(pl_new(), 1, 1, true), 1);
	expect_resolved("%hd %lx %llo %i %u %X %p",
			pl_int(pl_int(pl_int(pl_int(pl_int(pl_int(pl_int(
			pl_new(), 1, 2, true), 2, 8, false), 3, 8, true),
			4, 4, false), 5, 1, true), 6, 2, false), 7, 8, false),
			7);
}

/*
 * Which conversions a prepared format resolves, and that the ones it
 * does not (and records too short for the ones it does) print and fail as
 * trl_printf() does, numbering arguments as it does.
 */
static void test_prepared_fallback(void)
{
	struct payload *p;

	/* the consumer's hot case */
	p = pl_int(pl_int(pl_int(pl_new(), 4242, 4, true), NEG(-3), 8, true),
		   1, 4, false);
	expect_resolved("%d %d %d\n", p, 3);
	expect("%d %d %d\n", p, "4242 -3 1\n");

	/* flags, width, precision, %c %s %f: the general path; "%%" takes
	 * no argument */
	p = pl_int(pl_str(pl_int(pl_int(pl_new(), 42, 4, true), 255, 4,
				 true), "ab", 8), 9, 8, false);
	expect_resolved("%5d|%x|%s|%%|%d", p, 2);
	expect("%5d|%x|%s|%%|%d", p, "   42|ff|ab|%|9");
	expect_resolved("%% %d %%%x%%", p, 2);
	expect("%% %d %%%x%%", p, "% 42 %ff%");
	expect_resolved("%c %f %#x %-3d %+d % d %.2d %05u", p, 0);
	expect_resolved("%d %d %s %x", p, 3);

	/* a string field for %d: the general path's error, after the text */
	expect_resolved("[%d] [%d] [%d]", p, 2);
	expect_error("[%d] [%d] [%d]", p, "#3 (%d) has a string argument");

	/* missing arguments: resolved up to them, then the error */
	p = pl_int(pl_int(pl_new(), 1, 4, true), 2, 4, true);
	expect_resolved("%d %d %d %d", p, 2);
	expect_error("%d %d %d %d", p,
		     "conversion #3 (%d) is missing a corresponding value");
	expect_error("a%d b%% c%d d%x", p,
		     "conversion #4 (%x) is missing a corresponding value");

	/* a record too short for a resolved conversion's 8 bytes: all of
	 * it goes through trl_printf()'s checks */
	p = pl_int(pl_int(pl_new(), 1, 4, true), 2, 4, true);
	p->len = 12;
	expect_resolved("a%d b%d\n", p, 2);
	expect_error("a%d b%d\n", p, "argument #2 (8 bytes at 8) lies outside");
	p->len = 4;
	expect_error("a%d b%d\n", p, "argument #1 (8 bytes at 0) lies outside");
	p = pl_int(pl_new(), 1, 4, true);
	p->f[0].offset = 0xfffffffcu;	/* offset + 8 past 32 bits */
	expect_resolved("%d", p, 1);
	expect_error("%d", p, "lies outside");

	/* fields the general path refuses: a 3-byte integer, a func() key */
	p = pl_int(pl_int(pl_new(), 5, 3, true), 6, 8, false);
	expect_resolved("%d %d", p, 1);
	expect_error("%d %d", p, "argument #1 is a 3-byte integer");
	p->f[0].type = TR_VT_SYM;
	p->f[0].size = 8;
	expect_resolved("%x %d", p, 1);
	expect("%x %d", p, "5 6");
}

/*
 * Output longer than the state's 256-byte buffer, in texts shorter and
 * longer than a step holds, and in digits up to the buffer's edge.
 */
static void test_prepared_long(void)
{
	static const int texts[] = { 0, 1, 15, 16, 17, 18, 5, 40 };
	static const char conv[] = "%llu %llx %llX %llo %llu %llu %llo %llo.";
	static const char digits[] = "18446744073709551615 ffffffffffffffff "
		"FFFFFFFFFFFFFFFF 1777777777777777777777 18446744073709551615 "
		"18446744073709551615 1777777777777777777777 "
		"1777777777777777777777.";
	static const char text[] = "0123456789abcdefghijklmnopqrstuvwxyz!?-=";
	struct payload *p = pl_new();
	char fmt[1024], want[2048];
	size_t n = 0, w = 0;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(texts); i++) {
		pl_int(p, ~0ull, 8, false);
		n += snprintf(fmt + n, sizeof(fmt) - n, "%.*s%%llo", texts[i],
			      text);
		w += snprintf(want + w, sizeof(want) - w,
			      "%.*s1777777777777777777777", texts[i], text);
	}
	for (i = 0; i < 30; i++) {	/* a last text past the buffer */
		n += snprintf(fmt + n, sizeof(fmt) - n, "%.10s", text);
		w += snprintf(want + w, sizeof(want) - w, "%.10s", text);
	}
	expect_resolved(fmt, p, 8);
	expect(fmt, p, want);
	for (i = 0; i < 100; i++) {	/* the digits across the edge */
		memset(fmt, 'x', i);
		strcpy(fmt + i, conv);
		memset(want, 'x', i);
		strcpy(want + i, digits);
		expect(fmt, p, want);
	}
}

static void test_errors(void)
{
	expect_error("%d", pl_new(), "missing a corresponding value");
	expect_error("%s", pl_int(pl_new(), 1, 4, true), "integer argument");
	expect_error("%d", pl_str(pl_new(), "x", 8), "string argument");
	expect_error("%z", pl_int(pl_new(), 1, 4, true), "%z");
	expect_error("%C", pl_int(pl_new(), 1, 4, true), "%C");
	expect_error("%*d", pl_int(pl_new(), 1, 4, true), "'*'");
	expect_error("50%", pl_new(), "end of format string");
	expect_error("%-%", pl_new(), "cannot be combined");
	expect_error("%1.2.3d", pl_int(pl_new(), 1, 4, true), "more than one");

	/* an argument outside the payload is refused, not read */
	{
		struct payload *p = pl_int(pl_new(), 1, 4, true);

		p->f[0].offset = 8;
		expect_error("%d", p, "outside");
		p = pl_str(pl_new(), "abc", 8);
		p->f[0].size = 64;
		expect_error("%s", p, "outside");
	}
}

/* %a (a kernel symbol), %Y (a date) and the floating-point conversions. */
static void test_symbols_times_floats(void)
{
	char path[] = "/tmp/test_printf_ksyms.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	CHECK(f != NULL, "a temporary kallsyms file");
	if (!f)
		return;
	fputs("ffffffff81000000 T _stext\nffffffff81200100 T vfs_read\n"
	      "ffffffffc0a01000 t ext4_foo\t[ext4]\n", f);
	fclose(f);
	setenv("TRACER_KALLSYMS", path, 1);
	expect("[%a]", pl_int(pl_new(), 0xffffffff81200100ull, 8, false),
	       "[vmlinux`vfs_read]");
	expect("[%a]", pl_int(pl_new(), 0xffffffff81200142ull, 8, false),
	       "[vmlinux`vfs_read+0x42]");
	expect("[%30a]", pl_int(pl_new(), 0xffffffffc0a01004ull, 8, false),
	       "[             ext4`ext4_foo+0x4]");
	expect("[%-8a]", pl_int(pl_new(), 0x1000, 8, false), "[0x1000  ]");
	{
		/* a func() key in printa("%a"): an address */
		struct payload *p = pl_int(pl_new(), 0xffffffff81200101ull, 8,
					   false);

		p->f[0].type = TR_VT_SYM;
		expect("[%a]", p, "[vmlinux`vfs_read+0x1]");
	}
	unlink(path);

	setenv("TZ", "UTC", 1);
	tzset();
	expect("[%Y]", pl_int(pl_new(), 0, 8, false), "[1970 Jan  1 00:00:00]");
	expect("[%Y]", pl_int(pl_new(), 1763735580ull * 1000000000ull, 8,
			      false), "[2025 Nov 21 14:33:00]");
	expect("[%25Y]", pl_int(pl_new(), 0, 8, false),
	       "[     1970 Jan  1 00:00:00]");

	expect("%f %e %g %.1f %G", pl_int(pl_int(pl_int(pl_int(pl_int(pl_new(),
	       NEG(-1), 4, true), 100, 4, true), 3, 4, true), 7, 8, false),
	       1000000, 4, true),
	       "-1.000000 1.000000e+02 3 7.0 1E+06");
}

/* What trl_printf_scan() reports: "I[%d] S[%s] N[%%]"; ends at call @stop. */
struct scan {
	char seen[256];
	size_t len;
	unsigned int calls, stop;
};

static int scan_each(void *arg, enum trl_pf_argkind kind, const char *conv,
		     size_t len)
{
	static const char tag[] = {
		[TRL_PF_ARG_NONE] = 'N',
		[TRL_PF_ARG_INT] = 'I',
		[TRL_PF_ARG_STR] = 'S',
		[TRL_PF_ARG_AGG] = 'A',
		[TRL_PF_ARG_STACK] = 'K',
	};
	struct scan *sc = arg;

	sc->len += snprintf(sc->seen + sc->len, sizeof(sc->seen) - sc->len,
			    "%s%c[%.*s]", sc->len ? " " : "", tag[kind],
			    (int)len, conv);
	return ++sc->calls == sc->stop ? 7 : 0;
}

static void expect_scan(const char *fmt, const char *want)
{
	struct scan sc = { .len = 0 };
	char msg[256] = "";
	int err;

	err = trl_printf_scan(fmt, scan_each, &sc, msg, sizeof(msg));
	CHECK(err == 0, "scan(\"%s\"): error %d: %s", fmt, err, msg);
	CHECK(!strcmp(sc.seen, want), "scan(\"%s\"): got \"%s\", want \"%s\"",
	      fmt, sc.seen, want);
}

/* @want_seen: the conversions reported before the bad one. */
static void expect_scan_error(const char *fmt, const char *want_seen,
			      const char *want_msg)
{
	struct scan sc = { .len = 0 };
	char msg[256] = "";
	int err;

	err = trl_printf_scan(fmt, scan_each, &sc, msg, sizeof(msg));
	CHECK(err == -EINVAL, "scan(\"%s\"): got %d, want -EINVAL", fmt, err);
	CHECK(!strcmp(sc.seen, want_seen),
	      "scan(\"%s\"): got \"%s\", want \"%s\"", fmt, sc.seen,
	      want_seen);
	CHECK(strstr(msg, want_msg) != NULL,
	      "scan(\"%s\"): message \"%s\" lacks \"%s\"", fmt, msg,
	      want_msg);
}

/* The format check the compiler makes: the same parser as trl_printf(). */
static void test_scan(void)
{
	struct scan sc = { .stop = 2 };
	char msg[256] = "";

	expect_scan("", "");
	expect_scan("no conversions\n", "");
	expect_scan("hello %d %s %x|%5d|%-4s|\n",
		    "I[%d] S[%s] I[%x] I[%5d] S[%-4s]");
	expect_scan("%c%i%o%p%u%X%%",
		    "I[%c] I[%i] I[%o] I[%p] I[%u] I[%X] N[%%]");
	expect_scan("%hd%ld%lld%hX%lu%llx",
		    "I[%hd] I[%ld] I[%lld] I[%hX] I[%lu] I[%llx]");
	expect_scan("%-010.3d|%#?x|%' +.0s|",
		    "I[%-010.3d] I[%#?x] S[%' +.0s]");

	/* trl_printf()'s messages, numbered as it numbers them */
	expect_scan_error("%% %d %C", "N[%%] I[%d]",
			  "#3 is undefined or not supported: %C");
	expect_scan("%A %k %@d", "I[%A] K[%k] A[%@d]");
	expect_scan_error("%*d", "", "'*'");
	expect_scan_error("50%", "", "end of format string");
	expect_scan_error("%-%", "", "cannot be combined");
	expect_scan_error("%1.2.3d", "", "more than one");
	expect_scan_error("%ls", "", "%ls");
	expect_scan_error("%1234567d", "", "too large");

	/* what the callback returns ends the scan */
	CHECK(trl_printf_scan("%d %s %d", scan_each, &sc, msg,
			      sizeof(msg)) == 7 && sc.calls == 2,
	      "scan: got %u calls, want the scan to stop after 2", sc.calls);
}

int main(void)
{
	test_integers();
	test_flags();
	test_strings_and_chars();
	test_errors();
	test_prepare();
	test_prepared_edges();
	test_prepared_fallback();
	test_prepared_long();
	test_symbols_times_floats();
	test_scan();
	return check_report("test_printf");
}
