// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/agg.c - common/agg.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/agg.c"
