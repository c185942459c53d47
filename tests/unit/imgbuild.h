/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/unit/imgbuild.h - hand-built program images for tests that must go
 * around the compiler: verifier rule tests, interpreter tests and the
 * hostile images sent straight to the ioctl in the lab.
 */
#ifndef TESTS_IMGBUILD_H
#define TESTS_IMGBUILD_H

#include "tracer/isa.h"
#include "uapi/tracer.h"

struct imgb {
	u64 insns[256];
	u32 ninsns;
	u64 consts[16];
	u32 nconsts;
	char rodata[256];
	u32 rodata_len;
	struct tr_image_clause clauses[16];
	u32 nclauses;
	struct tr_image_probe probes[16];
	u32 nprobes;
	struct tr_image_agg aggs[16];
	u32 naggs;
	struct tr_image_rec recs[16];
	u32 nrecs;
	u32 scratch_size, agg_entries, buf_size;
	struct tr_image_dvar dvars[16];		/* vars */
	u32 ndvars;
	u32 globals_size, this_size, dynvar_size;
};

/* Start an image: one empty rodata string "" at offset 0, default sizes. */
void imgb_init(struct imgb *b);
/* Add a string to rodata; returns its offset. */
u32 imgb_str(struct imgb *b, const char *s);
/* Add a clause made of @n instructions; returns its index. */
u32 imgb_clause(struct imgb *b, const u64 *insns, u32 n);
/* Add a probe running clauses [first, first + count). */
u32 imgb_probe(struct imgb *b, u32 kind, const char *func, u32 first,
	       u32 count);
u32 imgb_agg(struct imgb *b, u32 func, u32 key_size);
/* vars: add a dynamic variable; returns its id. */
u32 imgb_dvar(struct imgb *b, u32 key_size, u32 val_size);
u32 imgb_rec(struct imgb *b, u32 size);
/* Lay the image out in @out (8-aligned, at least 64 KiB); returns bytes. */
u32 imgb_build(const struct imgb *b, void *out, u32 out_len);

#endif /* TESTS_IMGBUILD_H */
