/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/helpers.h - the helper functions CALL runs (D's string
 * subroutines, rand(), stack(), ustack(), and the no-fault copies of kernel and user
 * memory), declared once.
 *
 * CALL a, c, k runs helper k on the argument registers R[a] ..
 * R[a + nargs - 1] and writes its result to R[a] (eBPF's convention with a
 * movable window: the compiler's registers form a stack, so the window is
 * the top of it).  A helper that returns a string takes as R[a] the VM
 * address of a result buffer the compiler reserved in scratch, c bytes long,
 * and returns that address, or 0 where DTrace's returns a NULL string
 * (strstr, strchr, strrchr finding nothing, strtok at the end: STRCMP
 * reads 0 as "", every other read faults); every string a helper reads or
 * writes is bounded by c (the strsize option) and by its memory region,
 * and every access goes through the interpreter's bounds-checked VM
 * addresses.
 *
 * X(NAME, "d-name", nargs, returns, uses c, "what R[a] becomes")
 *   nargs    registers read, R[a] included (a string result's buffer too)
 *   returns  INT, STR, or BUF (c bytes: stack()'s program counters,
 *            copyin()'s and __kcopy's bytes)
 *   uses c   1: c is the strsize bound, or BUF's size (1..TR_C_MAX);
 *            0: c must be 0
 *
 * The verifier (rule V9) checks the id, that the argument registers exist
 * and are written, and c; the compiler (compiler/subr.c) takes each D
 * signature from here.
 */
#ifndef TRACER_HELPERS_H
#define TRACER_HELPERS_H

#include "tracer/env.h"

#define TR_HELPER_INT	0
#define TR_HELPER_STR	1
#define TR_HELPER_BUF	2	/* fills the c bytes at R[a] */

#define TR_HELPERS(X)							\
	X(STRLEN,   "strlen",   1, INT, 1, "length of string R[a]")	\
	X(STRJOIN,  "strjoin",  3, STR, 1, "R[a+1] then R[a+2]")	\
	X(SUBSTR,   "substr",   4, STR, 1, "R[a+3] bytes of R[a+1] at R[a+2]") \
	X(INDEX,    "index",    4, INT, 1, "first R[a+1] in R[a] from R[a+2]") \
	X(RINDEX,   "rindex",   4, INT, 1, "last R[a+1] in R[a] from R[a+2]") \
	X(STRSTR,   "strstr",   3, STR, 1, "R[a+1] from the first R[a+2], or 0") \
	X(STRCHR,   "strchr",   3, STR, 1, "R[a+1] from char R[a+2] on, or 0") \
	X(STRRCHR,  "strrchr",  3, STR, 1, "R[a+1] from the last char R[a+2], or 0") \
	X(BASENAME, "basename", 2, STR, 1, "last path component of R[a+1]") \
	X(DIRNAME,  "dirname",  2, STR, 1, "R[a+1] but its last component") \
	X(LLTOSTR,  "lltostr",  3, STR, 1, "R[a+1] in base R[a+2]")	\
	X(TOUPPER,  "toupper",  2, STR, 1, "R[a+1] in upper case")	\
	X(TOLOWER,  "tolower",  2, STR, 1, "R[a+1] in lower case")	\
	X(RAND,     "rand",     0, INT, 0, "a pseudo-random int")	\
	X(STACK,    "stack",    1, BUF, 1, "c / 8 kernel pcs, 0-padded") \
	X(STRTOK,   "strtok",   3, STR, 1, "next token of R[a+1] (0: go on), or 0") \
	/* kmem: memory outside the VM, read without faulting */	\
	X(KSTR,     "stringof", 2, STR, 1, "the kernel string at R[a+1]") \
	X(COPYINSTR, "copyinstr", 3, STR, 1, "the user string at R[a+1], at most R[a+2] bytes") \
	X(COPYIN,   "copyin",   3, BUF, 1, "R[a+2] (<= c) bytes at user address R[a+1], 0-padded") \
	X(KCOPY,    "__kcopy",  3, BUF, 1, "R[a+2] (<= c) bytes at kernel address R[a+1], 0-padded") \
	X(USTACK,   "ustack",   1, BUF, 1, "the pid, then c / 8 - 1 user pcs, 0-padded")

enum tr_helper {
#define TR_X_ENUM(name, dname, nargs, ret, usec, meaning) TR_HLP_##name,
	TR_HELPERS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NHELPERS
};

struct tr_helper_info {
	const char *name;	/* D spelling */
	u8 nargs;		/* argument registers, R[a] first */
	u8 ret;			/* TR_HELPER_INT or TR_HELPER_STR */
	u8 uses_c;		/* c is the strsize bound */
	const char *meaning;
};

extern const struct tr_helper_info tr_helper_table[TR_NHELPERS];

struct tr_vm;

/*
 * Provided by the environment: the kernel stack of the probe that is
 * running, its first frame in the probed function (or, for BEGIN and END,
 * the first outside the tracer), as at most @max 8-byte pcs written to
 * @dst with memcpy.  Returns how many.
 */
u32 tr_env_stack(struct tr_vm *vm, u8 *dst, u32 max);

/*
 * Provided by the environment: the user registers of the current thread
 * for ustack() -- its process id (tgid), the user pc and the frame
 * pointer (0: do not walk) -- or false when it has no user context (a
 * kernel thread).
 */
bool tr_env_uregs(struct tr_vm *vm, u64 *pid, u64 *pc, u64 *fp);

/*
 * Run helper @id on @regs[@a ..] with bound @c (common/helpers.c).
 * Returns TR_FAULT_NONE; TR_FAULT_BADADDR when an argument is not a string
 * the VM may read, the result buffer is not c writable bytes, or kernel or
 * user memory cannot be read (vm->fault_addr: the address);
 * TR_FAULT_ILLOP for a value no helper accepts (lltostr's base, a copy
 * longer than its buffer).
 */
int tr_helper_call(struct tr_vm *vm, u64 *regs, unsigned int a, u32 c,
		   unsigned int id);

#endif /* TRACER_HELPERS_H */
