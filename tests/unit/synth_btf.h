/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/unit/synth_btf.h - the compiler tests' synthetic kernel BTF.
 */
#ifndef SYNTH_BTF_H
#define SYNTH_BTF_H

#include "tracer/env.h"

/*
 * Write DIR/vmlinux and DIR/modules/synthmod (synth_btf.c says what they
 * hold) and point TRACER_BTF and TRACER_BTF_MODULES at them.  0 or -1.
 */
int synth_btf_use(const char *dir);

#endif /* SYNTH_BTF_H */
