/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler/parser.y - the D grammar.  Its actions only build tree nodes
 * (ast.c); names, types and every other rule are checked by later passes.
 *
 *   program    := { clause | #pragma line | declaration line }
 *   declaration:= [ self | this ] type name [ "[" type { "," type } "]" ] ";"
 *                 one token from the scanner, read by vars.c
 *   clause     := pdesc { "," pdesc } [ "/" expr "/" ] "{" stmts "}"
 *   stmts      := [ stmt ] { ";" [ stmt ] }
 *   stmt       := expr	(an assignment `@a[k] = f()` becomes an
 *                 aggregation statement: trc_stmt_expr())
 *   expr       := C expressions: ?:, || ^^ &&, | ^ &, == !=, < <= > >=,
 *                 << >>, + -, * / %, unary - + ~ !, calls, @agg[keys]
 *                 vars: = and op= (lowest, right to left), ++ --, casts
 *                 "(" type ")" expr, sizeof, self->x, this->x, a[keys]
 *                 btf: x.m, x->m, x[i], unary * and &, offsetof(type, m.n),
 *                 types "struct NAME", "union NAME", "enum NAME", void,
 *                 followed by "*"s
 *                 tpsys: primary->name (args->FIELD)
 *
 * Operator precedence is C's, with D's ^^ (logical xor) between || and &&.
 * The predicate's closing "/" is told from division by the scanner
 * (T_EPRED), which is what keeps this grammar LALR(1) with no conflicts.
 */
%define api.pure full
%define api.prefix {trc_yy}
%define parse.error verbose
%locations
%expect 0

%lex-param {yyscan_t scanner}
%parse-param {yyscan_t scanner} {struct trc_ctx *ctx}

%code requires {
#include "trc_impl.h"
typedef void *yyscan_t;
}

%code provides {
int trc_yylex(TRC_YYSTYPE *lval, TRC_YYLTYPE *lloc, yyscan_t scanner);
}

%code {
static void trc_yyerror(TRC_YYLTYPE *l, yyscan_t scanner,
			struct trc_ctx *ctx, const char *msg);
#define L(l)	((struct trc_loc){ (l).first_line, (l).first_column })
#define UN(op, loc, x)	 trc_expr_unary(ctx, L(loc), TRC_UN_##op, x)
#define BIN(op, loc, x, y) trc_expr_binary(ctx, L(loc), TRC_BIN_##op, x, y)
#define NAME(k, loc, n, a) trc_expr_name(ctx, TRC_E_##k, L(loc), n, a)
#define INT(loc, v, t)	 trc_expr_int(ctx, L(loc), v, t)
#define STR(loc, s, n)	 trc_expr_str(ctx, L(loc), s, n)
#define STMT(loc, lhs, e) trc_stmt_new(ctx, L(loc), lhs, e)
/* vars */
#define VAR(loc, scope, n, keys) \
	trc_expr_var(ctx, L(loc), TRC_V_##scope, n, keys)
#define ASSIGN(loc, op, post, l, r) \
	trc_expr_assign(ctx, L(loc), op, post, l, r)
#define INCDEC(loc, op, post, x) ASSIGN(loc, TRC_BIN_##op, post, x, NULL)
}

%union {
	struct { u64 v; struct trc_type t; } num;
	struct { char *s; u32 len; } str;
	char *name;
	struct trc_expr *expr;
	struct trc_stmt *stmt;
	struct trc_pdesc *pdesc;
	int aop;
}

%token T_EOF 0 "end of input"
%token <num> T_INT "integer"
%token <str> T_STRING "string"
%token <name> T_IDENT "identifier"
%token <name> T_AGG "aggregation"
%token <name> T_PSPEC "probe description"
%token <name> T_PRAGMA "#pragma"
%token T_PRED "predicate '/'"
%token T_EPRED "'/' ending the predicate"
%token T_LAND "&&" T_LOR "||" T_LXOR "^^" T_SHL "<<" T_SHR ">>"
%token T_LE "<=" T_GE ">=" T_EQ "==" T_NE "!="

/* vars */
%token T_ARROW "->" T_INC "++" T_DEC "--" T_SELF "self" T_THIS "this"
%token T_SIZEOF "sizeof"
%token <aop> T_ASSIGNOP "compound assignment"
%token <name> T_TYPEWORD "type name"
%token <name> T_DECL "declaration"
%type <name> typename

/* btf */
%token <name> T_TAG "struct, union or enum"
%token T_OFFSETOF "offsetof"
%type <name> typebase members

%type <expr> expr primary args opt_args predicate
%type <stmt> stmt opt_stmt stmts
%type <pdesc> pdescs

%right '=' T_ASSIGNOP
%right '?' ':'
%left T_LOR
%left T_LXOR
%left T_LAND
%left '|'
%left '^'
%left '&'
%left T_EQ T_NE
%left '<' '>' T_LE T_GE
%left T_SHL T_SHR
%left '+' '-'
%left '*' '/' '%'
%precedence UNARY
/* btf: a name (or @name) followed by '[' is an associative array (or
 * an aggregation's keys), not an index */
%precedence IDENT_ALONE
%precedence '['

%%

program
	: %empty
	| program clause
	| program T_PRAGMA		{ trc_pragma_add(ctx, L(@2), $2); }
	| program T_DECL		{ trc_decl_add(ctx, L(@2), $2); }
	;

clause
	: pdescs predicate '{' stmts '}'
					{ trc_clause_add(ctx, L(@1), $1, $2,
							 $4); }
	;

pdescs
	: T_PSPEC			{ $$ = trc_pdesc_new(ctx, L(@1), $1); }
	| pdescs ',' T_PSPEC		{ $$ = trc_pdesc_append($1,
					       trc_pdesc_new(ctx, L(@3), $3)); }
	;

predicate
	: %empty			{ $$ = NULL; }
	| T_PRED expr T_EPRED		{ $$ = $2; }
	;

stmts
	: opt_stmt			{ $$ = $1; }
	| stmts ';' opt_stmt		{ $$ = trc_stmt_append($1, $3); }
	;

opt_stmt
	: %empty			{ $$ = NULL; }
	| stmt
	;

stmt
	: expr			{ $$ = trc_stmt_expr(ctx, L(@1), $1); }
	;

expr
	: primary
	| '-' expr %prec UNARY	{ $$ = UN(NEG, @1, $2); }
	| '+' expr %prec UNARY	{ $$ = UN(PLUS, @1, $2); }
	| '~' expr %prec UNARY	{ $$ = UN(BNOT, @1, $2); }
	| '!' expr %prec UNARY	{ $$ = UN(LNOT, @1, $2); }
	| expr '*' expr		{ $$ = BIN(MUL, @2, $1, $3); }
	| expr '/' expr		{ $$ = BIN(DIV, @2, $1, $3); }
	| expr '%' expr		{ $$ = BIN(MOD, @2, $1, $3); }
	| expr '+' expr		{ $$ = BIN(ADD, @2, $1, $3); }
	| expr '-' expr		{ $$ = BIN(SUB, @2, $1, $3); }
	| expr T_SHL expr	{ $$ = BIN(SHL, @2, $1, $3); }
	| expr T_SHR expr	{ $$ = BIN(SHR, @2, $1, $3); }
	| expr '<' expr		{ $$ = BIN(LT, @2, $1, $3); }
	| expr T_LE expr	{ $$ = BIN(LE, @2, $1, $3); }
	| expr '>' expr		{ $$ = BIN(GT, @2, $1, $3); }
	| expr T_GE expr	{ $$ = BIN(GE, @2, $1, $3); }
	| expr T_EQ expr	{ $$ = BIN(EQ, @2, $1, $3); }
	| expr T_NE expr	{ $$ = BIN(NE, @2, $1, $3); }
	| expr '&' expr		{ $$ = BIN(BAND, @2, $1, $3); }
	| expr '^' expr		{ $$ = BIN(BXOR, @2, $1, $3); }
	| expr '|' expr		{ $$ = BIN(BOR, @2, $1, $3); }
	| expr T_LAND expr	{ $$ = BIN(LAND, @2, $1, $3); }
	| expr T_LXOR expr	{ $$ = BIN(LXOR, @2, $1, $3); }
	| expr T_LOR expr	{ $$ = BIN(LOR, @2, $1, $3); }
	| expr '?' expr ':' expr
			{ $$ = trc_expr_ternary(ctx, L(@2), $1, $3, $5); }
	/* vars */
	| expr '=' expr		{ $$ = ASSIGN(@2, -1, false, $1, $3); }
	| expr T_ASSIGNOP expr	{ $$ = ASSIGN(@2, $2, false, $1, $3); }
	| T_INC expr %prec UNARY
				{ $$ = INCDEC(@1, ADD, false, $2); }
	| T_DEC expr %prec UNARY
				{ $$ = INCDEC(@1, SUB, false, $2); }
	| '(' typename ')' expr %prec UNARY
				{ $$ = trc_expr_type(ctx, TRC_E_CAST, L(@1),
						     $2, $4); }
	| T_SIZEOF '(' typename ')'
				{ $$ = trc_expr_type(ctx, TRC_E_SIZEOF, L(@1),
						     $3, NULL); }
	| T_SIZEOF primary	{ $$ = trc_expr_type(ctx, TRC_E_SIZEOF, L(@1),
						     NULL, $2); }
	/* btf */
	| '*' expr %prec UNARY	{ $$ = trc_expr_unary(ctx, L(@1), 0, $2);
				  $$->kind = TRC_E_DEREF; }
	| '&' expr %prec UNARY	{ $$ = trc_expr_unary(ctx, L(@1), 0, $2);
				  $$->kind = TRC_E_ADDR; }
	| T_OFFSETOF '(' typename ',' members ')'
				{ $$ = trc_expr_type(ctx, TRC_E_OFFSETOF,
						     L(@1), $3, NULL);
				  $$->str = $5; }
	;

typebase
	: T_TYPEWORD
	| typebase T_TYPEWORD	{ $$ = trc_words_join(ctx, $1, $2); }
	| T_TAG T_IDENT		{ $$ = trc_words_join(ctx, $1, $2); }
	;

typename
	: typebase
	| typename '*'		{ $$ = trc_words_join(ctx, $1, (char *)"*"); }
	;

members
	: T_IDENT
	| members '.' T_IDENT	{ $$ = trc_words_join(ctx, $1, $3);
				  $$[strlen($1)] = '.'; }
	;

primary
	: T_INT			{ $$ = INT(@1, $1.v, $1.t); }
	| T_STRING		{ $$ = STR(@1, $1.s, $1.len); }
	| T_IDENT %prec IDENT_ALONE
				{ $$ = NAME(IDENT, @1, $1, NULL); }
	| T_IDENT '(' opt_args ')'
				{ $$ = NAME(CALL, @1, $1, $3); }
	| T_AGG %prec IDENT_ALONE
				{ $$ = NAME(AGG, @1, $1, NULL); }
	| T_AGG '[' args ']'	{ $$ = NAME(AGG, @1, $1, $3); }
	| '(' expr ')'		{ $$ = $2; }
	/* vars */
	| T_SELF T_ARROW T_IDENT	{ $$ = VAR(@1, SELF, $3, NULL); }
	| T_THIS T_ARROW T_IDENT	{ $$ = VAR(@1, THIS, $3, NULL); }
	| T_IDENT '[' args ']'	{ $$ = VAR(@1, ASSOC, $1, $3); }
	| primary T_INC		{ $$ = INCDEC(@2, ADD, true, $1); }
	| primary T_DEC		{ $$ = INCDEC(@2, SUB, true, $1); }
	/* btf */
	| primary '.' T_IDENT	{ $$ = trc_expr_member(ctx, L(@2), $1, $3,
						       false); }
	| primary T_ARROW T_IDENT
				{ $$ = trc_expr_member(ctx, L(@2), $1, $3,
						       true); }
	| primary '[' expr ']'	{ $$ = trc_expr_binary(ctx, L(@2), 0, $1,
						       $3);
				  $$->kind = TRC_E_INDEX; }
	;

opt_args
	: %empty		{ $$ = NULL; }
	| args
	;

args
	: expr
	| args ',' expr		{ $$ = trc_expr_append($1, $3); }
	;

%%

static void trc_yyerror(TRC_YYLTYPE *l, yyscan_t scanner,
			struct trc_ctx *ctx, const char *msg)
{
	(void)scanner;
	trc_error(ctx, L(*l), "%s", msg);
}
