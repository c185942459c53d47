/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/builtins.h - the D builtin variables, declared once.
 *
 * X(NAME, "d-name", kind, size, signed, "D type")
 *   kind INT: read with LDB into a register, which always holds 64 bits;
 *             size and signed describe the D type (DTrace prints a 4-byte
 *             key differently from an 8-byte one).
 *   kind STR: copied with LDBS into memory; size is its largest length
 *             including the NUL, which is also its slot size in keys and
 *             records.
 * The compiler resolves names from this list; the interpreter hands the id
 * to the environment (tr_env_builtin*() in kmod/ or the host mock).
 */
#ifndef TRACER_BUILTINS_H
#define TRACER_BUILTINS_H

#include "tracer/env.h"

#define TR_BUILTIN_INT	0
#define TR_BUILTIN_STR	1

#define TR_BUILTINS(X)							\
	X(PID,       "pid",       INT, 4,   1, "pid_t")		\
	X(TID,       "tid",       INT, 4,   1, "id_t")		\
	X(UID,       "uid",       INT, 4,   0, "uid_t")		\
	X(CPU,       "cpu",       INT, 4,   1, "processorid_t")	\
	X(TIMESTAMP, "timestamp", INT, 8,   0, "uint64_t")		\
	X(ARG0,      "arg0",      INT, 8,   1, "int64_t")		\
	X(ARG1,      "arg1",      INT, 8,   1, "int64_t")		\
	X(ARG2,      "arg2",      INT, 8,   1, "int64_t")		\
	X(ARG3,      "arg3",      INT, 8,   1, "int64_t")		\
	X(ARG4,      "arg4",      INT, 8,   1, "int64_t")		\
	X(ARG5,      "arg5",      INT, 8,   1, "int64_t")		\
	X(EXECNAME,  "execname",  STR, 16,  0, "string")		\
	X(PROBEFUNC, "probefunc", STR, 128, 0, "string")		\
	/* probes: */							\
	X(RETVAL,    "retval",    INT, 8,   1, "int64_t")		\
	X(PPID,      "ppid",      INT, 4,   1, "pid_t")		\
	X(GID,       "gid",       INT, 4,   0, "gid_t")		\
	X(VTIMESTAMP, "vtimestamp", INT, 8, 0, "uint64_t")		\
	X(WALLTIMESTAMP, "walltimestamp", INT, 8, 0, "int64_t")	\
	X(EPID,      "epid",      INT, 4,   0, "uint_t")		\
	X(ARG6,      "arg6",      INT, 8,   1, "int64_t")		\
	X(ARG7,      "arg7",      INT, 8,   1, "int64_t")		\
	X(ARG8,      "arg8",      INT, 8,   1, "int64_t")		\
	X(ARG9,      "arg9",      INT, 8,   1, "int64_t")		\
	X(PROBEPROV, "probeprov", STR, 64,  0, "string")		\
	X(PROBEMOD,  "probemod",  STR, 64,  0, "string")		\
	X(PROBENAME, "probename", STR, 64,  0, "string")		\
	/* btf: the current task (compiler/kdata.c types it) */	\
	X(CURTHREAD, "curthread", INT, 8,   0, "struct task_struct *")	\
	/* tpsys: a syscall return probe's error number, else 0 */	\
	X(ERRNO,     "errno",     INT, 4,   1, "int")	\
	/* lang: the probe ID: tr_probe_id() (uapi/tracer.h) */	\
	X(ID,        "id",        INT, 4,   0, "uint_t")		\
	/* agg: fbt: the return address into the calling function */	\
	X(CALLER,    "caller",    INT, 8,   0, "uintptr_t")

enum tr_builtin {
#define TR_X_ENUM(name, dname, kind, size, sgn, dtype) TR_BI_##name,
	TR_BUILTINS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NBUILTINS
};

struct tr_builtin_info {
	const char *name;	/* D spelling */
	const char *dtype;	/* D type, for messages and -lv */
	u8 kind;		/* TR_BUILTIN_INT or TR_BUILTIN_STR */
	u8 is_signed;
	u16 size;		/* bytes; for STR includes the NUL */
};

extern const struct tr_builtin_info tr_builtin_table[TR_NBUILTINS];

#endif /* TRACER_BUILTINS_H */
