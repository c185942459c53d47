// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/symprint.c - stacks and symbols in records and keys, printed
 * as DTrace's consumer prints them: stack() as dt_print_stack(), ustack()
 * as dt_print_ustack() (a newline, then a line per frame indented by
 * stackindent, "module`function+0xoffset" or hex; a ustack() value holds
 * its process id first, and its frames are named in that process),
 * func() and sym() as dt_print_sym(): "  %-50s" of "module`function",
 * quiet or not, and usym(), ufunc(), uaddr(), umod() (the pid, then the
 * address) as dt_print_usym() and dt_print_umod(): the same of
 * "module`function", "module`function+0xoff", "module".  Kernel names come from ksyms.c, user names from usyms.c.
 */
#include <stdio.h>
#include <string.h>
#include "tracer.h"

void trl_print_sym(FILE *f, enum tr_vtype type, const u8 *v)
{
	char name[512];
	u64 pid, addr;

	if (!trl_is_usym(type)) {
		memcpy(&addr, v, sizeof(addr));
		trl_ksym_format(addr, false, name, sizeof(name));
	} else {
		memcpy(&pid, v, sizeof(pid));
		memcpy(&addr, v + 8, sizeof(addr));
		trl_usym_format_as((pid_t)pid, addr,
				   type == TR_VT_UADDR ? TRL_USYM_ADDR :
				   type == TR_VT_UMOD ? TRL_USYM_MOD :
							TRL_USYM_FUNC,
				   name, sizeof(name));
	}
	fprintf(f, "  %-50s", name);
}

void trl_print_stack_as(FILE *f, enum tr_vtype type, const u8 *v, u32 size,
			int indent, const char *cfmt)
{
	char name[512];
	u64 pid = 0, pc;
	u32 i = 0;

	fputc('\n', f);
	if (type == TR_VT_USTACK && size >= sizeof(pid)) {
		memcpy(&pid, v, sizeof(pid));
		i = sizeof(pid);
	}
	for (; i + sizeof(pc) <= size; i += sizeof(pc)) {
		memcpy(&pc, v + i, sizeof(pc));
		if (!pc)
			break;
		if (type == TR_VT_USTACK)
			trl_usym_format((pid_t)pid, pc, name, sizeof(name));
		else
			trl_ksym_format(pc, true, name, sizeof(name));
		fprintf(f, "%*s", indent, "");
		fprintf(f, cfmt, name);
		fputc('\n', f);
	}
}

void trl_print_stack(FILE *f, enum tr_vtype type, const u8 *v, u32 size)
{
	trl_print_stack_as(f, type, v, size, TRL_STACK_INDENT, "%s");
}
