// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/openfail.c - a known user stack at a failing system call,
 * for ustack() (t-ustack) and the Guide's badopen.d (t-guide-badopen):
 * main() calls open_noatime(), which makes the open() system call itself
 * (the syscall instruction, not libc's wrapper, which has no frame
 * pointer) on PATH with O_NOATIME as file system uid 65534 (setfsuid():
 * not the owner, and without CAP_FOWNER), so that it fails with EPERM: the
 * return value -1 that badopen.d looks for.
 *
 *   openfail N GOFILE PATH
 *
 * Prints its pid, waits until GOFILE exists (so the tracer can attach
 * first), makes N such calls, then prints "SYSCALL_OFF MAIN_OFF", the
 * offsets ustack() shows: of the pc after the syscall instruction in
 * open_noatime() and of its return address in main(); and exits once
 * GOFILE is gone again (so the tracer reads its records, and names their
 * frames, while it lives).  Built with
 * -fno-omit-frame-pointer (Makefile), so a frame-pointer walk finds main.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/fsuid.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static unsigned long syscall_off, main_off;

int main(int argc, char **argv);

__attribute__((noinline)) long open_noatime(const char *path)
{
	unsigned long after;
	long ret;

	asm volatile("lea 1f(%%rip), %1\n\tsyscall\n1:"
		     : "=a"(ret), "=&r"(after)
		     : "0"((long)SYS_open), "D"(path),
		       "S"((long)(O_RDONLY | O_NOATIME))
		     : "rcx", "r11", "memory");
	syscall_off = after - (unsigned long)open_noatime;
	main_off = (unsigned long)__builtin_return_address(0) -
		   (unsigned long)main;
	return ret;
}

int main(int argc, char **argv)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };
	long n, i;

	if (argc != 4 || (n = atol(argv[1])) < 1) {
		fprintf(stderr, "usage: openfail N GOFILE PATH\n");
		return 2;
	}
	printf("%d\n", (int)getpid());
	fflush(stdout);
	while (access(argv[2], F_OK))
		nanosleep(&tick, NULL);
	setfsuid(65534);
	for (i = 0; i < n; i++)
		if (open_noatime(argv[3]) != -1) {
			fprintf(stderr, "openfail: open did not fail with EPERM\n");
			return 1;
		}
	printf("%#lx %#lx\n", syscall_off, main_off);
	fflush(stdout);
	while (!access(argv[2], F_OK))
		nanosleep(&tick, NULL);
	return 0;
}
