// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/flow.c - the flowindent option (dtrace -F): the start of each
 * firing's line names the probe's function, indented by call depth, as
 * illumos libdtrace's dt_flowindent() (dt_consume.c) and dtrace.c's chew()
 * lay it out:
 *
 *   CPU FUNCTION                                  "%3s %-41s\n", once
 *     0  -> vfs_read                              "%3d %-41s " per firing
 *     0    -> rw_verify_area
 *     0    <- rw_verify_area
 *     0    | vfs_read:probe-name                  neither entry nor return
 *
 * A probe named "entry" (or "...-entry") prints " -> func" and then
 * indents the firings after it by two more spaces; one named "return" (or
 * "...-return") first unindents by two, then prints " <- func"; the
 * syscall provider's say " => " and " <= "; any other probe prints
 * "| func:name" at the current indentation.  As in DTrace, a firing of an
 * entry probe right after another clause of the same probe (a second ECB
 * of one firing) is "| ", and so is a return probe's clause that another
 * clause of the same probe follows: only the last clause of a return
 * unindents.
 *
 * DTrace consumes one CPU's buffer at a time, so its indentation follows
 * the flow of one CPU; tracer prints all CPUs in time order, so it keeps
 * the depth and the last firing of each CPU apart (a thread that migrates
 * in the middle of a call continues at the other CPU's depth).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"

int trl_flow_init(struct trl_flow *f, u32 ncpus)
{
	f->cpus = calloc(ncpus ? ncpus : 1, sizeof(*f->cpus));
	f->ncpus = f->cpus ? ncpus : 0;
	return f->cpus ? 0 : -ENOMEM;
}

void trl_flow_free(struct trl_flow *f)
{
	free(f->cpus);
	memset(f, 0, sizeof(*f));
}

/* "entry" or "...-entry" (not "gentry"), as dt_flowindent() tests it. */
static bool trl_flow_named(const char *name, const char *what)
{
	size_t n = strlen(name), w = strlen(what);

	return n >= w && !strcmp(name + n - w, what) &&
	       (n == w || name[n - w - 1] == '-');
}

enum trl_flow_kind trl_flow_kind(const char *name)
{
	if (!name)
		return TRL_FLOW_NONE;
	if (trl_flow_named(name, "entry"))
		return TRL_FLOW_ENTRY;
	if (trl_flow_named(name, "return"))
		return TRL_FLOW_RETURN;
	return TRL_FLOW_NONE;
}

int trl_flow_name(struct trl_flow *f, u32 cpu, const struct tr_probe_meta *pm,
		  const struct trl_flow_ecb *ecb,
		  const struct trl_flow_ecb *next, char *buf, size_t len)
{
	enum trl_flow_kind kind = trl_flow_kind(pm->name);
	bool syscall = pm->provider && !strcmp(pm->provider, "syscall");
	const char *func = pm->function ? pm->function : "";
	struct trl_flow_cpu *fc;
	const char *prefix;

	if (cpu >= f->ncpus)
		return -ERANGE;
	fc = &f->cpus[cpu];
	/* another clause of the probe that fired last: not a new call */
	if (kind == TRL_FLOW_ENTRY && fc->has_last &&
	    fc->last.clause != ecb->clause && fc->last.probe == ecb->probe)
		kind = TRL_FLOW_NONE;
	/* another clause of this firing follows: it returns, not this one */
	if (kind == TRL_FLOW_RETURN && next && next->clause != ecb->clause &&
	    next->probe == ecb->probe)
		kind = TRL_FLOW_NONE;
	fc->last = *ecb;
	fc->has_last = true;

	if (kind == TRL_FLOW_RETURN && fc->indent > 0)
		fc->indent -= 2;
	if (kind == TRL_FLOW_NONE) {
		snprintf(buf, len, "%*s| %s:%s", fc->indent, "", func,
			 pm->name ? pm->name : "");
		return 0;
	}
	prefix = kind == TRL_FLOW_ENTRY ? (syscall ? " => " : " -> ") :
					  (syscall ? " <= " : " <- ");
	snprintf(buf, len, "%*s%s%s", fc->indent, "", prefix, func);
	if (kind == TRL_FLOW_ENTRY)
		fc->indent += 2;
	return 0;
}
