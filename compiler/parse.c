// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/parse.c - the one entry to the parser: source text in
 * ctx->tc_src to the tree in ctx->tc_clauses and ctx->tc_pragmas.  Nothing
 * outside this file knows the parser is flex and bison.
 */
#include "trc_impl.h"
#include "parser.h"
#include "lexer.h"

int trc_parse(struct trc_ctx *ctx)
{
	YY_BUFFER_STATE buf;
	yyscan_t scanner;
	int err;

	if (trc_yylex_init_extra(ctx, &scanner))
		trc_oom(ctx);
	buf = trc_yy_scan_bytes(ctx->tc_src, ctx->tc_srclen, scanner);
	ctx->tc_line = 1;
	ctx->tc_col = 1;
	err = trc_yyparse(scanner, ctx);
	trc_yy_delete_buffer(buf, scanner);
	trc_yylex_destroy(scanner);
	if (err == 2)
		trc_oom(ctx);
	return err || ctx->tc_nerrors ? -EINVAL : 0;
}
