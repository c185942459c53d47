/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler/trc_impl.h - the compiler's private handle and the interfaces
 * between its passes (after illumos libdtrace's dt_impl.h).
 *
 * One struct trc_ctx lives for one trc_compile() call.  Every pass reads
 * what the passes before it left in the handle and adds its own part; the
 * order is written once, in trc_compile() (compile.c):
 *
 *   parse     lexer.l, parser.y   source -> tc_clauses, tc_pragmas
 *   options   options.c           tc_pragmas -> tc_quiet, tc_buf_size
 *   probes    probes.c, tpsys.c   probe descriptions -> tc_probes
 *             (syscalls.c, tracefs.c)
 *   sema      sema.c, printf.c,   names, types, actions -> tc_aggs
 *             subr.c, vars.c, args.c,
 *             kdata.c (kernel     (ctype.c: C types from btf.c's BTF)
 *             data)
 *   fold      fold.c              constant subtrees, dead clauses
 *   aggparams aggs.c              aggregation parameters -> tc_aggs
 *   codegen   codegen.c           clause -> labelled insns, tc_recs, rodata
 *   asm       asm.c               labelled insns -> tc_insns
 *   image     image.c             everything -> struct tr_program
 *
 * Memory: every allocation comes from the handle's arena and is released
 * with it; running out of memory longjmps back to trc_compile().  Only the
 * struct tr_program that image.c builds is malloc'ed on its own.
 */
#ifndef TRC_IMPL_H
#define TRC_IMPL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "uapi/tracer.h"
#include "compiler.h"
#include "ast.h"

#define TRC_ALIGN8(n)	(((n) + 7u) & ~7u)

/*
 * tpsys: a field of a tracepoint event's format file (tracefs.c), and the
 * event's fields.
 */
enum trc_tpf_kind {
	TRC_TPF_INT,		/* an integer or a pointer: size, is_signed */
	TRC_TPF_CHARS,		/* char NAME[size]: a string */
	TRC_TPF_DATALOC,	/* __data_loc char[]: u32 len << 16 | offset */
	TRC_TPF_OTHER,		/* another array: not readable yet */
};

struct trc_tpfield {
	char *name;
	char *decl;		/* as the format declares it */
	enum trc_tpf_kind kind;
	u32 off, size;		/* in the record */
	bool is_signed;
};

struct trc_tpformat {
	u32 nfields;
	struct trc_tpfield *fields;	/* in record order */
};

/*
 * tpsys: where args->FIELD of a probe is (args.c): a record field, a
 * syscall argument or the syscall number.
 */
enum trc_arg_kind {
	TRC_ARG_REC_INT,	/* off, size, is_signed in the record */
	TRC_ARG_REC_CHARS,	/* char[size] at off */
	TRC_ARG_REC_DATALOC,	/* __data_loc string at off */
	TRC_ARG_ARGN,		/* the probe's argument n (arg0: a syscall
				 * return's value) as size, is_signed */
	TRC_ARG_NR,		/* the syscall number n, a constant */
};

struct trc_argref {
	enum trc_arg_kind kind;
	u32 n;			/* ARGN: the argument; NR: the number */
	u32 off, size;
	bool is_signed;
};

/* An image probe: one per distinct probe description (sema). */
struct trc_probe {
	enum tr_probe_kind kind;
	char *desc;		/* first spelling, e.g. "kprobe:vfs_read" */
	char *provider, *module, *function, *name;	/* canonical */
	struct trc_loc loc;	/* of that first spelling */
	u64 param;		/* by kind: the image probe's param (uapi) */
	bool live;		/* codegen: runs at least one clause */
	struct trc_clause *last;	/* probes: the last clause given it */
	u32 func_off;		/* codegen: rodata offset of function */
	/* tpsys: SYSCALL_*, TRACEPOINT: the event's format, read by args.c
	 * at the first args->; fmt_event names it */
	struct trc_tpformat *fmt;
	char *fmt_event;
};

/* An aggregation (sema): the union of every statement that updates it. */
struct trc_agg {
	char *name;		/* without '@', "" for @ */
	struct trc_loc loc;	/* first use */
	enum tr_agg_func func;
	u32 nkeys;
	struct trc_type *keys;	/* per key: INT (largest size) or STR */
	u32 *key_off;		/* per key: offset in the key buffer */
	u32 key_size;		/* multiple of 8 */
	struct tr_image_agg desc;	/* aggparams: parameters and nvals */
	bool has_params;	/* aggparams: desc is set */
};

/* A record (codegen): one per printf() or exit() statement compiled. */
struct trc_rec {
	int kind;		/* enum tr_rec_kind */
	char *fmt;		/* printf: the unescaped format */
	u32 nargs;
	struct trc_type *args;
	u32 *arg_off;
	u32 size;		/* payload bytes, multiple of 8 */
	u32 naggs;		/* aggregation actions: ids of the */
	u32 *aggs;		/* aggregations they name */
	bool eol;		/* the clause's last record: see tr_rec_meta */
};

/* A variable (vars.c): created by its first use, typed by sema. */
struct trc_var {
	char *name;
	enum trc_vscope scope;
	struct trc_loc loc;	/* first use */
	struct trc_loc tloc;	/* where its type was decided */
	struct trc_type type;	/* TRC_T_NONE until sema reaches a use */
	bool hinted, hint_str;	/* the first assignment stores a string */
	bool keyed;		/* ASSOC: keys below are set */
	struct trc_loc key_loc;	/* ASSOC: the use that set them */
	u32 nkeys;
	struct trc_type *keys;	/* ASSOC: per key: INT or STR (longest) */
	u32 *key_off;		/* ASSOC: per key, in the key buffer */
	u32 key_size;		/* SELF, ASSOC: bytes, multiple of 8 */
	u32 size;		/* value bytes: 8, or strsize rounded up */
	u32 off;		/* GLOBAL: in globals; THIS: in scratch */
	u32 dvar;		/* SELF, ASSOC: dynamic variable id */
	bool nullable;		/* GLOBAL string assigned a subroutine's or
				 * a variable's value, which may be NULL: a
				 * TRC_NULL_HDR-byte header before off,
				 * nonzero while it holds NULL */
};

/* The header of a nullable global string (DTrace's by-reference globals). */
#define TRC_NULL_HDR	8u

/* Growable byte buffer (rodata). */
struct trc_buf {
	char *data;
	u32 len, cap;
};

struct trc_arena;

struct trc_ctx {
	/* input */
	const char *tc_src;		/* the program text */
	size_t tc_srclen;
	const char *tc_file;		/* its name in messages */
	FILE *tc_errf;			/* where diagnostics go */
	struct trc_options tc_opt;	/* the caller's options */
	unsigned int tc_nerrors;	/* errors printed so far */

	/* memory */
	struct trc_arena *tc_arena;	/* everything below lives here */
	jmp_buf tc_oom;			/* where out-of-memory jumps */

	/* parse: the lexer's position and the tree it builds */
	int tc_line, tc_col;		/* position of the next character */
	struct trc_loc tc_comment;	/* start of the open block comment */
	struct trc_clause *tc_clauses;	/* in source order */
	struct trc_clause *tc_clauses_tail;
	struct trc_pragma *tc_pragmas;
	struct trc_pragma *tc_pragmas_tail;
	struct trc_pragma *tc_undef_macros;	/* $N not given: their text */
	struct trc_pragma *tc_decls;	/* vars: declaration lines */
	struct trc_pragma *tc_decls_tail;

	/* options */
	bool tc_quiet;
	bool tc_flowindent;		/* dtrace -F: CPU FUNCTION, -> and <- */
	u32 tc_buf_size;		/* per-CPU record buffer bytes */
	u32 tc_agg_entries;		/* per-CPU aggregation slots */
	bool tc_aggsortkey, tc_aggsortrev;	/* aggs: sort options */
	u32 tc_aggsortpos, tc_aggsortkeypos;
	u64 tc_aggsize;			/* aggs: table bytes per CPU; 0: use
					 * tc_agg_entries */
	struct trc_loc tc_aggsize_loc;	/* its #pragma */
	u32 tc_strsize;			/* bytes of a computed string or of
					 * a string variable (vars) */
	bool tc_defaultargs;		/* unset $N: 0 or "" */
	bool tc_zdefs;			/* -Z: drop what matches nothing */
	u64 tc_switchrate_ns;		/* 0: the consumer's default */
	u64 tc_statusrate_ns;
	u64 tc_aggrate_ns;
	u32 tc_stackframes;		/* frames stack() records */
	u32 tc_ustackframes;		/* frames ustack() records */

	u32 tc_dynvar_size;		/* vars: dynamic variable space */

	/* probes */
	struct trc_probe *tc_probes;	/* in order of first appearance */
	u32 tc_nprobes, tc_probes_cap;
	u32 *tc_probe_hash;		/* index + 1 of a probe, by name */
	u32 tc_probe_hash_cap;		/* a power of two, or 0 */

	/* sema */
	struct trc_agg *tc_aggs;	/* aggregation id = index */
	u32 tc_naggs, tc_aggs_cap;
	struct trc_var *tc_vars;	/* vars.c, in order of first use */
	u32 tc_nvars, tc_vars_cap;
	u32 tc_globals_size;		/* vars: globals region bytes */
	u32 tc_this_size;		/* vars: this-> bytes at scratch 0 */
	u32 tc_ndvars;			/* vars: dynamic variables */
	struct trc_expr *tc_top_assign;	/* vars: the statement's own = */

	/* codegen */
	struct trc_rec *tc_recs;	/* record id = index */
	u32 tc_nrecs, tc_recs_cap;
	struct trc_buf tc_rodata;	/* "" at offset 0, then strings */
	u64 *tc_consts;			/* LDC's constant pool */
	u32 tc_nconsts, tc_consts_cap;
	u32 tc_scratch_size;		/* largest clause need, 8-aligned */

	/* asm */
	u64 *tc_insns;			/* every live clause's code */
	u32 tc_ninsns, tc_insns_cap;

	/* image */
	struct tr_program *tc_prog;	/* the result, being built */

	/* btf: kernel types */
	struct trc_btf *tc_btf;		/* btf.c: BTF loaded so far */
	struct trc_ctype *tc_ctypes;	/* ctype.c: every C type made */
	struct trc_clause *tc_clause;	/* sema: the clause being typed (tpsys: args-> reads its probes) */
	int tc_tok1, tc_tok2;		/* parse: the last two tokens */
};

/* ---- arena (compile.c) ------------------------------------------------- */

void *trc_alloc(struct trc_ctx *ctx, size_t size);	/* zeroed */
char *trc_strndup(struct trc_ctx *ctx, const char *s, size_t n);
char *trc_strdup(struct trc_ctx *ctx, const char *s);
/* Make room for @need elements of @size in *@vec (capacity *@cap). */
void trc_grow(struct trc_ctx *ctx, void *vec, u32 *cap, u32 need,
	      size_t size);
void trc_buf_add(struct trc_ctx *ctx, struct trc_buf *b, const void *p,
		 u32 n);
void __attribute__((noreturn)) trc_oom(struct trc_ctx *ctx);

/* ---- diagnostics (diag.c) ---------------------------------------------- */

void trc_error(struct trc_ctx *ctx, struct trc_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void trc_warn(struct trc_ctx *ctx, struct trc_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The closest of @n @names to @name, or NULL if none is close. */
const char *trc_closest(const char *name, const char *const *names,
			unsigned int n);

/*
 * macro.c: the value of macro argument @t ("$1", "$$2", "$target") used at
 * @loc, in *@val; "0" or "" (for $$) if it was not given, which
 * trc_macro_check() reports unless defaultargs is set.  0, or -EINVAL
 * after an error for a name that is no macro argument.
 */
int trc_macro_arg(struct trc_ctx *ctx, struct trc_loc loc, const char *t,
		  const char **val);
int trc_macro_check(struct trc_ctx *ctx);	/* options.c calls it */

/* ---- passes, in order ---------------------------------------------------- */

int trc_parse(struct trc_ctx *ctx);		/* parse.c */
int trc_options(struct trc_ctx *ctx);		/* options.c */
int trc_probes(struct trc_ctx *ctx);		/* probes.c */
int trc_sema(struct trc_ctx *ctx);		/* sema.c */
int trc_fold(struct trc_ctx *ctx);		/* fold.c */
int trc_aggparams(struct trc_ctx *ctx);		/* aggs.c */
int trc_codegen(struct trc_ctx *ctx);		/* codegen.c */
int trc_image(struct trc_ctx *ctx);		/* image.c */

/* ---- helpers shared between passes ------------------------------------- */

/*
 * sema.c: does the integer binary operation @e compute unsigned?  Shared by
 * fold and codegen so that both pick the same signedness.
 */
bool trc_binop_unsigned(const struct trc_expr *e);

/*
 * aggs.c: the aggregating function named @name (enum tr_agg_func) or -1;
 * check the number and kinds of a call's arguments; its increment
 * argument (quantizations), or NULL.
 */
int trc_aggfunc_lookup(const char *name);
int trc_aggfunc_check_args(struct trc_ctx *ctx, struct trc_expr *call,
			   enum tr_agg_func func);
struct trc_expr *trc_aggfunc_incr(struct trc_expr *call,
				  enum tr_agg_func func);

/*
 * aggs.c: printa(), clear(), trunc(), normalize() and denormalize(): the
 * record kind of a call to @name, or -1 if it is none of them; check a
 * statement calling one (sema); the aggregation id of @e (after sema).
 */
int trc_aggaction_kind(const char *name);
int trc_aggaction_check(struct trc_ctx *ctx, struct trc_stmt *s);
int trc_agg_id(struct trc_ctx *ctx, const struct trc_expr *e);
/* sema.c: type @e and its subtrees; 0 or -EINVAL after an error. */
int trc_sema_expr(struct trc_ctx *ctx, struct trc_expr *e);

/* vars.c: variables, assignments, casts and sizeof, for sema. */
int trc_vars_collect(struct trc_ctx *ctx);
bool trc_vars_ident(struct trc_ctx *ctx, struct trc_expr *e);
int trc_sema_var(struct trc_ctx *ctx, struct trc_expr *e);
int trc_sema_assign_expr(struct trc_ctx *ctx, struct trc_expr *e, bool top);
int trc_sema_cast(struct trc_ctx *ctx, struct trc_expr *e);
int trc_sema_sizeof(struct trc_ctx *ctx, struct trc_expr *e);
int trc_vars_layout(struct trc_ctx *ctx);

/* types.c: the D type named by @words ("unsigned long", "string"). */
int trc_type_parse(struct trc_ctx *ctx, struct trc_loc loc,
		   const char *words, struct trc_type *t);
/* types.c: @v converted to integer type @t, as C converts (and the code
 * codegen emits for a cast computes). */
u64 trc_type_convert(struct trc_type t, u64 v);

/* printf.c: check @fmt against @args; 0 or -EINVAL after an error. */
int trc_printf_check(struct trc_ctx *ctx, struct trc_expr *call,
		     const char *fmt, struct trc_expr *args);

/*
 * subr.c: D subroutines computed by a helper (include/tracer/helpers.h).
 * args: a letter per D argument, 's' string, 'n' string or NULL, or 'i'
 * integer, the optional
 * ones after a '|'; dflt: the value an omitted optional argument passes
 * (TRC_SUBR_STRSIZE: the strsize option); given_flag: one more register
 * says whether the optional argument was given.
 */
#define TRC_SUBR_STRSIZE	(-1)

struct trc_subr {
	const char *args;
	struct trc_type ret;	/* string results: size set from strsize */
	s64 dflt;
	bool given_flag;
};

/* The helper id of subroutine @name, or -1. */
int trc_subr_find(const char *name);
const struct trc_subr *trc_subr_sig(int id);
/* Before typing the arguments: a NULL where 'n' allows it becomes 0. */
void trc_subr_prepare(struct trc_expr *e, int id);
/* Check the call @e of helper @id (arguments typed); sets type, subr. */
int trc_sema_subr(struct trc_ctx *ctx, struct trc_expr *e, int id);
/*
 * kmem: the result buffer of the checked call @e of a helper returning
 * bytes (copyin(addr, n)): n when it is a constant, else strsize, which a
 * larger n at run time exceeds (an illegal operation fault).
 */
u32 trc_subr_buf_size(struct trc_ctx *ctx, const struct trc_expr *e);

/*
 * timers.c: the period in ns of a profile probe's rate or period @spec
 * ("997", "10ms", "1s"); 0 or -EINVAL after an error about @desc.
 */
int trc_timer_period(struct trc_ctx *ctx, struct trc_loc loc,
		     const char *desc, const char *spec, u64 *ns);

/*
 * tpsys.c: tracepoint:CAT::EVENT and syscall::NAME:entry|return, one
 * exact description already split into its canonical fields; fills
 * @pr's kind and param.  0, or -EINVAL after an error about @desc.
 */
int trc_pdesc_tracepoint(struct trc_ctx *ctx, struct trc_loc loc,
			 const char *desc, const char *cat, const char *func,
			 const char *event, struct trc_probe *pr);
int trc_pdesc_syscall(struct trc_ctx *ctx, struct trc_loc loc,
		      const char *desc, const char *mod, const char *func,
		      const char *name, struct trc_probe *pr);

/*
 * syscalls.c: the x86-64 number of system call @name, or -1; the number
 * a syscalls tracepoint event (sys_enter_NAME, sys_exit_NAME) stands for,
 * or -1; the closest system call name to @name, or NULL.
 */
int trc_syscall_nr(const char *name);
int trc_syscall_event_nr(const char *event);
const char *trc_syscall_closest(const char *name);

/*
 * tracefs.c: the event catalogue (its root: trc_tracefs_root(), catalog.h):
 * the tracefs id of event CAT:EVENT (0, or -errno); its format's fields
 * (NULL, errno set, if unreadable).
 */
int trc_tracefs_event_id(const char *cat, const char *event, u64 *id);
struct trc_tpformat *trc_tracefs_format(struct trc_ctx *ctx, const char *cat,
					const char *event);

/* args.c: type args->FIELD, @e a TRC_E_MEMBER, in the current clause. */
int trc_sema_args_member(struct trc_ctx *ctx, struct trc_expr *e);

/* codegen.c: rodata strings and constants, deduplicated. */
u32 trc_rodata_add(struct trc_ctx *ctx, const char *s);
u32 trc_const_add(struct trc_ctx *ctx, u64 v);

/*
 * codegen -> asm: an instruction whose jump target is still a label.
 * For a jump (c role TR_C_J) `label` names the target, else it is -1.
 */
struct trc_ainsn {
	u8 op, a, b;
	u32 c;			/* register, size or byte count */
	u32 k;
	int label;		/* jump target label, or -1 */
	u16 action;		/* 0: predicate or epilogue, else stmt */
};

/*
 * Resolve @n instructions whose labels sit at @label_pc[], check every
 * operand, append the encoded words to ctx->tc_insns and record the range
 * and the action of each pc in @cl.  0, or -EINVAL on an internal error.
 */
int trc_asm_clause(struct trc_ctx *ctx, struct trc_clause *cl,
		   const struct trc_ainsn *insns, u32 n,
		   const u32 *label_pc, u32 nlabels);

/* ---- kernel types (btf.c, ctype.c, kdata.c) ---------------------------- */

struct btf;
struct btf_dump;

/* A type in some BTF: vmlinux's or a module's. */
struct trc_btf_ref {
	const struct btf *btf;
	u32 id;
};

/* btf.c: vmlinux's BTF (loaded on first call), or NULL; *@path: where. */
struct btf *trc_btf_vmlinux(struct trc_ctx *ctx, const char **path);
/*
 * btf.c: the type named @name of BTF kind @kind, in @module's BTF if
 * @module is set, else in vmlinux's, else in the modules (loaded as
 * needed); 0 or -ENOENT.
 */
int trc_btf_find(struct trc_ctx *ctx, const char *name, int kind,
		 const char *module, struct trc_btf_ref *r);
/* btf.c: the prototype (BTF_KIND_FUNC_PROTO) of function @func, found as
 * trc_btf_find() finds it (r: the function), or NULL. */
const struct btf_type *trc_btf_proto(struct trc_ctx *ctx, const char *func,
				     const char *module, struct trc_btf_ref *r);
/* btf.c: a btf_dump of @btf printing to @out (made once), or NULL. */
struct btf_dump *trc_btf_dump(struct trc_ctx *ctx, const struct btf *btf,
			      FILE *out);
typedef void (*trc_btf_each_fn)(void *arg, const struct btf *btf, u32 id,
				const char *name, s64 val);
/* btf.c: @fn on every named type of kind @kind loaded so far, or with
 * @enumerators on every enumerator (its value in @val). */
void trc_btf_each(struct trc_ctx *ctx, int kind, bool enumerators,
		  trc_btf_each_fn fn, void *arg);
void trc_btf_free(struct trc_ctx *ctx);		/* compile.c, at the end */

enum trc_ckind {
	TRC_C_VOID,
	TRC_C_INT,		/* also enums (and floats, as integers) */
	TRC_C_PTR,
	TRC_C_ARRAY,
	TRC_C_STRUCT,
	TRC_C_UNION,
	TRC_C_FUNC,		/* only behind a pointer */
};

/* A C type (ctype.c). */
struct trc_ctype {
	enum trc_ckind kind;
	const char *name;	/* as messages print it: "struct file *" */
	u32 size;		/* bytes; 0: void, function, incomplete */
	bool is_signed;		/* INT */
	const struct trc_ctype *ref;	/* PTR: the target; ARRAY: element */
	u32 nelems;		/* ARRAY */
	bool vm;		/* PTR: into VM memory (copyin()'s bytes),
				 * read with LDX; else kernel memory, LDK */
	const struct btf *btf;	/* from BTF: where (STRUCT, UNION: its */
	u32 id;			/* members); NULL for D's own types */
	struct trc_ctype *next;	/* ctx->tc_ctypes */
};

/* A member of a struct or union. */
struct trc_member {
	const struct trc_ctype *type;
	u32 off;		/* bytes (a bitfield: of its storage unit) */
	u8 bitoff, bitsize;	/* a bitfield: bits in the unit; else 0 */
};

const struct trc_ctype *trc_ctype_void(struct trc_ctx *ctx);
const struct trc_ctype *trc_ctype_int(struct trc_ctx *ctx, const char *name,
				      u32 size, bool is_signed);
/* A pointer to @to, in kernel memory or (@vm) the VM's (copyin()). */
const struct trc_ctype *trc_ctype_ptr(struct trc_ctx *ctx,
				      const struct trc_ctype *to, bool vm);
const struct trc_ctype *trc_ctype_btf(struct trc_ctx *ctx,
				      const struct btf *btf, u32 id);
/* struct, union or enum @name (tag "struct", "union", "enum") or typedef
 * @name (tag ""); NULL after an error that suggests the closest name. */
const struct trc_ctype *trc_ctype_named(struct trc_ctx *ctx,
					struct trc_loc loc, const char *tag,
					const char *name);
bool trc_ctype_same(const struct trc_ctype *a, const struct trc_ctype *b);
/* The D type of a value or object of C type @ct. */
struct trc_type trc_ctype_type(const struct trc_ctype *ct);
bool trc_ctype_is_char(const struct trc_ctype *ct);
/* Member @name of struct or union @ct; -EINVAL after an error. */
int trc_ctype_member(struct trc_ctx *ctx, struct trc_loc loc,
		     const struct trc_ctype *ct, const char *name,
		     struct trc_member *m);
/* Is @name a typedef of vmlinux's BTF? */
bool trc_ctype_is_typedef(struct trc_ctx *ctx, const char *name);
/* The value of enumerator @name, if some enum in the BTF has it. */
bool trc_ctype_enumerator(struct trc_ctx *ctx, const char *name, s64 *val);

/* sema.c: type @e, leaving a struct, union or array an object (an operand
 * of . [] & sizeof); trc_sema_expr() makes it a value. */
int trc_sema_object(struct trc_ctx *ctx, struct trc_expr *e);
/* kdata.c: sema of kernel data (MEMBER, INDEX, DEREF, ADDR, OFFSETOF). */
int trc_sema_kdata(struct trc_ctx *ctx, struct trc_expr *e);
/* An object used as a value: an array's address, else an error. */
int trc_kdata_value(struct trc_ctx *ctx, struct trc_expr *e);
/* Pointer + and - (typed operands): scale and type @e; false if @e is no
 * pointer arithmetic. */
bool trc_kdata_arith(struct trc_ctx *ctx, struct trc_expr *e);
/*
 * A pointer to char where a string is wanted (printf's %s, a comparison
 * with a string), or with @arrays_only a char array (what trace() and keys
 * record, as DTrace does): make @e the kernel string it points to; false
 * if it is no such pointer.
 */
bool trc_kdata_string(struct trc_ctx *ctx, struct trc_expr *e,
		      bool arrays_only);
int trc_sema_stringof(struct trc_ctx *ctx, struct trc_expr *e);
int trc_sema_args_array(struct trc_ctx *ctx, struct trc_expr *e);
int trc_sema_curthread(struct trc_ctx *ctx, struct trc_expr *e);
/* Is kernel-data lvalue @e (MEMBER, INDEX, DEREF) in VM memory? */
bool trc_kdata_in_vm(const struct trc_expr *e);
/* copyin()'s value is a void * into VM memory; a cast of a VM pointer to
 * a pointer type stays one. */
void trc_kdata_copyin(struct trc_ctx *ctx, struct trc_expr *e);
void trc_kdata_cast(struct trc_ctx *ctx, struct trc_expr *e);
/* "struct file *", "an integer", "a string": what @t is, for messages. */
const char *trc_type_what(struct trc_type t);

#endif /* TRC_IMPL_H */
