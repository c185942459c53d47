// SPDX-License-Identifier: GPL-2.0
/*
 * bench/loop.c - the benchmark workload: pinned to one CPU, makes RUNS
 * rounds of N read() calls of SIZE bytes (0 by default) on /dev/zero and
 * prints, per round, the nanoseconds per call measured around the round
 * with CLOCK_MONOTONIC.  With -g GOFILE it first prints its pid and waits
 * until GOFILE exists, so that a tracer can be started for this pid.  With
 * -k K the sizes cycle through 0..K-1 instead (K distinct arg2 values,
 * for the aggregation-size measurement).
 *
 *   bench-loop [-c CPU] [-n N] [-r RUNS] [-s SIZE] [-k K] [-g GOFILE]
 */
#define _GNU_SOURCE		/* sched_setaffinity(), CPU_SET() */
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static char loop_buf[1 << 20];

static long long loop_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int loop_pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		perror("bench-loop: sched_setaffinity");
		return -1;
	}
	return 0;
}

static void loop_wait_go(const char *gofile)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };

	printf("%d\n", (int)getpid());
	fflush(stdout);
	while (access(gofile, F_OK))
		nanosleep(&tick, NULL);
}

/* One round: @n reads; returns its nanoseconds, or -1. */
static long long loop_round(int fd, long n, long size, long k)
{
	long long t0 = loop_now_ns();
	long i;

	for (i = 0; i < n; i++) {
		size_t len = k ? (size_t)(i % k) : (size_t)size;

		if (read(fd, loop_buf, len) != (ssize_t)len) {
			perror("bench-loop: read");
			return -1;
		}
	}
	return loop_now_ns() - t0;
}

int main(int argc, char **argv)
{
	long n = 1000000, runs = 5, size = 0, k = 0, r;
	const char *gofile = NULL;
	long long ns;
	int cpu = 0, fd, c;

	while ((c = getopt(argc, argv, "c:n:r:s:k:g:")) != -1) {
		switch (c) {
		case 'c': cpu = atoi(optarg); break;
		case 'n': n = atol(optarg); break;
		case 'r': runs = atol(optarg); break;
		case 's': size = atol(optarg); break;
		case 'k': k = atol(optarg); break;
		case 'g': gofile = optarg; break;
		default:
			fprintf(stderr, "usage: bench-loop [-c CPU] [-n N] [-r RUNS] [-s SIZE] [-k K] [-g GOFILE]\n");
			return 2;
		}
	}
	if (n <= 0 || runs <= 0 || size < 0 || size > (long)sizeof(loop_buf) ||
	    k < 0 || k > (long)sizeof(loop_buf)) {
		fprintf(stderr, "bench-loop: bad N, RUNS, SIZE or K\n");
		return 2;
	}
	if (loop_pin(cpu))
		return 1;
	fd = open("/dev/zero", O_RDONLY);
	if (fd < 0) {
		perror("bench-loop: /dev/zero");
		return 1;
	}
	if (gofile)
		loop_wait_go(gofile);
	for (r = 0; r < runs; r++) {
		ns = loop_round(fd, n, size, k);
		if (ns < 0)
			return 1;
		printf("%.1f\n", (double)ns / n);
		fflush(stdout);
	}
	return 0;
}
