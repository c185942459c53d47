/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/faults.h - run-time faults, declared once.
 *
 * A fault ends the clause that raised it; the runtime counts it per kind and
 * reports it.  Faults are data-dependent by definition: anything that can be
 * decided before the program runs is the verifier's job instead.
 * X(NAME, "message as DTrace words it")
 */
#ifndef TRACER_FAULTS_H
#define TRACER_FAULTS_H

#define TR_FAULTS(X)							\
	X(NONE,    "no fault")						\
	X(DIVZERO, "divide-by-zero")					\
	X(BADADDR, "invalid address")					\
	/* strs: a helper given an argument it cannot use */		\
	X(ILLOP,   "illegal operation")

enum tr_fault {
#define TR_X_ENUM(name, msg) TR_FAULT_##name,
	TR_FAULTS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NFAULTS
};

extern const char *const tr_fault_names[TR_NFAULTS];

#endif /* TRACER_FAULTS_H */
