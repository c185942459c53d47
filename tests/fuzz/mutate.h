/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/fuzz/mutate.h - structure-aware mutation of program images, shared
 * by the libFuzzer target (its custom mutator), the seed generator and the
 * hostile-image tool that runs in the lab.
 *
 * Everything is driven by the X-macro tables (TR_SECTIONS, tr_op_table's
 * operand roles, tr_builtin_table), so opcodes, sections and builtins added
 * later are mutated and generated without touching this code.
 */
#ifndef TESTS_FUZZ_MUTATE_H
#define TESTS_FUZZ_MUTATE_H

#include <stddef.h>
#include "tracer/isa.h"
#include "uapi/tracer.h"

/* A small deterministic random source (splitmix64). */
struct fz_rng {
	u64 state;
};

u64 fz_rand(struct fz_rng *r);
/* Uniform in [0, n); 0 when n is 0. */
u32 fz_below(struct fz_rng *r, u32 n);

/*
 * Apply one random mutation to the image in @buf (@len bytes, room for
 * @max): a byte-level one (flip, overwrite, truncate, extend), or, when the
 * sections parse, a structural one that keeps the header consistent
 * (instructions regenerated from their opcode's operand roles, inserted or
 * deleted with clause ranges and jumps fixed up, table entries and header
 * sizes set to edge values).  Returns the new length (<= @max).
 */
size_t fz_mutate(u8 *buf, size_t len, size_t max, struct fz_rng *r);

/*
 * Only the structural mutations; returns 0 when the image does not parse
 * or the result would not fit in @max.
 */
size_t fz_mutate_struct(u8 *buf, size_t len, size_t max, struct fz_rng *r);

/*
 * Write a valid image exercising opcode @op (with every register written
 * first) to @buf; returns its length, 0 if @max is too small.
 */
size_t fz_opcode_image(unsigned int op, u8 *buf, size_t max,
		       struct fz_rng *r);

/*
 * Write an image asking for much work: @nprobes probes of @kind (kprobes
 * on vfs_read), each running @nclauses clauses that all span the same
 * TR_MAX_INSNS straight-line instructions.  Returns its length, 0 if @max
 * is too small (it needs about 600 KB).
 */
size_t fz_long_probe_image(u8 *buf, size_t max, u32 kind, u32 nprobes,
			   u32 nclauses);

#endif /* TESTS_FUZZ_MUTATE_H */
