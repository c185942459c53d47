// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/kmem.c - the environment's no-fault reads of kernel and user memory
 * (include/tracer/kmem.h), for LDK and the copy helpers.
 *
 * Called in probe context (any context, NMI included): the kernel's
 * copy_from_kernel_nofault() and copy_from_user_nmi() never sleep and turn
 * a page fault into an error.  User memory is read with
 * copy_from_user_nmi(), the accessor of perf's user stack walks, rather
 * than copy_from_user_nofault(): both disable page faults, but in 6.1
 * only copy_from_user_nmi() checks nmi_uaccess_okay() (newer kernels'
 * copy_from_user_nofault() do too), that the page tables loaded are the
 * current task's -- not the next task's in the middle of a context switch
 * (an fbt probe there), nor those a lazy-TLB kernel thread borrows.
 * Before calling them, every read is checked here to lie wholly
 * in the canonical kernel half (kernel reads) or below TASK_SIZE_MAX (user
 * reads) for the paging depth in use: 6.1's and 6.12's
 * copy_from_kernel_nofault_allowed() judge canonical addresses by the
 * CPU's virtual address bits (57 on an LA57 CPU), so on a 4-level kernel
 * an address such as 0x0001000000000000 passes and its #GP trips the
 * "General protection fault in user access" WARN.  The vsyscall page is
 * refused too (reading it can fault unhandled; newer kernels refuse it
 * themselves).  So a script cannot reach user memory through a kernel
 * read or the reverse.  strncpy_from_*_nofault() are not exported to
 * modules, so strings are read with tr_kmem_read_str(), in chunks that
 * never cross a page.
 */
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <asm/vsyscall.h>
#include "tracer/kmem.h"

#define TR_KMEM_CHUNK	64	/* bytes read at a time for strings */

/* Is [@src, @src + @len) in the canonical kernel half, off vsyscall? */
static bool tr_kmem_kernel_range(u64 src, u32 len)
{
	u64 last = src + len - 1;

	return len && last >= src &&
	       src >= ~((1ull << __VIRTUAL_MASK_SHIFT) - 1) &&
	       (last < VSYSCALL_ADDR || src >= VSYSCALL_ADDR + PAGE_SIZE);
}

int tr_env_read_kernel(void *dst, u64 src, u32 len)
{
	if (!tr_kmem_kernel_range(src, len))
		return -EFAULT;
	return copy_from_kernel_nofault(dst, (const void *)(unsigned long)src,
					len) ? -EFAULT : 0;
}

int tr_env_read_user(void *dst, u64 src, u32 len)
{
	if (src >= TASK_SIZE_MAX || len > TASK_SIZE_MAX - src)
		return -EFAULT;
	return copy_from_user_nmi(dst, (const void __user *)(unsigned long)src,
				  len) ? -EFAULT : 0;
}

long tr_env_read_kernel_str(char *dst, u64 src, u32 max)
{
	return tr_kmem_read_str(dst, src, max, tr_env_read_kernel,
				TR_KMEM_CHUNK, PAGE_SIZE);
}

long tr_env_read_user_str(char *dst, u64 src, u32 max)
{
	return tr_kmem_read_str(dst, src, max, tr_env_read_user,
				TR_KMEM_CHUNK, PAGE_SIZE);
}
