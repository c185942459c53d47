// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/readloop.c - the workload for exactness tests: prints its
 * pid, waits until a go-file exists (so the tracer can attach first), then
 * makes exactly N one-byte read() calls on /dev/zero (or FILE, which must
 * hold N bytes) and exits.
 *
 *   readloop N [GOFILE [FILE]]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };
	long n, i;
	char c;
	int fd;

	if (argc < 2 || (n = atol(argv[1])) < 0) {
		fprintf(stderr, "usage: readloop N [GOFILE [FILE]]\n");
		return 2;
	}
	fd = open(argc > 3 ? argv[3] : "/dev/zero", O_RDONLY);
	if (fd < 0) {
		perror("readloop: open");
		return 1;
	}
	printf("%d\n", (int)getpid());
	fflush(stdout);
	while (argc > 2 && access(argv[2], F_OK))
		nanosleep(&tick, NULL);
	for (i = 0; i < n; i++)
		if (read(fd, &c, 1) != 1) {
			perror("readloop: read");
			return 1;
		}
	return 0;
}
