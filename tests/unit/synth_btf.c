// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/synth_btf.c - a small, fixed kernel BTF for the compiler's
 * tests, written with libbpf's BTF writer: DIR/vmlinux (raw BTF) and
 * DIR/modules/synthmod (split BTF over it), so that the golden tests do not
 * depend on the host's kernel.  Its C equivalent:
 *
 *	enum color { RED = 1, GREEN = 2, BLUE = 4 };
 *	struct inner { int a; char name[8]; unsigned int flags:3;
 *		       int sflag:5; unsigned char uc; };
 *	struct outer { struct inner in; struct inner *pin;
 *		       union { long u1; int u2; };   // anonymous
 *		       const char *str; short arr[4]; enum color c;
 *		       void *vp; struct outer *next; };
 *	typedef struct outer outer_t;
 *	struct task_struct { int pid; int tgid; char comm[16]; };
 *	long synth_func(struct outer *o, int n);
 *	void synth_void(void);
 *	int synth_other(outer_t *o, long n);
 *   module synthmod:
 *	struct synthmod_state { int x; struct outer *o; };
 *	int synthmod_func(struct synthmod_state *s);
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include "synth_btf.h"

static int write_raw(const struct btf *btf, const char *path)
{
	const void *data;
	u32 size;
	FILE *f;
	int ok;

	data = btf__raw_data(btf, &size);
	f = fopen(path, "wb");
	if (!data || !f)
		return -1;
	ok = fwrite(data, 1, size, f) == size;
	return fclose(f) || !ok ? -1 : 0;
}

static int synth_btf_write(const char *dir)
{
	struct btf *b = btf__new_empty(), *m;
	int chr, uchr, shrt, in, uin, lng, color, inner, outer, anon, pinner;
	int cchar, pcchar, arr8, arr4, arr16, vp, outer_t, proto, fn;
	int pouter, poutt, st, pst;
	char path[256];

	if (!b)
		return -1;
	chr = btf__add_int(b, "char", 1, BTF_INT_SIGNED);
	uchr = btf__add_int(b, "unsigned char", 1, 0);
	shrt = btf__add_int(b, "short", 2, BTF_INT_SIGNED);
	in = btf__add_int(b, "int", 4, BTF_INT_SIGNED);
	uin = btf__add_int(b, "unsigned int", 4, 0);
	lng = btf__add_int(b, "long", 8, BTF_INT_SIGNED);

	color = btf__add_enum(b, "color", 4);
	btf__add_enum_value(b, "RED", 1);
	btf__add_enum_value(b, "GREEN", 2);
	btf__add_enum_value(b, "BLUE", 4);

	arr8 = btf__add_array(b, in, chr, 8);
	inner = btf__add_struct(b, "inner", 16);
	btf__add_field(b, "a", in, 0, 0);
	btf__add_field(b, "name", arr8, 32, 0);
	btf__add_field(b, "flags", uin, 96, 3);
	btf__add_field(b, "sflag", in, 99, 5);
	btf__add_field(b, "uc", uchr, 104, 0);

	pinner = btf__add_ptr(b, inner);
	cchar = btf__add_const(b, chr);
	pcchar = btf__add_ptr(b, cchar);
	arr4 = btf__add_array(b, in, shrt, 4);
	vp = btf__add_ptr(b, 0);
	anon = btf__add_union(b, NULL, 8);
	btf__add_field(b, "u1", lng, 0, 0);
	btf__add_field(b, "u2", in, 0, 0);
	/* a pointer to the struct added next: ids may point forward */
	pouter = btf__add_ptr(b, btf__type_cnt(b) + 1);
	outer = btf__add_struct(b, "outer", 72);
	if (outer != pouter + 1)
		return -1;
	btf__add_field(b, "in", inner, 0, 0);
	btf__add_field(b, "pin", pinner, 128, 0);
	btf__add_field(b, NULL, anon, 192, 0);
	btf__add_field(b, "str", pcchar, 256, 0);
	btf__add_field(b, "arr", arr4, 320, 0);
	btf__add_field(b, "c", color, 384, 0);
	btf__add_field(b, "vp", vp, 448, 0);
	btf__add_field(b, "next", pouter, 448 + 64, 0);
	outer_t = btf__add_typedef(b, "outer_t", outer);

	arr16 = btf__add_array(b, in, chr, 16);
	btf__add_struct(b, "task_struct", 24);
	btf__add_field(b, "pid", in, 0, 0);
	btf__add_field(b, "tgid", in, 32, 0);
	btf__add_field(b, "comm", arr16, 64, 0);

	proto = btf__add_func_proto(b, lng);
	btf__add_func_param(b, "o", pouter);
	btf__add_func_param(b, "n", in);
	fn = btf__add_func(b, "synth_func", BTF_FUNC_GLOBAL, proto);
	proto = btf__add_func_proto(b, 0);
	btf__add_func(b, "synth_void", BTF_FUNC_GLOBAL, proto);
	poutt = btf__add_ptr(b, outer_t);
	proto = btf__add_func_proto(b, in);
	btf__add_func_param(b, "o", poutt);
	btf__add_func_param(b, "n", lng);
	btf__add_func(b, "synth_other", BTF_FUNC_GLOBAL, proto);
	if (fn < 0 || btf__dedup(b, NULL))
		return -1;

	m = btf__new_empty_split(b);
	if (!m)
		return -1;
	st = btf__add_struct(m, "synthmod_state", 16);
	btf__add_field(m, "x", in, 0, 0);
	btf__add_field(m, "o", pouter, 64, 0);
	pst = btf__add_ptr(m, st);
	proto = btf__add_func_proto(m, in);
	btf__add_func_param(m, "s", pst);
	if (btf__add_func(m, "synthmod_func", BTF_FUNC_GLOBAL, proto) < 0)
		return -1;

	mkdir(dir, 0755);
	snprintf(path, sizeof(path), "%s/modules", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/vmlinux", dir);
	if (write_raw(b, path))
		return -1;
	snprintf(path, sizeof(path), "%s/modules/synthmod", dir);
	if (write_raw(m, path))
		return -1;
	btf__free(m);
	btf__free(b);
	return 0;
}

int synth_btf_use(const char *dir)
{
	char path[256];

	if (synth_btf_write(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/vmlinux", dir);
	setenv("TRACER_BTF", path, 1);
	snprintf(path, sizeof(path), "%s/modules", dir);
	setenv("TRACER_BTF_MODULES", path, 1);
	return 0;
}
