/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/interp.h - running one clause of a verified program.
 *
 * The interpreter trusts what the verifier proved (opcodes, registers, ids,
 * jump targets) and checks only what depends on data: divisors and every
 * memory access.  It never allocates and never sleeps.  Builtins come from
 * the environment: the module in kmod/, a mock in the host tests.
 */
#ifndef TRACER_INTERP_H
#define TRACER_INTERP_H

#include "tracer/env.h"
#include "tracer/prog.h"
#include "tracer/faults.h"
#include "tracer/ring.h"
#include "tracer/dynvar.h"
#include "tracer/isa.h"
#include "tracer/builtins.h"
#ifdef __KERNEL__
#include <linux/sched.h>
#endif

/* The longest string strtok() splits: the largest strsize. */
#define TR_STRTOK_MAX	4096

/* Counters kept per CPU and summed for TR_IOC_STATUS. */
struct tr_stats {
	u64 fired;
	u64 guard_drops;
	u64 buf_drops;
	u64 agg_drops;
	u64 faults[TR_NFAULTS];
	u64 dyn_drops;		/* vars: dynamic variables not created */
};

/* Everything one CPU needs to run clauses: set up once, at load. */
struct tr_vm {
	const struct tr_prog *prog;
	u8 *scratch;			/* hdr->scratch_size bytes */
	void *agg;			/* this CPU's aggregation table */
	struct tr_ring *ring;		/* this CPU's record buffer */
	struct tr_stats *stats;		/* this CPU's counters */
	void *env;			/* the environment's probe context */
	u8 *globals;			/* hdr->globals_size bytes, shared
					 * by every CPU of the session */
	struct tr_dynvar *dyn;		/* the session's dynamic variable
					 * space; NULL if no dvars */
	/* tpsys: the firing tracepoint's record (TR_VA_PCTX), set by the
	 * caller for the clauses of one firing; NULL elsewhere */
	const u8 *pctx;
	u32 pctx_len;			/* its bytes */
	u32 clause;			/* out: the clause running, or the
					 * one that faulted (epid) */
	u32 fault_pc;			/* out: pc of the last fault */
	u64 fault_addr;			/* out: the address a BADADDR
					 * fault could not reach */
	bool exited;			/* out: a clause's TR_REC_F_EXIT
					 * record was published; the caller
					 * clears it */
	/* the running clause's registers: here rather than on the stack,
	 * where the kernel would zero them and guard them with a canary on
	 * every clause; the verifier proves each is written before it is
	 * read, and a CPU runs one clause at a time (kmod/run.c's guard) */
	u64 regs[TR_NREGS];
	/* strs: the string strtok() splits (common/helpers.c); the caller
	 * empties it (tr_vm_fire()) before each probe firing */
	u32 strtok_len;			/* bytes in strtok_buf */
	u32 strtok_pos;			/* where the next token starts */
	u8 strtok_buf[TR_STRTOK_MAX];
	/* where each keyless aggregation's values are in agg, once an update
	 * has found them (NULL: not yet), so that the next update of count()
	 * or quantize() neither hashes nor calls; whoever replaces or empties
	 * agg calls tr_vm_agg_changed() */
	u64 *agg_keyless[TR_MAX_AGGS];
};

/*
 * TR_INTERP_STEP() runs before every instruction.  It is empty in the module
 * and every normal build; the benchmark's host tool compiles common/interp.c
 * with a definition that counts instructions (bench/insn_count.h).
 */
#ifndef TR_INTERP_STEP
#define TR_INTERP_STEP()	do { } while (0)
#endif

/*
 * A probe fires: clear what lasts for the clauses of one firing only, the
 * clause-local (this->) variables at the start of scratch (vars) and
 * strtok()'s position (strs).
 */
static inline void tr_vm_fire(struct tr_vm *vm)
{
	u32 n = vm->prog->hdr->this_size;

	if (n)		/* most programs have no this-> variable */
		memset(vm->scratch, 0, n);
	vm->strtok_len = 0;
}

/* agg was switched for another table or emptied: forget where it was. */
static inline void tr_vm_agg_changed(struct tr_vm *vm)
{
	memset(vm->agg_keyless, 0,
	       vm->prog->naggs * sizeof(vm->agg_keyless[0]));
}

/*
 * Run clauses @first to @end - 1 of one firing, in order, in one call
 * (none if @first >= @end).  TR_FAULT_NONE when they all ran, or when one ran exit() (vm->exited is
 * then set, and the later clauses do not run); otherwise the fault that
 * ended clause vm->clause, whose later clauses the caller runs next, if
 * it will (DTrace goes on with the next ECB).
 */
enum tr_fault tr_run_clauses(struct tr_vm *vm, u32 first, u32 end);

/* Run clause @clause alone; returns TR_FAULT_NONE or its fault. */
static inline enum tr_fault tr_run_clause(struct tr_vm *vm, u32 clause)
{
	return tr_run_clauses(vm, clause, clause + 1);
}

/*
 * A probe's pretest (common/pretest.c): the test its one clause's predicate
 * starts with, when failing it sends the clause straight to a RET that ends
 * it: a string builtin against a literal (STRCMPBL, then JZ or JNZ) or an
 * integer builtin that cannot fault against a constant (LDB and MOVI, then
 * JEQ or JNE).  A firing makes it before it calls the interpreter (the
 * module's kmod/run.h): when it fails, the clause would do nothing, so
 * nothing runs.  When it passes, the clause runs whole, its predicate
 * included: a pretest only ever skips what the clause would have skipped.
 */
enum tr_pretest_kind {
	TR_PRETEST_NONE,
	TR_PRETEST_STR,		/* strcmp(builtin, rodata + lit) */
	TR_PRETEST_INT,		/* builtin against val */
};

struct tr_pretest {
	u8 kind;		/* enum tr_pretest_kind */
	u8 skip_equal;		/* skip when the two are equal (else when
				 * they differ) */
	u16 builtin;		/* TR_BI_* */
	u32 lit;		/* STR: the literal's rodata offset */
	u64 val;		/* INT: the constant */
};

/* The pretest of @probe of verified @prog; its kind NONE if it has none. */
struct tr_pretest tr_pretest_find(const struct tr_prog *prog, u32 probe);

/* Does pretest @t (not NONE) skip the firing @vm runs? (common/interp.c) */
bool tr_pretest_skips(struct tr_vm *vm, const struct tr_pretest *t);

/* Provided by the environment. */
u64 tr_env_builtin(struct tr_vm *vm, unsigned int id);
void tr_env_builtin_str(struct tr_vm *vm, unsigned int id, char *dst,
			u32 size);
/*
 * fastpath: string builtin @id where it lives, for reading only: it ends
 * at a NUL or after .room bytes, whichever comes first.  Returned by value
 * (in two registers), so that its callers need no stack canary.
 */
struct tr_env_str {
	const char *s;
	u32 room;
};
#ifdef __KERNEL__
/* The probe name builtins (probefunc ...), where they lie in rodata. */
struct tr_env_str tr_env_probe_strp(struct tr_vm *vm, unsigned int id);

/*
 * Inline in the module for execname: current->comm, read without
 * task_lock as tr_env_execname() reads it (bounded, no more).
 */
static __always_inline struct tr_env_str tr_env_builtin_strp(struct tr_vm *vm,
							     unsigned int id)
{
	if (id == TR_BI_EXECNAME)
		return (struct tr_env_str){ current->comm, TASK_COMM_LEN - 1 };
	return tr_env_probe_strp(vm, id);
}
#else
struct tr_env_str tr_env_builtin_strp(struct tr_vm *vm, unsigned int id);
#endif

/*
 * The running thread's id (the tid builtin), the key of its thread-local
 * variables (TLGET): inline in the module, where it is current->pid;
 * the host tests' environment gives it as the builtin.
 */
#ifdef __KERNEL__
static inline u64 tr_env_tid(struct tr_vm *vm)
{
	return current->pid;
}
#else
static inline u64 tr_env_tid(struct tr_vm *vm)
{
	return tr_env_builtin(vm, TR_BI_TID);
}
#endif

#endif /* TRACER_INTERP_H */
