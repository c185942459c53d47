/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/va.h - VM addresses to host pointers: the one place the
 * bounds of every memory access are checked, used by the interpreter
 * (common/interp.c) and the helpers (common/helpers.c).
 *
 * A VM address names a region (TR_VA_* in isa.h) and an offset; an access
 * is allowed only if all of it lies inside the region, and rodata only for
 * reading, and the probe record (tpsys) only for reading, within the
 * record's own size.  Globals and dynamic variables (vars) are session-wide: a
 * dynamic entry deleted meanwhile reads stale, never out of bounds.
 */
#ifndef TRACER_VA_H
#define TRACER_VA_H

#include "tracer/isa.h"
#include "tracer/interp.h"

/* Host pointer for @len bytes at VM address @va, or NULL (and @va kept). */
static inline u8 *tr_va_ptr(struct tr_vm *vm, u64 va, u64 len, bool write)
{
	u64 off = TR_VA_OFF(va);

	switch (TR_VA_REGION(va)) {
	case TR_VA_SCRATCH:
		if (off + len <= vm->prog->hdr->scratch_size)
			return vm->scratch + off;
		break;
	case TR_VA_RODATA:
		if (!write && off + len <= vm->prog->rodata_len)
			return (u8 *)vm->prog->rodata + off;
		break;
	case TR_VA_GLOBALS:
		if (off + len <= vm->prog->hdr->globals_size)
			return vm->globals + off;
		break;
	case TR_VA_DYNVAR:
		if (vm->dyn && off + len <= tr_dynvar_data_bytes(vm->dyn))
			return tr_dynvar_data(vm->dyn) + off;
		break;
	case TR_VA_PCTX:
		if (!write && vm->pctx && off + len <= vm->pctx_len)
			return (u8 *)vm->pctx + off;
		break;
	}
	vm->fault_addr = va;	/* for the ERROR probe and the fault record */
	return NULL;
}

/* Bytes readable at @va, or 0 if it is not a valid address. */
static inline u64 tr_va_room(struct tr_vm *vm, u64 va)
{
	u64 off = TR_VA_OFF(va);

	switch (TR_VA_REGION(va)) {
	case TR_VA_SCRATCH:
		if (off < vm->prog->hdr->scratch_size)
			return vm->prog->hdr->scratch_size - off;
		return 0;
	case TR_VA_RODATA:
		if (off < vm->prog->rodata_len)
			return vm->prog->rodata_len - off;
		return 0;
	case TR_VA_GLOBALS:
		if (off < vm->prog->hdr->globals_size)
			return vm->prog->hdr->globals_size - off;
		return 0;
	case TR_VA_DYNVAR:
		if (vm->dyn && off < tr_dynvar_data_bytes(vm->dyn))
			return tr_dynvar_data_bytes(vm->dyn) - off;
		return 0;
	case TR_VA_PCTX:
		if (vm->pctx && off < vm->pctx_len)
			return vm->pctx_len - off;
		return 0;
	}
	return 0;
}

#endif /* TRACER_VA_H */
