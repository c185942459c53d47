// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/trace.c - trace(x) output, as illumos dt_consume.c prints a
 * DIFEXPR record (dt_consume_cpu()):
 *
 *   integer of 8 bytes   "%lld", or " %16lld" without quiet
 *              4 bytes   "%d" (signed), or " %8d"
 *              2 bytes   "%d" (unsigned), or " %5d"
 *              1 byte    "%d" (unsigned), or " %3d"
 *   stack()              dt_print_stack() (symprint.c), quiet or not
 *   ustack()             dt_print_ustack(): the same, named in the
 *                        recorded process (usyms.c)
 *   func(), sym()        dt_print_sym() (symprint.c), quiet or not
 *   usym(), ufunc(), uaddr(), umod()
 *                        dt_print_usym(), dt_print_umod(): the same
 *   string               dt_print_bytes() with width -33: "%s" when quiet
 *                        and the bytes are text then NULs, else as
 *                        without quiet ("  %-33s", or a hex dump when not
 *                        text, e.g. the empty string)
 *
 * Without quiet, the line of the firing is begun and ended by the
 * consumer (consume.c).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "tracer.h"

#define TRL_TRACE_WIDTH	(-33)	/* dt_consume_cpu()'s width for data */

/* Text then only NULs, as dt_print_bytes() tells a string. */
static bool trl_is_cstring(const u8 *c, u32 n)
{
	u32 i = 0;

	while (i < n && c[i] && trl_is_text(c[i]))
		i++;
	if (!i || i == n)
		return false;
	for (; i < n; i++)
		if (c[i])
			return false;
	return true;
}

int trl_trace(FILE *f, const struct tr_rec_meta *rm, const u8 *payload,
	      u32 len, bool quiet, char *msg, size_t msg_len)
{
	const struct tr_field *fld = rm->nargs == 1 ? &rm->args[0] : NULL;
	u64 raw;

	if (!fld || fld->offset > len || fld->size > len - fld->offset ||
	    (fld->type == TR_VT_INT && len - fld->offset < sizeof(raw))) {
		snprintf(msg, msg_len, "the record has no value");
		return -EINVAL;
	}
	if (fld->type == TR_VT_STACK || fld->type == TR_VT_USTACK) {
		trl_print_stack(f, fld->type, payload + fld->offset,
				fld->size);
	} else if (fld->type == TR_VT_SYM || trl_is_usym(fld->type)) {
		if (len - fld->offset < (fld->type == TR_VT_SYM ? 8u : 16u)) {
			snprintf(msg, msg_len, "the record has no address");
			return -EINVAL;
		}
		trl_print_sym(f, fld->type, payload + fld->offset);
	} else if (fld->type == TR_VT_STR) {
		if (quiet && trl_is_cstring(payload + fld->offset, fld->size))
			fputs((const char *)payload + fld->offset, f);
		else
			trl_print_bytes(f, payload + fld->offset, fld->size,
					TRL_TRACE_WIDTH);
	} else {
		memcpy(&raw, payload + fld->offset, sizeof(raw));
		switch (fld->size) {
		case 8:
			fprintf(f, quiet ? "%lld" : " %16lld", (long long)raw);
			break;
		case 4:
			fprintf(f, quiet ? "%d" : " %8d", (int)(u32)raw);
			break;
		case 2:
			fprintf(f, quiet ? "%d" : " %5d", (int)(u16)raw);
			break;
		default:
			fprintf(f, quiet ? "%d" : " %3d", (int)(u8)raw);
			break;
		}
	}
	return 0;
}
