// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/sleeploop.c - the workload for the sched_switch test:
 * prints its pid, waits until a go-file exists, renames itself NAME,
 * sleeps 1 ms N times, renames itself "sleeploop-done" and exits.  Both
 * renames happen while it runs, so every switch away from the CPU under
 * NAME is followed by a switch back under NAME: there are as many of each,
 * at least N (more if it is preempted or migrated).
 *
 *   sleeploop N GOFILE NAME
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };
	const struct timespec ms = { 0, 1000 * 1000 };
	long n, i;

	if (argc != 4 || (n = atol(argv[1])) < 0) {
		fprintf(stderr, "usage: sleeploop N GOFILE NAME\n");
		return 2;
	}
	printf("%d\n", (int)getpid());
	fflush(stdout);
	while (access(argv[2], F_OK))
		nanosleep(&tick, NULL);
	if (prctl(PR_SET_NAME, argv[3], 0, 0, 0)) {
		perror("sleeploop: prctl");
		return 1;
	}
	for (i = 0; i < n; i++)
		nanosleep(&ms, NULL);
	if (prctl(PR_SET_NAME, "sleeploop-done", 0, 0, 0)) {
		perror("sleeploop: prctl");
		return 1;
	}
	return 0;
}
