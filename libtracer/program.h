/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libtracer/program.h - a compiled D program as userspace sees it: the image
 * the module runs, plus everything needed to describe and print what the
 * image produces (probe descriptions, aggregation names and key types,
 * printf formats).  The compiler (compiler/) fills it; the consumer,
 * aggregation printer and CLI read it.  Indexes match the image's tables:
 * probes[i] is image probe i, aggs[i] is aggregation id i, recs[i] is
 * record id i.
 */
#ifndef LIBTRACER_PROGRAM_H
#define LIBTRACER_PROGRAM_H

#include <stdbool.h>
#include <stdint.h>
#include "uapi/tracer.h"

/* The type of a value stored in a key or a record payload. */
enum tr_vtype {
	TR_VT_INT,		/* integer: size 1, 2, 4 or 8, stored in 8 */
	TR_VT_STR,		/* NUL-padded string of `size` bytes */
	TR_VT_STACK,		/* `size` / 8 kernel pcs, 0 after the last */
	TR_VT_USTACK,		/* a pid, then `size` / 8 - 1 user pcs, 0
				 * after the last */
	TR_VT_SYM,		/* a kernel address, printed by name */
	TR_VT_USYM,		/* usym(), ufunc(): 16 bytes, a pid and a user
				 * address, printed as module`function */
	TR_VT_UADDR,		/* uaddr(): the same, module`function+0xoff */
	TR_VT_UMOD,		/* umod(): the same, module */
};

/* One value slot in an aggregation key or a record payload. */
struct tr_field {
	enum tr_vtype type;
	bool is_signed;		/* TR_VT_INT: print signed */
	uint32_t size;		/* TR_VT_INT: the D type's size (for layout of
				 * output); TR_VT_STR: bytes of the slot */
	uint32_t offset;	/* bytes from the start of the key/payload */
};

struct tr_probe_meta {
	char *desc;		/* as written by the user, e.g.
				 * "fbt::vfs_read:entry" or "BEGIN" */
	char *provider, *module, *function, *name;	/* canonical parts */
};

struct tr_clause_meta {
	uint32_t probe;		/* an image probe that runs this clause */
	uint32_t epid;		/* enabled probe id, for error messages */
	uint32_t *action_of_pc;	/* insn_count entries: action number (1-based)
				 * of each instruction, for fault messages */
	uint32_t probe_rec_pc;	/* first pc of the probe record's code (an
				 * action 0 like the predicate's, before
				 * it), or TR_NO_PROBE_REC: for tracer -S */
};

#define TR_NO_PROBE_REC	UINT32_MAX

struct tr_agg_meta {
	char *name;		/* without '@'; "" for the anonymous @ */
	uint32_t func;		/* enum tr_agg_func */
	uint32_t nkeys;
	struct tr_field *keys;
	uint32_t key_size;	/* equals the image's key_size */
	struct tr_image_agg desc;	/* the image's entry: function,
					 * parameters, values per entry */
};

enum tr_rec_kind {
	TR_RK_PRINTF,		/* fmt with args */
	TR_RK_EXIT,		/* args[0] is the exit status */
	/* aggs: aggregation actions, on aggs[] */
	TR_RK_PRINTA,		/* printa([fmt,] @a, ...) */
	TR_RK_CLEAR,		/* clear(@a) */
	TR_RK_TRUNC,		/* trunc(@a[, n]): args[0] is n if given */
	TR_RK_NORMALIZE,	/* normalize(@a, n): args[0] is n */
	TR_RK_DENORMALIZE,	/* denormalize(@a) */
	TR_RK_TRACE,		/* trace(): args[0] is the value */
	/* lang: */
	TR_RK_PROBE,		/* without quiet, the first record of a
				 * clause that records data (or has no
				 * statement): args[0] is the probe's
				 * "id"; DTrace's "CPU ID FUNCTION:NAME" */
};

struct tr_rec_meta {
	enum tr_rec_kind kind;
	char *fmt;		/* TR_RK_PRINTF: the format string, unescaped */
	uint32_t nargs;
	struct tr_field *args;
	uint32_t size;		/* equals the image's payload size */
	uint32_t naggs;		/* aggregation actions: the ids of */
	uint32_t *aggs;		/* the aggregations they name */
	bool eol;		/* without quiet, the clause's last record:
				 * a newline follows (DTrace's chewrec()) */
};

struct tr_program {
	void *image;		/* the image for TR_IOC_LOAD */
	uint32_t image_len;
	struct tr_probe_meta *probes;
	uint32_t nprobes;
	struct tr_clause_meta *clauses;
	uint32_t nclauses;
	struct tr_agg_meta *aggs;
	uint32_t naggs;
	struct tr_rec_meta *recs;
	uint32_t nrecs;
	bool quiet;		/* #pragma D option quiet or -q */
	bool flowindent;	/* #pragma D option flowindent or -F: the
				 * probe record names the function, indented
				 * by call depth (libtracer/flow.c) */
	/* aggs: #pragma D option aggsortkey, aggsortrev, aggsortpos=N,
	 * aggsortkeypos=N: the order of printa() and the final output */
	bool aggsortkey, aggsortrev;
	uint32_t aggsortpos, aggsortkeypos;
	/* options the consumer acts on; 0: its default */
	uint64_t switchrate_ns;	/* between reads of the buffers */
	uint64_t statusrate_ns;	/* between status checks (drops) */
	uint64_t aggrate_ns;	/* between aggregation snapshots (checked
				 * only: snapshots are taken when needed) */
};

void tr_program_free(struct tr_program *p);

#endif /* LIBTRACER_PROGRAM_H */
