// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/fbtargs.c - the argument types `tracer -lv` lists for an fbt
 * probe, from the function's BTF prototype, in dtrace -lv's layout:
 *
 *	Argument Types
 *		args[0]: struct file *
 *		args[1]: char *
 *
 * An entry probe lists each parameter (a variadic function's "..." ends
 * the list); a return probe its args[1], the return value, with the
 * function's return type (its arg0, the address returned to, is not
 * typed, as kdata.c types args[] in programs).  The types are the ones
 * args[N] has in a clause (kdata.c, trc_arg_type()), written as the
 * kernel declares them (size_t, const char *), by libbpf's btf_dump.
 */
#include <bpf/btf.h>
#include "trc_impl.h"

/* "\t\targs[@n]: TYPE\n" with type @id of @d's BTF, as declared. */
static void trc_fbt_print_arg(struct btf_dump *d, u32 n, u32 id, FILE *out)
{
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, o, .field_name = "");

	fprintf(out, "\t\targs[%u]: ", n);
	btf_dump__emit_type_decl(d, id, &o);
	fputc('\n', out);
}

static int trc_fbt_print_types(struct trc_ctx *ctx, const char *module,
			       const char *function, bool ret, FILE *out)
{
	const struct btf_param *params;
	const struct btf_type *proto;
	struct trc_btf_ref r;
	struct btf_dump *d;
	const char *path;
	u32 i, n;

	if (!trc_btf_vmlinux(ctx, &path)) {
		fprintf(out, "\t\targ0 .. arg9: uint64_t (no kernel BTF: %s cannot be read)\n",
			path);
		return 0;
	}
	proto = trc_btf_proto(ctx, function, module, &r);
	if (!proto) {
		fprintf(out, "\t\targ0 .. arg9: uint64_t (%s has no BTF prototype)\n",
			function);
		return 0;
	}
	params = btf_params(proto);
	n = ret ? !!proto->type : btf_vlen(proto);
	if (!ret && n && !params[n - 1].type)	/* "...": not an argument */
		n--;
	if (!n) {
		fprintf(out, "\t\tNone\n");
		return 0;
	}
	d = trc_btf_dump(ctx, r.btf, out);
	if (!d)
		return -ENOMEM;
	if (ret)
		trc_fbt_print_arg(d, 1, proto->type, out);
	for (i = 0; !ret && i < n; i++)
		trc_fbt_print_arg(d, i, params[i].type, out);
	return 0;
}

int trc_fbt_arg_types(struct trc_ctx *ctx, const char *module,
		      const char *function, bool ret, FILE *out)
{
	if (setjmp(ctx->tc_oom))
		return -ENOMEM;
	return trc_fbt_print_types(ctx, module, function, ret, out);
}
