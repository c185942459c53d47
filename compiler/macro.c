// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/macro.c - macro arguments, as DTrace has them: $0 is the
 * program's name, $1 .. $N the arguments given after it on the command
 * line, $target the process of -c or -p, and the macro variables of
 * tracer's own process that DTrace defines (dt_open.c's _dtrace_macros):
 * $pid, $ppid, $uid, $euid, $gid, $egid, $pgid, $sid (Solaris's $projid and
 * $taskid have no Linux counterpart).  The scanner (lexer.l) and probe
 * descriptions (probes.c) ask here for their values.
 *
 * An argument that was not given stands for 0 (or "" for $$N) and is
 * remembered; the options pass, which knows whether defaultargs is set
 * (it may be set by a #pragma after the use), reports each such use as an
 * error otherwise.
 */
#include <unistd.h>
#include "trc_impl.h"

/* $pid and the others: false if @name is none of them. */
static bool trc_macro_proc(const char *name, long *v)
{
	if (!strcmp(name, "pid"))
		*v = getpid();
	else if (!strcmp(name, "ppid"))
		*v = getppid();
	else if (!strcmp(name, "uid"))
		*v = getuid();
	else if (!strcmp(name, "euid"))
		*v = geteuid();
	else if (!strcmp(name, "gid"))
		*v = getgid();
	else if (!strcmp(name, "egid"))
		*v = getegid();
	else if (!strcmp(name, "pgid"))
		*v = getpgid(0);
	else if (!strcmp(name, "sid"))
		*v = getsid(0);
	else
		return false;
	return true;
}

int trc_macro_arg(struct trc_ctx *ctx, struct trc_loc loc, const char *t,
		  const char **val)
{
	const struct trc_options *o = &ctx->tc_opt;
	const char *name = t + 1 + (t[1] == '$');
	struct trc_pragma *m, **tail;
	unsigned long n;
	char num[24];
	char *end;
	long v;

	*val = NULL;
	if (!strcmp(name, "target")) {
		if (o->target > 0) {
			snprintf(num, sizeof(num), "%ld", o->target);
			*val = trc_strdup(ctx, num);
		}
	} else if (trc_macro_proc(name, &v)) {
		snprintf(num, sizeof(num), "%ld", v);
		*val = trc_strdup(ctx, num);
	} else if (*name >= '0' && *name <= '9') {
		n = strtoul(name, &end, 10);
		if (*end || strlen(name) > 6) {
			trc_error(ctx, loc, "invalid macro argument '%s'", t);
			return -EINVAL;
		}
		if (n < o->nmacro_args)
			*val = o->macro_args[n];
	} else {
		trc_error(ctx, loc,
			  "unknown macro variable '%s'; tracer has $0, $1 .., $$1 .., $target, $pid, $ppid, $uid, $euid, $gid, $egid, $pgid and $sid",
			  t);
		return -EINVAL;
	}
	if (*val)
		return 0;
	*val = t[1] == '$' ? "" : "0";
	m = trc_alloc(ctx, sizeof(*m));
	m->loc = loc;
	m->text = trc_strdup(ctx, t);
	for (tail = &ctx->tc_undef_macros; *tail; tail = &(*tail)->next)
		;
	*tail = m;
	return 0;
}

int trc_macro_check(struct trc_ctx *ctx)
{
	struct trc_pragma *m;
	int err = 0;

	if (ctx->tc_defaultargs)
		return 0;
	for (m = ctx->tc_undef_macros; m; m = m->next) {
		if (!strcmp(m->text, "$target") || !strcmp(m->text, "$$target"))
			trc_error(ctx, m->loc,
				  "macro variable %s is not defined: give a process with -c or -p",
				  m->text);
		else
			trc_error(ctx, m->loc,
				  "macro argument %s is not defined (give it after the program, or set -x defaultargs)",
				  m->text);
		err = -EINVAL;
	}
	return err;
}
