// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/options.c - #pragma lines and the options they set.
 *
 *   #pragma D option quiet		quiet=1 and quiet=0 too
 *   #pragma D option flowindent	the same values: dtrace -F's layout
 *   #pragma D option bufsize=4m	per-CPU record buffer, k/m/g suffixes
 *   #pragma D option aggsortkey	aggsortrev, aggsortpos=N,
 *					aggsortkeypos=N: aggregation order
 *   #pragma D option aggsize=4m	per-CPU aggregation table bytes
 *   and the table trc_opt_defs[] below: strsize, defaultargs, the rates
 *   (switchrate, statusrate, aggrate: DTrace's time values, a bare number
 *   being per second), stackframes, ustackframes and dynvarsize (the
 *   dynamic variable space, vars).
 *
 * The same options come from the command line (-x name[=value], in
 * trc_options.xopts), applied before the #pragma lines so that a pragma
 * wins, as in DTrace.  Other DTrace option names are accepted with a
 * warning and ignored (a script written for DTrace still runs); any other
 * name is an error.  A #pragma outside the D namespace is ignored with a
 * warning, as a C compiler ignores pragmas it does not know.  The caller's
 * trc_options are the defaults the pragmas override, except that quiet
 * from either side makes the program quiet.
 */
#include <strings.h>
#include "trc_impl.h"

/* DTrace options this compiler knows of but does not implement. */
static const char *const trc_ignored_options[] = {
	"aggpercpu", "bufpolicy", "bufresize", "cleanrate",
	"cpu", "destructive",
	"grabanon", "jstackframes", "jstackstrsize", "nspec", "rawbytes",
	"specsize", "stackindent", "zdefs",
};

static const char *const trc_known_options[] = {
	"quiet", "flowindent", "bufsize", "aggsortkey", "aggsortrev", "aggsortpos",
	"aggsortkeypos", "aggsize", "strsize", "defaultargs", "switchrate",
	"statusrate", "aggrate", "stackframes", "ustackframes", "dynvarsize",
};

/*
 * aggs: the sort options of printa() and the final output (DTrace's
 * dt_aggregate.c): aggsortkey sorts by key before value, aggsortrev
 * reverses, aggsortkeypos=N compares keys from the N-th (0-based) first,
 * aggsortpos=N sorts a printa() of several aggregations by the N-th.
 */
static int trc_aggsort_option(struct trc_ctx *ctx, const char *opt,
			      const char *val)
{
	bool *flag = !strcmp(opt, "aggsortkey") ? &ctx->tc_aggsortkey :
		     !strcmp(opt, "aggsortrev") ? &ctx->tc_aggsortrev : NULL;
	u32 *pos = !strcmp(opt, "aggsortpos") ? &ctx->tc_aggsortpos :
		   !strcmp(opt, "aggsortkeypos") ? &ctx->tc_aggsortkeypos :
		   NULL;
	char *end;
	unsigned long v;

	if (flag) {
		if (val && strcmp(val, "1") && strcmp(val, "0"))
			return -EINVAL;
		*flag = !val || !strcmp(val, "1");
		return 0;
	}
	if (!val || *val < '0' || *val > '9')
		return -EINVAL;
	v = strtoul(val, &end, 10);
	if (*end || v > 1024)
		return -EINVAL;
	*pos = v;
	return 0;
}

static int trc_opt_strsize(struct trc_ctx *ctx, struct trc_loc loc,
			   const char *val);
static int trc_opt_defaultargs(struct trc_ctx *ctx, struct trc_loc loc,
			       const char *val);
static int trc_opt_zdefs(struct trc_ctx *ctx, struct trc_loc loc,
			 const char *val);
static int trc_opt_switchrate(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val);
static int trc_opt_statusrate(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val);
static int trc_opt_aggrate(struct trc_ctx *ctx, struct trc_loc loc,
			   const char *val);
static int trc_opt_stackframes(struct trc_ctx *ctx, struct trc_loc loc,
			       const char *val);
static int trc_opt_ustackframes(struct trc_ctx *ctx, struct trc_loc loc,
				const char *val);
static int trc_opt_dynvarsize(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val);

/* Options set by a function of their own: name, setter (NULL value: bare). */
static const struct trc_opt_def {
	const char *name;
	int (*set)(struct trc_ctx *ctx, struct trc_loc loc, const char *val);
} trc_opt_defs[] = {
	{ "strsize", trc_opt_strsize },
	{ "defaultargs", trc_opt_defaultargs },
	{ "zdefs", trc_opt_zdefs },		/* probes: -Z */
	{ "switchrate", trc_opt_switchrate },
	{ "statusrate", trc_opt_statusrate },
	{ "aggrate", trc_opt_aggrate },
	{ "stackframes", trc_opt_stackframes },
	{ "ustackframes", trc_opt_ustackframes },
	{ "dynvarsize", trc_opt_dynvarsize },	/* vars */
};

/* Parse SIZE[k|m|g]; false if it is not one.  Huge sizes saturate. */
static bool trc_parse_size(const char *s, u64 *out)
{
	unsigned int shift = 0;
	u64 v = 0;

	if (*s < '0' || *s > '9')
		return false;
	for (; *s >= '0' && *s <= '9'; s++)
		v = v > TR_MAX_BUF_SIZE ? v : v * 10 + (*s - '0');
	switch (*s) {
	case 'k': case 'K':
		shift = 10, s++;
		break;
	case 'm': case 'M':
		shift = 20, s++;
		break;
	case 'g': case 'G':
		shift = 30, s++;
		break;
	}
	if (*s)
		return false;
	*out = v << shift;
	return true;
}

static int trc_badval(struct trc_ctx *ctx, struct trc_loc loc,
		      const char *opt, const char *val)
{
	trc_error(ctx, loc, "invalid value '%s' for option %s",
		  val ? val : "", opt);
	return -EINVAL;
}

/* @n bytes in the largest unit that divides it from 64k on: "64k", "256m", "4096". */
static const char *trc_size_text(char *buf, size_t len, u64 n)
{
	if (n < (64u << 10))
		snprintf(buf, len, "%llu", (unsigned long long)n);
	else if (!(n & ((1u << 30) - 1)))
		snprintf(buf, len, "%llug", (unsigned long long)(n >> 30));
	else if (!(n & ((1u << 20) - 1)))
		snprintf(buf, len, "%llum", (unsigned long long)(n >> 20));
	else if (!(n & ((1u << 10) - 1)))
		snprintf(buf, len, "%lluk", (unsigned long long)(n >> 10));
	else
		snprintf(buf, len, "%llu", (unsigned long long)n);
	return buf;
}

/*
 * A size option: SIZE[k|m|g] from @min to @max, else an error that names
 * the range, so the fix is obvious.
 */
static int trc_opt_size(struct trc_ctx *ctx, struct trc_loc loc,
			const char *opt, const char *val, u64 min, u64 max,
			u64 *out)
{
	char lo[24], hi[24];

	if (!val || !trc_parse_size(val, out))
		return trc_badval(ctx, loc, opt, val);
	if (*out < min || *out > max) {
		trc_error(ctx, loc, "option %s=%s is out of range (%s to %s)",
			  opt, val, trc_size_text(lo, sizeof(lo), min),
			  trc_size_text(hi, sizeof(hi), max));
		return -EINVAL;
	}
	return 0;
}

static int trc_opt_strsize(struct trc_ctx *ctx, struct trc_loc loc,
			   const char *val)
{
	u64 size;

	if (trc_opt_size(ctx, loc, "strsize", val, TRC_MIN_STRSIZE,
			 TRC_MAX_STRSIZE, &size))
		return -EINVAL;
	ctx->tc_strsize = size;
	return 0;
}

static int trc_opt_defaultargs(struct trc_ctx *ctx, struct trc_loc loc,
			       const char *val)
{
	if (val && strcmp(val, "1") && strcmp(val, "0"))
		return trc_badval(ctx, loc, "defaultargs", val);
	ctx->tc_defaultargs = !val || !strcmp(val, "1");
	return 0;
}

/* zdefs (-Z): descriptions that match no probe are dropped. */
static int trc_opt_zdefs(struct trc_ctx *ctx, struct trc_loc loc,
			 const char *val)
{
	if (val && strcmp(val, "1") && strcmp(val, "0"))
		return trc_badval(ctx, loc, "zdefs", val);
	ctx->tc_zdefs = !val || !strcmp(val, "1");
	return 0;
}

/*
 * DTrace's time values (dt_options.c, dt_opt_rate): a number with a unit
 * (ns, us, ms, s, m, h, d and their long names), or per second with "hz"
 * or no unit at all.  Returns nanoseconds in *ns; false if it is not one.
 */
static bool trc_parse_rate(const char *s, u64 *ns)
{
	static const struct { const char *name; u64 mul; } units[] = {
		{ "ns", 1 }, { "nsec", 1 }, { "us", 1000 },
		{ "usec", 1000 }, { "ms", 1000000 }, { "msec", 1000000 },
		{ "s", 1000000000 }, { "sec", 1000000000 },
		{ "m", 60000000000ull }, { "min", 60000000000ull },
		{ "h", 3600000000000ull }, { "hour", 3600000000000ull },
		{ "d", 86400000000000ull }, { "day", 86400000000000ull },
		{ "hz", 0 }, { "", 0 },
	};
	unsigned int i;
	u64 v = 0;

	if (*s < '0' || *s > '9')
		return false;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (v > 1000000000000ull)
			return false;
		v = v * 10 + (*s - '0');
	}
	for (i = 0; i < ARRAY_SIZE(units); i++)
		if (!strcasecmp(s, units[i].name))
			break;
	if (i == ARRAY_SIZE(units))
		return false;
	if (!units[i].mul)
		*ns = v ? 1000000000ull / v : 0;
	else if (v > UINT64_MAX / units[i].mul)
		return false;
	else
		*ns = v * units[i].mul;
	return true;
}

static int trc_opt_rate(struct trc_ctx *ctx, struct trc_loc loc,
			const char *name, const char *val, u64 *ns)
{
	if (!val || !trc_parse_rate(val, ns))
		return trc_badval(ctx, loc, name, val);
	return 0;
}

static int trc_opt_switchrate(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val)
{
	return trc_opt_rate(ctx, loc, "switchrate", val,
			    &ctx->tc_switchrate_ns);
}

static int trc_opt_statusrate(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val)
{
	return trc_opt_rate(ctx, loc, "statusrate", val,
			    &ctx->tc_statusrate_ns);
}

static int trc_opt_aggrate(struct trc_ctx *ctx, struct trc_loc loc,
			   const char *val)
{
	return trc_opt_rate(ctx, loc, "aggrate", val, &ctx->tc_aggrate_ns);
}

/* stackframes and ustackframes: 1 to TRC_MAX_STACKFRAMES into @frames. */
static int trc_opt_frames(struct trc_ctx *ctx, struct trc_loc loc,
			  const char *name, const char *val, u32 *frames)
{
	u64 n;

	if (trc_opt_size(ctx, loc, name, val, 1, TRC_MAX_STACKFRAMES, &n))
		return -EINVAL;
	*frames = n;
	return 0;
}

static int trc_opt_stackframes(struct trc_ctx *ctx, struct trc_loc loc,
			       const char *val)
{
	return trc_opt_frames(ctx, loc, "stackframes", val,
			      &ctx->tc_stackframes);
}

static int trc_opt_ustackframes(struct trc_ctx *ctx, struct trc_loc loc,
				const char *val)
{
	return trc_opt_frames(ctx, loc, "ustackframes", val,
			      &ctx->tc_ustackframes);
}

/* vars: the dynamic variable space, bytes. */
static int trc_opt_dynvarsize(struct trc_ctx *ctx, struct trc_loc loc,
			      const char *val)
{
	u64 size;

	if (trc_opt_size(ctx, loc, "dynvarsize", val, 8, TR_MAX_DYNVAR_SIZE,
			 &size))
		return -EINVAL;
	ctx->tc_dynvar_size = TRC_ALIGN8((u32)size);
	return 0;
}

static int trc_option(struct trc_ctx *ctx, struct trc_loc loc, char *opt)
{
	char *val = strchr(opt, '=');
	const char *hint;
	unsigned int i;
	u64 size;

	if (val)
		*val++ = '\0';
	if (!strcmp(opt, "quiet")) {
		if (!val || !strcmp(val, "1"))
			ctx->tc_quiet = true;
		else if (!strcmp(val, "0"))
			ctx->tc_quiet = ctx->tc_opt.quiet;
		else
			goto badval;
		return 0;
	}
	if (!strcmp(opt, "flowindent")) {
		if (val && strcmp(val, "1") && strcmp(val, "0"))
			goto badval;
		ctx->tc_flowindent = !val || !strcmp(val, "1");
		return 0;
	}
	if (!strcmp(opt, "bufsize")) {
		if (trc_opt_size(ctx, loc, "bufsize", val, TR_MIN_BUF_SIZE,
				 TR_MAX_BUF_SIZE, &size))
			return -EINVAL;
		ctx->tc_buf_size = TRC_ALIGN8((u32)size);
		return 0;
	}
	if (!strcmp(opt, "aggsortkey") || !strcmp(opt, "aggsortrev") ||
	    !strcmp(opt, "aggsortpos") || !strcmp(opt, "aggsortkeypos")) {
		if (trc_aggsort_option(ctx, opt, val))
			goto badval;
		return 0;
	}
	if (!strcmp(opt, "aggsize")) {
		/* aggs: per-CPU table bytes; image.c turns them into slots */
		if (trc_opt_size(ctx, loc, "aggsize", val, 1,
				 TR_MAX_SESSION_BYTES, &size))
			return -EINVAL;
		ctx->tc_aggsize = size;
		ctx->tc_aggsize_loc = loc;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(trc_opt_defs); i++)
		if (!strcmp(opt, trc_opt_defs[i].name))
			return trc_opt_defs[i].set(ctx, loc, val);
	for (i = 0; i < ARRAY_SIZE(trc_ignored_options); i++) {
		if (!strcmp(opt, trc_ignored_options[i])) {
			trc_warn(ctx, loc,
				 "option '%s' is not supported yet; ignored",
				 opt);
			return 0;
		}
	}
	hint = trc_closest(opt, trc_known_options,
			   ARRAY_SIZE(trc_known_options));
	if (hint)
		trc_error(ctx, loc, "unknown option '%s'; did you mean '%s'?",
			  opt, hint);
	else
		trc_error(ctx, loc, "unknown option '%s'", opt);
	return -EINVAL;
badval:
	return trc_badval(ctx, loc, opt, val);
}

/* Split @s into at most @max blank-separated words; returns the count. */
static int trc_words(char *s, char **w, int max)
{
	int n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\r')
			*s++ = '\0';
		if (!*s)
			return n;
		if (n == max)
			return max + 1;
		w[n++] = s;
		while (*s && *s != ' ' && *s != '\t' && *s != '\r')
			s++;
	}
}

static int trc_pragma(struct trc_ctx *ctx, struct trc_pragma *p)
{
	char *text = trc_strdup(ctx, p->text), *w[4];
	int n;

	/* "#", "pragma", then the words */
	text = strstr(text, "pragma") + strlen("pragma");
	n = trc_words(text, w, 3);
	if (n == 0 || strcmp(w[0], "D")) {
		trc_warn(ctx, p->loc, "ignoring #pragma%s%s",
			 n ? " " : "", n ? w[0] : "");
		return 0;
	}
	if (n < 2) {
		trc_error(ctx, p->loc, "#pragma D needs a directive, e.g. "
			  "#pragma D option quiet");
		return -EINVAL;
	}
	if (strcmp(w[1], "option")) {
		trc_error(ctx, p->loc, "#pragma D %s is not supported", w[1]);
		return -EINVAL;
	}
	if (n != 3) {
		trc_error(ctx, p->loc,
			  "#pragma D option takes one name[=value]");
		return -EINVAL;
	}
	return trc_option(ctx, p->loc, w[2]);
}

int trc_options(struct trc_ctx *ctx)
{
	struct trc_pragma *p;
	unsigned int i;
	int err = 0;

	ctx->tc_quiet = ctx->tc_opt.quiet;
	ctx->tc_strsize = TRC_DEFAULT_STRSIZE;
	ctx->tc_stackframes = TRC_DEFAULT_STACKFRAMES;
	ctx->tc_ustackframes = TRC_DEFAULT_STACKFRAMES;
	ctx->tc_dynvar_size = TRC_DEFAULT_DYNVAR_SIZE;
	ctx->tc_buf_size = ctx->tc_opt.buf_size ? ctx->tc_opt.buf_size :
						  TRC_DEFAULT_BUF_SIZE;
	ctx->tc_agg_entries = ctx->tc_opt.agg_entries ?
			      ctx->tc_opt.agg_entries :
			      TRC_DEFAULT_AGG_ENTRIES;
	if (ctx->tc_buf_size < TR_MIN_BUF_SIZE ||
	    ctx->tc_buf_size > TR_MAX_BUF_SIZE) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "buffer size %u is out of range (%uk to %um)",
			  ctx->tc_buf_size, TR_MIN_BUF_SIZE >> 10,
			  TR_MAX_BUF_SIZE >> 20);
		err = -EINVAL;
	}
	if (ctx->tc_agg_entries > TR_MAX_AGG_ENTRIES) {
		trc_error(ctx, (struct trc_loc){ 0, 0 },
			  "%u aggregation entries are too many (at most %u)",
			  ctx->tc_agg_entries, TR_MAX_AGG_ENTRIES);
		err = -EINVAL;
	}
	ctx->tc_buf_size = TRC_ALIGN8(ctx->tc_buf_size);
	for (i = 0; i < ctx->tc_opt.nxopts; i++)
		if (trc_option(ctx, (struct trc_loc){ 0, 0 },
			       trc_strdup(ctx, ctx->tc_opt.xopts[i])))
			err = -EINVAL;
	for (p = ctx->tc_pragmas; p; p = p->next)
		if (trc_pragma(ctx, p))
			err = -EINVAL;
	return err;
}
