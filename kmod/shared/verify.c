// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/verify.c - common/verify.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/verify.c"
