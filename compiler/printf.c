// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/printf.c - printf() formats: each conversion must have an
 * argument of the kind it prints, and every argument a conversion.
 *
 * The format itself is parsed by libtracer's trl_printf_scan(), the parser
 * the consumer formats records with (libtracer/printf.c, after illumos
 * libdtrace's dt_printf_create()), so a format is accepted here exactly
 * when it can be printed, and refused with the message printing it would
 * give.  That file lists the conversions and flags it supports.  Here only
 * the arguments are checked: an integer for the integer conversions, a
 * string for %s, none for %%.
 */
#include "trc_impl.h"
#include "tracer.h"

/* The state of one trc_printf_check() while trl_printf_scan() runs. */
struct trc_pf_check {
	struct trc_ctx *ctx;
	struct trc_expr *arg;	/* for the next conversion; NULL: none left */
	struct trc_loc loc;	/* the format */
	unsigned int nconv;	/* conversions that take an argument so far */
	int err;		/* -EINVAL once an argument was reported */
};

/* Check the argument of the conversion @conv (@len bytes from its '%'). */
static int trc_pf_check_conv(void *data, enum trl_pf_argkind kind,
			     const char *conv, size_t len)
{
	struct trc_pf_check *c = data;
	struct trc_expr *a = c->arg;

	if (kind == TRL_PF_ARG_NONE)
		return 0;
	c->nconv++;
	if (kind == TRL_PF_ARG_AGG || kind == TRL_PF_ARG_STACK) {
		trc_error(c->ctx, c->loc,
			  "printf() conversion %u '%.*s' prints %s: use printa()",
			  c->nconv, (int)len, conv,
			  kind == TRL_PF_ARG_AGG ? "an aggregation" :
			  "a stack() key");
		c->err = -EINVAL;
		c->arg = a ? a->next : NULL;
		return 0;
	}
	if (!a)
		return 0;
	if (kind == TRL_PF_ARG_STR)	/* btf: a char * is its string */
		trc_kdata_string(c->ctx, a, false);
	if (a->type.kind == TRC_T_STR && kind != TRL_PF_ARG_STR) {
		trc_error(c->ctx, a->loc,
			  "printf() conversion %u '%.*s' needs an integer, but its argument is a string",
			  c->nconv, (int)len, conv);
		c->err = -EINVAL;
	} else if (a->type.kind == TRC_T_INT && kind == TRL_PF_ARG_STR) {
		trc_error(c->ctx, a->loc,
			  "printf() conversion %u '%.*s' needs a string, but its argument is an integer",
			  c->nconv, (int)len, conv);
		c->err = -EINVAL;
	}
	c->arg = a->next;
	return 0;
}

int trc_printf_check(struct trc_ctx *ctx, struct trc_expr *call,
		     const char *fmt, struct trc_expr *args)
{
	struct trc_pf_check c = { .ctx = ctx, .arg = args,
				  .loc = call->args->loc };
	unsigned int nargs = 0;
	struct trc_expr *a;
	char why[128];

	for (a = args; a; a = a->next)
		nargs++;
	if (trl_printf_scan(fmt, trc_pf_check_conv, &c, why, sizeof(why))) {
		trc_error(ctx, call->args->loc, "printf() %s", why);
		return -EINVAL;
	}
	if (c.nconv != nargs) {
		trc_error(ctx, call->loc,
			  "printf() format has %u conversion%s but %u argument%s follow%s",
			  c.nconv, c.nconv == 1 ? "" : "s", nargs,
			  nargs == 1 ? "" : "s", nargs == 1 ? "s" : "");
		c.err = -EINVAL;
	}
	return c.err;
}
