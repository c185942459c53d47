// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/syscalls.c - system call names and numbers (x86-64), for the
 * syscall provider and the syscalls tracepoint category (tpsys.c, args.c).
 *
 * The table is generated at build time from <asm/unistd_64.h>
 * (compiler/syscall_names.sh -> build/compiler/syscall_names.h), so it
 * holds the __NR_ names: "stat", "fstat", "uname".  The kernel names some
 * of their tracepoint events after the function that implements them
 * (sys_enter_newstat, sys_enter_sendfile64), which the lookups below map:
 * an event name is tried as it is, then without "new", then without "64".
 */
#include "trc_impl.h"

static const char *const trc_syscall_names[] = {
#define X(name, nr) name,
#include "syscall_names.h"
#undef X
};

static const u32 trc_syscall_nrs[] = {
#define X(name, nr) nr,
#include "syscall_names.h"
#undef X
};

int trc_syscall_nr(const char *name)
{
	u32 i;

	for (i = 0; i < ARRAY_SIZE(trc_syscall_names); i++)
		if (!strcmp(trc_syscall_names[i], name))
			return trc_syscall_nrs[i];
	return -1;
}

/* @name, else @name without "new" in front, else without "64" behind. */
static int trc_syscall_kernel_nr(const char *name)
{
	size_t n = strlen(name);
	char base[64];
	int nr = trc_syscall_nr(name);

	if (nr < 0 && !strncmp(name, "new", 3))
		nr = trc_syscall_nr(name + 3);
	if (nr < 0 && n > 2 && n < sizeof(base) &&
	    !strcmp(name + n - 2, "64")) {
		memcpy(base, name, n - 2);
		base[n - 2] = '\0';
		nr = trc_syscall_nr(base);
	}
	return nr;
}

int trc_syscall_event_nr(const char *event)
{
	if (!strncmp(event, "sys_enter_", 10))
		return trc_syscall_kernel_nr(event + 10);
	if (!strncmp(event, "sys_exit_", 9))
		return trc_syscall_kernel_nr(event + 9);
	return -1;
}

const char *trc_syscall_event_name(const char *event)
{
	int nr = trc_syscall_event_nr(event);
	u32 i;

	for (i = 0; nr >= 0 && i < ARRAY_SIZE(trc_syscall_names); i++)
		if (trc_syscall_nrs[i] == (u32)nr)
			return trc_syscall_names[i];
	return NULL;
}

const char *trc_syscall_closest(const char *name)
{
	return trc_closest(name, trc_syscall_names,
			   ARRAY_SIZE(trc_syscall_names));
}
