// SPDX-License-Identifier: GPL-2.0
/*
 * common/tables.c - the static tables expanded from the X-macro lists in
 * include/: opcodes, builtins, faults, aggregating functions and
 * helpers.  Each table is checked against its enumeration at compile time.
 */
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "tracer/faults.h"
#include "tracer/agg.h"
#include "tracer/helpers.h"

const struct tr_op_info tr_op_table[TR_NOPCODES] = {
#define TR_X_OP(name, ra, rb, rc, rk, meaning)				\
	[TR_OP_##name] = { #name, TR_R_##ra, TR_R_##rb, TR_C_##rc,	\
			   TR_K_##rk, meaning },
	TR_OPCODES(TR_X_OP)
#undef TR_X_OP
};
TR_STATIC_ASSERT(TR_NOPCODES <= 256, "opcodes must fit the 8-bit op field");

const struct tr_builtin_info tr_builtin_table[TR_NBUILTINS] = {
#define TR_X_BI(name, dname, kind, sz, sgn, dtype)			\
	[TR_BI_##name] = { dname, dtype, TR_BUILTIN_##kind, sgn, sz },
	TR_BUILTINS(TR_X_BI)
#undef TR_X_BI
};

const char *const tr_fault_names[TR_NFAULTS] = {
#define TR_X_FAULT(name, msg, code) [TR_FAULT_##name] = msg,
	TR_FAULTS(TR_X_FAULT)
#undef TR_X_FAULT
};

const u8 tr_fault_dtrace_codes[TR_NFAULTS] = {
#define TR_X_FAULT(name, msg, code) [TR_FAULT_##name] = code,
	TR_FAULTS(TR_X_FAULT)
#undef TR_X_FAULT
};
TR_STATIC_ASSERT(TR_NFAULTS <= TR_STATUS_MAX_FAULTS,
		 "struct tr_ioc_status reports every fault kind");

const u8 tr_agg_nvals[TR_NAGG_FUNCS] = {
#define TR_X_AGG(name, dname, nvals) [TR_AGG_##name] = nvals,
	TR_AGG_FUNCS(TR_X_AGG)
#undef TR_X_AGG
};

const char *const tr_agg_names[TR_NAGG_FUNCS] = {
#define TR_X_AGG(name, dname, nvals) [TR_AGG_##name] = dname,
	TR_AGG_FUNCS(TR_X_AGG)
#undef TR_X_AGG
};

const struct tr_helper_info tr_helper_table[] = {
#define TR_X_HLP(name, dname, nargs, ret, usec, meaning)		\
	[TR_HLP_##name] = { dname, nargs, TR_HELPER_##ret, usec, meaning },
	TR_HELPERS(TR_X_HLP)
#undef TR_X_HLP
};
TR_STATIC_ASSERT(ARRAY_SIZE(tr_helper_table) == TR_NHELPERS,
		 "one helper_table entry per helper");
