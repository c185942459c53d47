// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_usyms.c - libtracer/usyms.c names user addresses as
 * DTrace's dtrace_uaddr2str() does, here in this test's own process: a PIE
 * executable (its load bias), libc (a shared object, .dynsym only), a
 * static function (.symtab only), data, a mapped file without a symbol
 * there, unmapped addresses, and a process that is gone (a snapshot taken
 * while it lived still names its addresses; none: hex); and ustack()
 * values printed as dt_print_ustack() prints them, each named in its own
 * process; usym(), uaddr() and umod() names and the addresses their keys
 * merge on.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tracer.h"
#include "check.h"

int usyms_data[16] = { 1 };		/* .data: in the file */
extern char __executable_start[];	/* the linker's: no FUNC/OBJECT */

noinline int usyms_spin_here(int n)
{
	int i, s = 0;

	for (i = 0; i < n; i++)
		s += usyms_data[i & 15] * i;
	return s;
}

static noinline int usyms_local(int n)
{
	return usyms_spin_here(n) + 1;
}

static char buf[512];

static const char *fmt(pid_t pid, u64 addr)
{
	trl_usym_format(pid, addr, buf, sizeof(buf));
	return buf;
}

#define ADDR(p)	((u64)(unsigned long)(p))

static void test_self(void)
{
	pid_t me = getpid();
	char want[64];

	CHECK(!strcmp(fmt(me, ADDR(usyms_spin_here) + 3),
		      "test_usyms`usyms_spin_here+0x3"),
	      "a global function of the PIE executable: %s", buf);
	CHECK(!strcmp(fmt(me, ADDR(usyms_spin_here)),
		      "test_usyms`usyms_spin_here"),
	      "at the symbol itself, no offset: %s", buf);
	CHECK(!strcmp(fmt(me, ADDR(usyms_local) + 1),
		      "test_usyms`usyms_local+0x1"),
	      "a static function, from .symtab: %s", buf);
	CHECK(!strcmp(fmt(me, ADDR(&usyms_data[2])), "test_usyms`usyms_data+0x8"),
	      "an object: %s", buf);
	CHECK(!strncmp(fmt(me, ADDR(getpid)), "libc.so.6`", 10) &&
	      !strstr(buf, "0x"), "a libc function, from .dynsym: %s", buf);
	snprintf(want, sizeof(want), "test_usyms`0x%llx",
		 (unsigned long long)ADDR(__executable_start));
	CHECK(!strcmp(fmt(me, ADDR(__executable_start)), want),
	      "mapped, no symbol: %s, want %s", buf, want);
	CHECK(!strcmp(fmt(me, 0x10), "0x10"), "unmapped: %s", buf);
	snprintf(want, sizeof(want), "0x%llx",
		 (unsigned long long)ADDR(usyms_spin_here));
	CHECK(!strcmp(fmt(0, ADDR(usyms_spin_here)), want),
	      "no process (no $target): hex: %s", buf);
	CHECK(usyms_local(3) == 1, "the functions run");
}

/* A child's mappings (a copy of ours) named after it has gone. */
static void test_gone(void)
{
	int fds[2], status;
	char go, want[64];
	pid_t pid;

	if (pipe(fds)) {
		CHECK(0, "pipe: %s", strerror(errno));
		return;
	}
	pid = fork();
	if (!pid) {
		close(fds[1]);
		while (read(fds[0], &go, 1) < 0 && errno == EINTR)
			;
		_exit(0);
	}
	close(fds[0]);
	CHECK(pid > 0 && !trl_usym_refresh(pid), "snapshot of a live child");
	close(fds[1]);
	waitpid(pid, &status, 0);
	CHECK(trl_usym_refresh(pid) < 0, "no snapshot of a gone process");
	CHECK(!strcmp(fmt(pid, ADDR(usyms_spin_here) + 3),
		      "test_usyms`usyms_spin_here+0x3"),
	      "the last snapshot outlives the process: %s", buf);

	/* a process never seen: hex */
	pid = fork();
	if (!pid)
		_exit(0);
	waitpid(pid, &status, 0);
	snprintf(want, sizeof(want), "0x%llx",
		 (unsigned long long)ADDR(usyms_spin_here));
	CHECK(!strcmp(fmt(pid, ADDR(usyms_spin_here)), want),
	      "a gone process never seen: hex: %s", buf);
}

/* usym(), uaddr(), umod(): the names, and the addresses keys merge on. */
static void test_how(void)
{
	pid_t me = getpid();
	u64 at = ADDR(usyms_spin_here) + 3;
	char want[64];

	trl_usym_format_as(me, at, TRL_USYM_FUNC, buf, sizeof(buf));
	CHECK(!strcmp(buf, "test_usyms`usyms_spin_here"),
	      "usym(): the function, no offset: %s", buf);
	trl_usym_format_as(me, at, TRL_USYM_ADDR, buf, sizeof(buf));
	CHECK(!strcmp(buf, "test_usyms`usyms_spin_here+0x3"),
	      "uaddr(): with its offset: %s", buf);
	trl_usym_format_as(me, at, TRL_USYM_MOD, buf, sizeof(buf));
	CHECK(!strcmp(buf, "test_usyms"), "umod(): the object: %s", buf);
	trl_usym_format_as(me, 0x10, TRL_USYM_MOD, buf, sizeof(buf));
	CHECK(!strcmp(buf, "0x10"), "umod() of nothing mapped: %s", buf);
	snprintf(want, sizeof(want), "test_usyms`0x%llx",
		 (unsigned long long)ADDR(__executable_start));
	trl_usym_format_as(me, ADDR(__executable_start), TRL_USYM_FUNC, buf,
			   sizeof(buf));
	CHECK(!strcmp(buf, want), "usym() without a symbol: %s", buf);
	CHECK(trl_usym_base(me, at, TRL_USYM_FUNC) == ADDR(usyms_spin_here),
	      "usym() keys merge on the function's address");
	CHECK(trl_usym_base(me, at, TRL_USYM_ADDR) == at,
	      "uaddr() keys do not merge");
	CHECK(trl_usym_base(me, at, TRL_USYM_MOD) ==
	      trl_usym_base(me, ADDR(usyms_local), TRL_USYM_MOD) &&
	      trl_usym_base(me, at, TRL_USYM_MOD) <= ADDR(usyms_local),
	      "umod() keys merge on a mapping's start");
	CHECK(trl_usym_base(me, 0x10, TRL_USYM_FUNC) == 0x10,
	      "an unknown address stays itself");
}

/* A ustack() value: @pid, then @n pcs, 0 after them. */
static const char *ustack_str(pid_t pid, const u64 *pcs, u32 n,
			      const char *cfmt)
{
	u64 v[6] = { (u64)pid };
	FILE *f = fmemopen(buf, sizeof(buf), "w");

	memcpy(v + 1, pcs, n * sizeof(*pcs));
	if (cfmt)
		trl_print_stack_as(f, TR_VT_USTACK, (const u8 *)v, sizeof(v),
				   4, cfmt);
	else
		trl_print_stack(f, TR_VT_USTACK, (const u8 *)v, sizeof(v));
	fclose(f);
	return buf;
}

static void test_ustack(void)
{
	const u64 pcs[3] = { ADDR(usyms_spin_here) + 3, ADDR(usyms_local) + 1,
			     0x10 };
	char want[256];
	int status;
	pid_t pid;

	CHECK(!strcmp(ustack_str(getpid(), pcs, 3, NULL),
		      "\n              test_usyms`usyms_spin_here+0x3\n"
		      "              test_usyms`usyms_local+0x1\n"
		      "              0x10\n"),
	      "ustack(): dt_print_ustack()'s lines: %s", buf);
	CHECK(!strcmp(ustack_str(getpid(), pcs, 1, "[%-32s]"),
		      "\n    [test_usyms`usyms_spin_here+0x3  ]\n"),
	      "printa()'s %%k: indent and format: %s", buf);
	CHECK(!strcmp(ustack_str(0, pcs, 0, NULL), "\n"),
	      "no user context (pid 0, no frame): a newline: %s", buf);

	pid = fork();		/* another process, gone before it is named */
	if (!pid)
		_exit(0);
	waitpid(pid, &status, 0);
	snprintf(want, sizeof(want), "\n              0x%llx\n",
		 (unsigned long long)pcs[0]);
	CHECK(!strcmp(ustack_str(pid, pcs, 1, NULL), want),
	      "the frames of a gone process never seen: hex: %s", buf);
	CHECK(!strcmp(ustack_str(getpid(), pcs + 1, 1, NULL),
		      "\n              test_usyms`usyms_local+0x1\n"),
	      "and those of a live one still named: %s", buf);
}

static void test_wanted(void)
{
	struct tr_rec_meta recs[2] = { { .fmt = "%d %a\n" }, { 0 } };
	struct tr_program p = { .recs = recs, .nrecs = 2 };
	struct tr_field f = { .type = TR_VT_INT, .size = 8 };
	struct tr_field key = { .type = TR_VT_STACK, .size = 16 };
	struct tr_agg_meta agg = { .nkeys = 1, .keys = &key };

	CHECK(!trl_usym_wanted(&p), "%%a is not %%A");
	recs[1].fmt = "%%A %-20A %@d\n";
	CHECK(trl_usym_wanted(&p), "%%A is wanted");
	recs[1].fmt = "%%A\n";
	CHECK(!trl_usym_wanted(&p), "%%%%A is no conversion");
	recs[1].args = &f;
	recs[1].nargs = 1;
	CHECK(!trl_usym_wanted(&p), "an integer is no user address");
	f.type = TR_VT_UADDR;
	CHECK(trl_usym_wanted(&p), "a uaddr() record is wanted");
	recs[1].nargs = 0;
	p.aggs = &agg;
	p.naggs = 1;
	CHECK(!trl_usym_wanted(&p), "a stack() key is not");
	key.type = TR_VT_USTACK;
	CHECK(trl_usym_wanted(&p), "a ustack() key is wanted");
}

int main(void)
{
	test_self();
	test_gone();
	test_ustack();
	test_how();
	test_wanted();
	trl_usym_set_target(42);
	CHECK(trl_usym_target() == 42, "the target is kept");
	return check_report("test_usyms");
}
