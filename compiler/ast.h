/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler/ast.h - the syntax tree of a D program.
 *
 * The parser builds it and does nothing else; every later pass reads it and
 * annotates it in place (sema: types, builtin ids, aggregation ids; fold:
 * replaces constant subtrees; codegen: reads only).  Nodes live in the
 * compiler's arena and are freed with it, never one by one.  Lists are
 * singly linked through `next` in source order.
 */
#ifndef TRC_AST_H
#define TRC_AST_H

#include "tracer/isa.h"

struct trc_ctx;

/* A source position: 1-based line and column (bytes) of a token's start. */
struct trc_loc {
	int line;
	int col;
};

/* The D type of an expression, as far as this compiler tracks it. */
enum trc_tkind {
	TRC_T_NONE,		/* not yet typed, or in error */
	TRC_T_INT,		/* integer in 64 bits; `size`: the D size */
	TRC_T_STR,		/* string: `size` bytes at most, with NUL */
	TRC_T_STACK,		/* stack(): `size` bytes of 8-byte pcs */
	TRC_T_USTACK,		/* ustack(): `size` bytes, the pid then pcs */
	TRC_T_SYM,		/* func(), sym(): an address shown by name */
	TRC_T_USYM,		/* usym(), ufunc(): 16 bytes, pid and address */
	TRC_T_UADDR,		/* uaddr(): the same, shown with its offset */
	TRC_T_UMOD,		/* umod(): the same, shown as its object */
	/* btf: */
	TRC_T_OBJ,		/* a struct, union or array in memory: not a
				 * value, only an operand of . [] & sizeof */
};

/* usym(), ufunc(), uaddr(), umod(): a pid and a user address. */
static inline bool trc_is_usym_kind(enum trc_tkind k)
{
	return k == TRC_T_USYM || k == TRC_T_UADDR || k == TRC_T_UMOD;
}

struct trc_ctype;

struct trc_type {
	enum trc_tkind kind;
	bool is_signed;		/* TRC_T_INT */
	u32 size;		/* TRC_T_INT: 1, 2, 4, 8; TRC_T_STR: bytes */
	/* btf: the C type (compiler/ctype.c) of a kernel value: a pointer,
	 * an integer or enum read from kernel memory, an OBJ; else NULL */
	const struct trc_ctype *ct;
};

/* Operators: X(NAME, "spelling") */
#define TRC_UNOPS(X)							\
	X(NEG,  "-")							\
	X(PLUS, "+")							\
	X(BNOT, "~")							\
	X(LNOT, "!")

#define TRC_BINOPS(X)							\
	X(MUL,  "*")							\
	X(DIV,  "/")							\
	X(MOD,  "%")							\
	X(ADD,  "+")							\
	X(SUB,  "-")							\
	X(SHL,  "<<")							\
	X(SHR,  ">>")							\
	X(LT,   "<")							\
	X(LE,   "<=")							\
	X(GT,   ">")							\
	X(GE,   ">=")							\
	X(EQ,   "==")							\
	X(NE,   "!=")							\
	X(BAND, "&")							\
	X(BXOR, "^")							\
	X(BOR,  "|")							\
	X(LAND, "&&")							\
	X(LXOR, "^^")							\
	X(LOR,  "||")

enum trc_unop {
#define TRC_X_ENUM(name, sp) TRC_UN_##name,
	TRC_UNOPS(TRC_X_ENUM)
#undef TRC_X_ENUM
	TRC_NUNOPS
};

enum trc_binop {
#define TRC_X_ENUM(name, sp) TRC_BIN_##name,
	TRC_BINOPS(TRC_X_ENUM)
#undef TRC_X_ENUM
	TRC_NBINOPS
};

extern const char *const trc_unop_names[TRC_NUNOPS];
extern const char *const trc_binop_names[TRC_NBINOPS];

enum trc_ekind {
	TRC_E_INT,		/* integer or character literal: ival */
	TRC_E_STR,		/* string literal: str, len (unescaped) */
	TRC_E_IDENT,		/* a name: str; sema sets builtin */
	TRC_E_AGG,		/* @str[args]: only as an assignment target */
	TRC_E_CALL,		/* str(args) */
	TRC_E_UNARY,		/* op l */
	TRC_E_BINARY,		/* l op r */
	TRC_E_TERNARY,		/* cond ? l : r */
	/* vars */
	TRC_E_VAR,		/* variable str (scope; ASSOC: args keys);
				 * sema sets var */
	TRC_E_ASSIGN,		/* l = r; sema rewrites l op= r and ++/--
				 * to l = l op r (post: the value is l's
				 * old one) */
	TRC_E_CAST,		/* (tname) l */
	TRC_E_SIZEOF,		/* sizeof(tname) or sizeof l; sema makes it
				 * a TRC_E_INT */
	/* btf: kernel data */
	TRC_E_MEMBER,		/* l.str, or l->str with arrow;
				 * tpsys: args->FIELD of a tracepoint or
				 * syscall probe, with argref */
	TRC_E_INDEX,		/* l[r] of a pointer or array */
	TRC_E_DEREF,		/* *l */
	TRC_E_ADDR,		/* &l; sema also makes an array used as a
				 * value its address */
	TRC_E_OFFSETOF,		/* offsetof(tname, str); sema makes it a
				 * TRC_E_INT */
};

/* Where a variable lives (vars): X(NAME, "spelling in messages") */
#define TRC_VSCOPES(X)							\
	X(GLOBAL, "global variable")					\
	X(ASSOC,  "associative array")					\
	X(SELF,   "thread-local variable")				\
	X(THIS,   "clause-local variable")

enum trc_vscope {
#define TRC_X_ENUM(name, what) TRC_V_##name,
	TRC_VSCOPES(TRC_X_ENUM)
#undef TRC_X_ENUM
	TRC_NVSCOPES
};

struct trc_expr {
	enum trc_ekind kind;
	struct trc_loc loc;	/* the operator for unary, binary, ternary */
	struct trc_type type;	/* set by sema */
	int op;			/* enum trc_unop or trc_binop */
	u64 ival;		/* TRC_E_INT */
	char *str;		/* STR: the bytes; IDENT, AGG, CALL: name */
	u32 len;		/* TRC_E_STR: bytes without the NUL */
	int builtin;		/* IDENT: enum tr_builtin, from sema */
	struct trc_expr *l, *r, *cond;
	struct trc_expr *args;	/* CALL arguments, AGG keys */
	u32 nargs;
	struct trc_expr *next;	/* next argument */
	int subr;		/* CALL of a subroutine: enum tr_helper, from
				 * sema */
	/* vars */
	int scope;		/* VAR: enum trc_vscope */
	int var;		/* VAR: index in ctx->tc_vars, from sema */
	int aop;		/* ASSIGN: enum trc_binop, or -1 for = */
	bool post;		/* ASSIGN from x++ or x--: value is old x */
	char *tname;		/* CAST, SIZEOF: the type's words or NULL */
	/* btf */
	bool arrow;		/* MEMBER: -> */
	u32 moff;		/* MEMBER: byte offset (of the storage unit
				 * of a bitfield) */
	u8 bitoff, bitsize;	/* MEMBER: a bitfield's bits in that unit;
				 * bitsize 0: not a bitfield */
	bool decayed;		/* ADDR: of an array used as a value */
	/* tpsys */
	struct trc_argref *argref;	/* MEMBER of args: the field */
};

/* What a statement does, decided by sema. */
enum trc_action {
	TRC_ACT_NONE,
	TRC_ACT_AGG,		/* @a[keys] = count() / sum(x) */
	TRC_ACT_PRINTF,		/* printf(fmt, args) */
	TRC_ACT_EXIT,		/* exit(x) */
	TRC_ACT_AGGACT,		/* aggs: printa, clear, trunc ... */
	TRC_ACT_TRACE,		/* trace(x) */
	TRC_ACT_STACK,		/* stack(), stack(n) */
	TRC_ACT_EVAL,		/* vars: an assignment, for its effect */
};

struct trc_stmt {
	struct trc_loc loc;
	struct trc_expr *lhs;	/* the target of `lhs = expr`, or NULL */
	struct trc_expr *expr;
	enum trc_action action;	/* from sema */
	int agg;		/* TRC_ACT_AGG: aggregation id, from sema */
	struct trc_stmt *next;
};

/* One probe description as written. */
struct trc_pdesc {
	struct trc_loc loc;
	char *text;
	u32 nmatched;		/* probes: the probes it matched */
	struct trc_pdesc *next;
};

struct trc_clause {
	struct trc_loc loc;
	struct trc_pdesc *pdescs;
	struct trc_expr *pred;	/* NULL: always */
	struct trc_stmt *stmts;
	u32 nstmts;
	u32 *probes;		/* probes: indices into ctx->tc_probes, */
	u32 nprobes, probes_cap;	/* each once; none: -Z dropped it */
	bool dead;		/* fold: the predicate is constant false */
	/* codegen */
	u32 insn_first;		/* into ctx->tc_insns */
	u32 insn_count;
	u16 *action_of_pc;	/* insn_count entries */
	u32 probe_rec_pc;	/* where the probe record's code begins
				 * (after the predicate's), or
				 * TR_NO_PROBE_REC */
	struct trc_clause *next;
};

/* A #pragma line, handled by options.c. */
struct trc_pragma {
	struct trc_loc loc;
	char *text;		/* the whole line */
	struct trc_pragma *next;
};

/* vars: a declaration line (a struct trc_pragma too: a line and its
 * place), read by vars.c. */
void trc_decl_add(struct trc_ctx *ctx, struct trc_loc loc, char *text);

/* Constructors, used by the grammar's actions. */
struct trc_expr *trc_expr_new(struct trc_ctx *ctx, enum trc_ekind kind,
			      struct trc_loc loc);
struct trc_expr *trc_expr_int(struct trc_ctx *ctx, struct trc_loc loc, u64 v,
			      struct trc_type type);
struct trc_expr *trc_expr_str(struct trc_ctx *ctx, struct trc_loc loc,
			      char *s, u32 len);
struct trc_expr *trc_expr_name(struct trc_ctx *ctx, enum trc_ekind kind,
			       struct trc_loc loc, char *name,
			       struct trc_expr *args);
struct trc_expr *trc_expr_unary(struct trc_ctx *ctx, struct trc_loc loc,
				enum trc_unop op, struct trc_expr *l);
struct trc_expr *trc_expr_binary(struct trc_ctx *ctx, struct trc_loc loc,
				 enum trc_binop op, struct trc_expr *l,
				 struct trc_expr *r);
struct trc_expr *trc_expr_ternary(struct trc_ctx *ctx, struct trc_loc loc,
				  struct trc_expr *cond, struct trc_expr *l,
				  struct trc_expr *r);
struct trc_expr *trc_expr_append(struct trc_expr *list, struct trc_expr *e);
/* vars */
struct trc_expr *trc_expr_var(struct trc_ctx *ctx, struct trc_loc loc,
			      enum trc_vscope scope, char *name,
			      struct trc_expr *keys);
struct trc_expr *trc_expr_assign(struct trc_ctx *ctx, struct trc_loc loc,
				 int aop, bool post, struct trc_expr *l,
				 struct trc_expr *r);
struct trc_expr *trc_expr_type(struct trc_ctx *ctx, enum trc_ekind kind,
			       struct trc_loc loc, char *tname,
			       struct trc_expr *l);
/* btf: l.name, or l->name with @arrow */
struct trc_expr *trc_expr_member(struct trc_ctx *ctx, struct trc_loc loc,
				 struct trc_expr *l, char *name, bool arrow);
char *trc_words_join(struct trc_ctx *ctx, char *a, char *b);
/* A statement of expression @e: `@agg[...] = f()` keeps its lhs apart. */
struct trc_stmt *trc_stmt_expr(struct trc_ctx *ctx, struct trc_loc loc,
			       struct trc_expr *e);

struct trc_stmt *trc_stmt_new(struct trc_ctx *ctx, struct trc_loc loc,
			      struct trc_expr *lhs, struct trc_expr *expr);
struct trc_stmt *trc_stmt_append(struct trc_stmt *list, struct trc_stmt *s);

struct trc_pdesc *trc_pdesc_new(struct trc_ctx *ctx, struct trc_loc loc,
				char *text);
struct trc_pdesc *trc_pdesc_append(struct trc_pdesc *list,
				   struct trc_pdesc *d);

void trc_clause_add(struct trc_ctx *ctx, struct trc_loc loc,
		    struct trc_pdesc *pdescs, struct trc_expr *pred,
		    struct trc_stmt *stmts);
void trc_pragma_add(struct trc_ctx *ctx, struct trc_loc loc, char *text);

/* The integer types literals and operators produce. */
#define TRC_TYPE_INT	((struct trc_type){ TRC_T_INT, true, 4, NULL })

#endif /* TRC_AST_H */
