// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/busyloop.c - a known hot user function for the %A test
 * (t-usym): spins in spin_here() until SECONDS have passed, then exits,
 * so that nearly every user PC a profile probe samples in it lies in
 * spin_here().
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

	for (i = 0; i < 1000000; i++)
		busyloop_sink += i;
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
