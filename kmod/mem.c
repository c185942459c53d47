// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/mem.c - accounted allocation for the whole module.
 *
 * Allocations are made only in process context (open and LOAD), never in
 * probe context.  They are charged to the caller's memory cgroup, since a
 * session's size is chosen by its user.  Two atomic counters track what is
 * live and are shown read-only as /sys/module/tracer/parameters/live_bytes
 * and live_allocs.
 */
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include "mem.h"

static atomic64_t tr_live_bytes = ATOMIC64_INIT(0);
static atomic64_t tr_live_allocs = ATOMIC64_INIT(0);

void *tr_mem_alloc(size_t size, int node)
{
	void *p;

	p = kvzalloc_node(size, GFP_KERNEL_ACCOUNT | __GFP_NOWARN, node);
	if (!p)
		return NULL;
	atomic64_add(size, &tr_live_bytes);
	atomic64_inc(&tr_live_allocs);
	return p;
}

void tr_mem_free(void *p, size_t size)
{
	if (!p)
		return;
	kvfree(p);
	atomic64_sub(size, &tr_live_bytes);
	atomic64_dec(&tr_live_allocs);
}

s64 tr_mem_live_allocs(void)
{
	return atomic64_read(&tr_live_allocs);
}

static int tr_mem_param_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%lld\n", (long long)atomic64_read(kp->arg));
}

/* The counters are outputs only: refuse them on the insmod command line. */
static int tr_mem_param_set(const char *val, const struct kernel_param *kp)
{
	return -EPERM;
}

static const struct kernel_param_ops tr_mem_param_ops = {
	.get = tr_mem_param_get,
	.set = tr_mem_param_set,
};

module_param_cb(live_bytes, &tr_mem_param_ops, &tr_live_bytes, 0444);
MODULE_PARM_DESC(live_bytes, "bytes the module holds now (read only)");
module_param_cb(live_allocs, &tr_mem_param_ops, &tr_live_allocs, 0444);
MODULE_PARM_DESC(live_allocs, "allocations the module holds now (read only)");
