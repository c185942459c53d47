/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/env.h - the few definitions that differ between the kernel
 * and userspace builds of the shared code in common/.
 *
 * The files of common/ include only this header for types, memory helpers, errno
 * values and barriers, so the same source compiles unchanged into the module
 * and into the host tools, tests and fuzzers.
 */
#ifndef TRACER_ENV_H
#define TRACER_ENV_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <asm/barrier.h>

#define TR_STATIC_ASSERT(cond, msg)	static_assert(cond, msg)
/* Scratch work memory for the verifier: process context only. */
#define tr_work_alloc(n)	kvmalloc((n), GFP_KERNEL)
#define tr_work_free(p)		kvfree(p)
/*
 * The lock of a session-wide table (common/dynvar.c), taken in probe
 * context, even in NMI: a raw spinlock with interrupts off, so it spins on
 * PREEMPT_RT too.  The per-CPU guard (kmod/run.c) keeps a CPU from
 * re-entering it; another CPU's holder always finishes.
 */
typedef raw_spinlock_t tr_lock_t;
#define tr_lock_init(l)		raw_spin_lock_init(l)
#define tr_lock(l, flags)	raw_spin_lock_irqsave((l), (flags))
#define tr_unlock(l, flags)	raw_spin_unlock_irqrestore((l), (flags))
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdlib.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#define TR_STATIC_ASSERT(cond, msg)	_Static_assert(cond, msg)
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define noinline	__attribute__((__noinline__))
#ifndef __always_inline		/* glibc's sys/cdefs.h has one */
#define __always_inline	inline __attribute__((__always_inline__))
#endif
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define READ_ONCE(x)	__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define smp_load_acquire(p)	__atomic_load_n((p), __ATOMIC_ACQUIRE)
#define smp_store_release(p, v)	__atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define tr_work_alloc(n)	malloc(n)
#define tr_work_free(p)		free(p)
/* Single-threaded host tools: the lock only counts, for the tests. */
typedef struct { int held; } tr_lock_t;
#define tr_lock_init(l)		((l)->held = 0)
#define tr_lock(l, flags)	((void)(flags = 0), (l)->held++)
#define tr_unlock(l, flags)	((void)(flags), (l)->held--)
#endif

#endif /* TRACER_ENV_H */
