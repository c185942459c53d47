// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/dynvar.c - common/dynvar.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/dynvar.c"
