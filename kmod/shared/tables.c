// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/shared/tables.c - common/tables.c compiled into the module, with its
 * object kept inside kmod/ (see kmod/Kbuild).
 */
#include "../../common/tables.c"
