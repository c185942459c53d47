/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kmod/mem.h - the module's only way to allocate memory.
 *
 * Every allocation goes through tr_mem_alloc() and comes back through
 * tr_mem_free() with the same size, so that the module-wide counters
 * live_bytes and live_allocs (read-only module parameters) say exactly how
 * much the module holds.  They return to zero when every session is closed;
 * the lifecycle tests rely on that.
 */
#ifndef TR_KMOD_MEM_H
#define TR_KMOD_MEM_H

#include <linux/types.h>

/* Zeroed memory on NUMA node @node (NUMA_NO_NODE: any); may sleep. */
void *tr_mem_alloc(size_t size, int node);

/* Free what tr_mem_alloc() returned; @size as allocated.  NULL is a no-op. */
void tr_mem_free(void *p, size_t size);

/* Objects still allocated: checked once at module exit. */
s64 tr_mem_live_allocs(void);

#endif /* TR_KMOD_MEM_H */
