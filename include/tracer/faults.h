/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/faults.h - run-time faults, declared once.
 *
 * A fault ends the clause that raised it; the runtime counts it per kind and
 * reports it.  Faults are data-dependent by definition: anything that can be
 * decided before the program runs is the verifier's job instead.
 * X(NAME, "message as DTrace words it", DTrace's DTRACEFLT_* code, which
 *   the ERROR probe gets as arg4)
 */
#ifndef TRACER_FAULTS_H
#define TRACER_FAULTS_H

#include "tracer/env.h"

#define TR_FAULTS(X)							\
	X(NONE,    "no fault",          0)				\
	X(DIVZERO, "divide-by-zero",    4)				\
	X(BADADDR, "invalid address",   1)				\
	/* strs: a helper given an argument it cannot use */		\
	X(ILLOP,   "illegal operation", 3)				\
	/* lang: strjoin() of strings longer than strsize together */	\
	X(NOSCRATCH, "out of scratch space", 5)

enum tr_fault {
#define TR_X_ENUM(name, msg, code) TR_FAULT_##name,
	TR_FAULTS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NFAULTS
};

extern const char *const tr_fault_names[TR_NFAULTS];
extern const u8 tr_fault_dtrace_codes[TR_NFAULTS];

#endif /* TRACER_FAULTS_H */
