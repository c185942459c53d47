// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/interp.c - common/interp.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/interp.c"
