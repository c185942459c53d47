// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/busyloop.c - a known hot user function for the %A test
 * (t-usym) and ustack() (t-ustack): spins in spin_here(), called by
 * main(), until SECONDS have passed, then exits, so that nearly every user
 * PC a profile probe samples in it lies in spin_here().  Built with frame
 * pointers (Makefile); GCC 12 still sets none up in a leaf function that
 * needs no stack frame, so spin_here() takes its frame's address: it then
 * has one, and a frame-pointer walk from it finds main().
 *
 *   busyloop SECONDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

volatile unsigned long busyloop_sink;

__attribute__((noinline)) void spin_here(void)
{
	unsigned long i;

	for (i = 0; i < 1000000; i++) {
		busyloop_sink += i;
		__asm__ volatile("" : : "r"(__builtin_frame_address(0)));
	}
}

int main(int argc, char **argv)
{
	struct timespec now, end;

	if (argc != 2 || atoi(argv[1]) <= 0) {
		fprintf(stderr, "usage: busyloop SECONDS\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	end.tv_sec += atoi(argv[1]);
	do {
		spin_here();
		clock_gettime(CLOCK_MONOTONIC, &now);
	} while (now.tv_sec < end.tv_sec ||
		 (now.tv_sec == end.tv_sec && now.tv_nsec < end.tv_nsec));
	return 0;
}
