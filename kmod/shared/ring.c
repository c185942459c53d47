// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/ring.c - common/ring.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/ring.c"
