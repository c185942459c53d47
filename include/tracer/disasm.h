/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/disasm.h - one disassembler for the module's messages and
 * for `tracer -S`: an instruction as text, e.g. "add r1, r2, r3".
 */
#ifndef TRACER_DISASM_H
#define TRACER_DISASM_H

#include "tracer/env.h"

/* Write instruction @insn at index @pc as text into @buf; returns @buf. */
char *tr_disasm(u64 insn, u32 pc, char *buf, u32 len);

#endif /* TRACER_DISASM_H */
