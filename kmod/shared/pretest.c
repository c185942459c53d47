// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/pretest.c - common/pretest.c compiled into the module, with
 * its object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/pretest.c"
