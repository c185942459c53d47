// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/disasm.c - common/disasm.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/disasm.c"
