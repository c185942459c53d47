/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler/compiler.h - the D compiler's whole public interface: D source in,
 * a struct tr_program (libtracer/program.h) out.
 *
 * Everything else in compiler/ is private to it (compiler/trc_impl.h).  The
 * parser sits behind trc_compile() alone, so it can be replaced (bpftrace
 * went from bison to a hand-written parser) without touching any caller.
 */
#ifndef TRC_COMPILER_H
#define TRC_COMPILER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "program.h"

/*
 * Defaults of the image header, used unless an option says otherwise: the
 * per-CPU record buffer and aggregation slots (when there are aggregations).
 */
#define TRC_DEFAULT_BUF_SIZE	(1u << 20)
#define TRC_DEFAULT_AGG_ENTRIES	16384u
#define TRC_DEFAULT_STRSIZE	256u	/* DTrace's strsize */
#define TRC_MIN_STRSIZE		2u
#define TRC_MAX_STRSIZE		4096u	/* a record holds two */
#define TRC_DEFAULT_STACKFRAMES	20u	/* DTrace's stackframes */
#define TRC_MAX_STACKFRAMES	100u
/* vars: the dynamic variable space (DTrace's dynvarsize). */
#define TRC_DEFAULT_DYNVAR_SIZE	(1u << 20)

/* What the command line can set; #pragma D option overrides it. */
struct trc_options {
	bool quiet;		/* -q: as if "#pragma D option quiet" */
	uint32_t buf_size;	/* per-CPU record buffer bytes; 0: default */
	uint32_t agg_entries;	/* per-CPU aggregation slots; 0: default */
	const char *const *xopts; /* -x name[=value] options, before the
				 * #pragma lines */
	unsigned int nxopts;
	const char *const *macro_args;	/* $0 (the program's name), $1 */
	unsigned int nmacro_args;
	long target;		/* $target: the -c or -p process; 0: none */
};

/*
 * Compile the D program @src.  @filename names it in messages ("<command
 * line>" for -n).  @opt may be NULL.  Errors and warnings are printed to
 * @errf as
 *
 *	tracer: FILE:LINE:COL: message
 *	the source line
 *	      ^
 *
 * Returns a program to release with tr_program_free(), or NULL after
 * printing at least one error.
 */
struct tr_program *trc_compile(const char *src, const char *filename,
			       const struct trc_options *opt, FILE *errf);

/*
 * Print @p for `tracer -S`: its probes, every clause with its instructions
 * (tr_disasm text, indexed from the clause's first instruction), then the
 * constant, rodata, aggregation and record tables.
 */
void trc_dump(const struct tr_program *p, FILE *f);

/*
 * `tracer -lv`: the kernel's types outside a compilation.  trc_types_new()
 * gives a context that reads BTF on first need (from where trc_compile()
 * reads it: $TRACER_BTF, $TRACER_BTF_MODULES, /sys/kernel/btf), NULL when
 * out of memory; trc_types_free() releases it.
 */
struct trc_ctx;
struct trc_ctx *trc_types_new(void);
void trc_types_free(struct trc_ctx *ctx);

/*
 * Print to @out the "Argument Types" lines of fbt probe
 * MODULE:FUNCTION:entry (or :return, @ret) as dtrace -lv does, from the
 * function's BTF prototype: "\t\targs[0]: struct file *" for each
 * argument, or for a return probe its args[1], the return type; "None"
 * for none; "arg0 .. arg9: uint64_t" and why when there is no prototype.
 * 0, or -ENOMEM.
 */
int trc_fbt_arg_types(struct trc_ctx *ctx, const char *module,
		      const char *function, bool ret, FILE *out);

#endif /* TRC_COMPILER_H */
