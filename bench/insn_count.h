/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench/insn_count.h - forced (-include) into the benchmark's own host
 * build of common/interp.c: TR_INTERP_STEP() counts every instruction the
 * interpreter executes into tr_bench_steps.  The module and every other
 * build leave TR_INTERP_STEP() empty (include/tracer/interp.h).
 */
#ifndef BENCH_INSN_COUNT_H
#define BENCH_INSN_COUNT_H

extern unsigned long tr_bench_steps;

#define TR_INTERP_STEP()	(tr_bench_steps++)

#endif /* BENCH_INSN_COUNT_H */
