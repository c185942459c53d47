// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/compile.c - trc_compile(): the order of the passes, written once,
 * and the arena every pass allocates from.
 *
 * Each pass returns 0 or -EINVAL after printing its errors.  A pass runs only
 * if every pass before it succeeded, except that a pass may report several
 * errors of its own before giving up.
 */
#include <stdlib.h>
#include "trc_impl.h"

/* ---- the arena ------------------------------------------------------ */

struct trc_arena {
	struct trc_arena *next;
	size_t used, size;
	max_align_t data[];
};

#define TRC_ARENA_CHUNK	(64u << 10)

void __attribute__((noreturn)) trc_oom(struct trc_ctx *ctx)
{
	longjmp(ctx->tc_oom, 1);
}

void *trc_alloc(struct trc_ctx *ctx, size_t size)
{
	struct trc_arena *a = ctx->tc_arena;
	size_t chunk;
	void *p;

	size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (!a || a->size - a->used < size) {
		chunk = size > TRC_ARENA_CHUNK ? size : TRC_ARENA_CHUNK;
		a = malloc(sizeof(*a) + chunk);
		if (!a)
			trc_oom(ctx);
		a->size = chunk;
		a->used = 0;
		a->next = ctx->tc_arena;
		ctx->tc_arena = a;
	}
	p = (char *)a->data + a->used;
	a->used += size;
	memset(p, 0, size);
	return p;
}

static void trc_arena_free(struct trc_ctx *ctx)
{
	struct trc_arena *a, *next;

	for (a = ctx->tc_arena; a; a = next) {
		next = a->next;
		free(a);
	}
	ctx->tc_arena = NULL;
}

char *trc_strndup(struct trc_ctx *ctx, const char *s, size_t n)
{
	char *p = trc_alloc(ctx, n + 1);

	memcpy(p, s, n);
	return p;
}

char *trc_strdup(struct trc_ctx *ctx, const char *s)
{
	return trc_strndup(ctx, s, strlen(s));
}

void trc_grow(struct trc_ctx *ctx, void *vec, u32 *cap, u32 need,
	      size_t size)
{
	void **v = vec;
	u32 ncap = *cap ? *cap : 8;
	void *p;

	if (need <= *cap)
		return;
	while (ncap < need)
		ncap *= 2;
	p = trc_alloc(ctx, ncap * size);
	if (*cap)
		memcpy(p, *v, *cap * size);
	*v = p;
	*cap = ncap;
}

void trc_buf_add(struct trc_ctx *ctx, struct trc_buf *b, const void *p,
		 u32 n)
{
	trc_grow(ctx, &b->data, &b->cap, b->len + n, 1);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

/* ---- the passes ----------------------------------------------------- */

static int trc_run_passes(struct trc_ctx *ctx)
{
	int err;

	err = trc_parse(ctx);
	if (!err)
		err = trc_options(ctx);
	if (!err)
		err = trc_probes(ctx);
	if (!err)
		err = trc_sema(ctx);
	if (!err)
		err = trc_fold(ctx);
	if (!err)
		err = trc_aggparams(ctx);
	if (!err)
		err = trc_codegen(ctx);
	if (!err)
		err = trc_image(ctx);
	return err;
}

/* Kept apart from trc_compile() so that no local lives across setjmp. */
static struct tr_program *trc_compile_ctx(struct trc_ctx *ctx)
{
	if (setjmp(ctx->tc_oom)) {
		if (ctx->tc_errf)
			fprintf(ctx->tc_errf, "tracer: out of memory\n");
		tr_program_free(ctx->tc_prog);
		return NULL;
	}
	if (trc_run_passes(ctx)) {
		tr_program_free(ctx->tc_prog);
		return NULL;
	}
	return ctx->tc_prog;
}

struct trc_ctx *trc_types_new(void)
{
	return calloc(1, sizeof(struct trc_ctx));
}

void trc_types_free(struct trc_ctx *ctx)
{
	if (!ctx)
		return;
	trc_btf_free(ctx);
	trc_arena_free(ctx);
	free(ctx);
}

struct tr_program *trc_compile(const char *src, const char *filename,
			       const struct trc_options *opt, FILE *errf)
{
	struct tr_program *prog;
	struct trc_ctx *ctx;

	ctx = trc_types_new();
	if (!ctx) {
		if (errf)
			fprintf(errf, "tracer: out of memory\n");
		return NULL;
	}
	ctx->tc_src = src;
	ctx->tc_srclen = strlen(src);
	ctx->tc_file = filename ? filename : "<input>";
	ctx->tc_errf = errf;
	if (opt)
		ctx->tc_opt = *opt;
	prog = trc_compile_ctx(ctx);
	trc_types_free(ctx);
	return prog;
}
