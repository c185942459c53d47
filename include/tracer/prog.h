/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/prog.h - a verified program image, viewed in place, and the
 * verifier that produces that view.
 *
 * tr_verify() is the only way to obtain a struct tr_prog: everything the
 * interpreter relies on (section bounds, ids, jump targets, sizes) has been
 * checked by it.  Its rules are numbered at the top of common/verify.c.
 */
#ifndef TRACER_PROG_H
#define TRACER_PROG_H

#include "tracer/env.h"
#include "uapi/tracer.h"

struct tr_prog {
	const struct tr_image_hdr *hdr;
	const u64 *insns;
	const u64 *consts;
	const char *rodata;
	const struct tr_image_clause *clauses;
	const struct tr_image_probe *probes;
	const struct tr_image_agg *aggs;
	const struct tr_image_rec *recs;
	u32 ninsns, nconsts, rodata_len, nclauses, nprobes, naggs, nrecs;
	const u16 *actions;		/* per insn, or NULL: none given */
	const struct tr_image_dvar *dvars;	/* vars */
	u32 ndvars;
};

/*
 * Verify the image at @image (8-aligned, @len bytes, not modified while this
 * runs or afterwards) and fill @prog.  Returns 0, or -EINVAL with a message
 * naming the rule and the instruction in @msg.
 */
int tr_verify(const void *image, u32 len, struct tr_prog *prog,
	      char *msg, u32 msg_len);

/*
 * kmem: does verified @prog probe kernel functions (fbt) or read kernel
 * memory (LDK, stringof, __kcopy)?  What kernel lockdown forbids.
 */
bool tr_prog_reads_kernel(const struct tr_prog *prog);

#endif /* TRACER_PROG_H */
