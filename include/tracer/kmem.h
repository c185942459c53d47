/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tracer/kmem.h - reading kernel and user memory from probe
 * context: the environment's no-fault accessors, used by the interpreter
 * (LDK) and the helpers that copy strings and bytes (common/helpers.c).
 *
 * The module implements them with the kernel's *_nofault functions
 * (kmod/kmem.c); the host tests and the fuzzer with a table of fake kernel
 * and user ranges (tests/unit/env_mock.c).  In both, a kernel read of a
 * user address fails, and a user read of a kernel address fails, as the
 * x86 kernel's functions do.  None of them sleeps, locks or allocates.
 */
#ifndef TRACER_KMEM_H
#define TRACER_KMEM_H

#include "tracer/env.h"

/* @len bytes at kernel address @src into @dst: 0, or -EFAULT if any byte
 * is unreadable (copy_from_kernel_nofault). */
int tr_env_read_kernel(void *dst, u64 src, u32 len);

/* @len bytes at user address @src of the current task into @dst: 0, or
 * -EFAULT if any byte is unreadable (copy_from_user_nmi). */
int tr_env_read_user(void *dst, u64 src, u32 len);

/*
 * The NUL-terminated kernel string at @src into @dst: at most @max - 1
 * bytes and a NUL (@max >= 1).  Returns the bytes copied including the
 * NUL (>= 1), or -EFAULT if a byte before the NUL or the limit is
 * unreadable (strncpy_from_kernel_nofault).  The bytes of @dst after the
 * NUL are unspecified.
 */
long tr_env_read_kernel_str(char *dst, u64 src, u32 max);

/* As tr_env_read_kernel_str(), for a user string of the current task
 * (strncpy_from_user_nofault). */
long tr_env_read_user_str(char *dst, u64 src, u32 max);

/*
 * The string reads of both environments, over their @read (one of the
 * above): @src is read in chunks of at most @chunk bytes that never cross
 * a multiple of @page (a power of two), so each chunk is readable as a
 * whole or not at all (the kernel's pages; the host mock passes 1: byte by
 * byte) and a read past the NUL stays where the string was.
 */
static inline long tr_kmem_read_str(char *dst, u64 src, u32 max,
				    int (*read)(void *dst, u64 src, u32 len),
				    u32 chunk, u64 page)
{
	u32 n = 0, len, i;

	if (!max)
		return -EFAULT;
	while (n < max - 1) {
		len = max - 1 - n < chunk ? max - 1 - n : chunk;
		if (len > page - ((src + n) & (page - 1)))
			len = page - ((src + n) & (page - 1));
		if (read(dst + n, src + n, len))
			return -EFAULT;
		for (i = 0; i < len; i++)
			if (!dst[n + i])
				return n + i + 1;
		n += len;
	}
	dst[n] = '\0';
	return n + 1;
}

#endif /* TRACER_KMEM_H */
