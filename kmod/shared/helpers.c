// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/helpers.c - common/helpers.c compiled into the module, with
 * its object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/helpers.c"
