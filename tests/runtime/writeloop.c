// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/writeloop.c - the workload of the DTrace Guide's write()
 * examples (tests/runtime/t-guide-*.sh): prints its pid and the address of
 * its buffer, waits until a go-file exists (so the tracer can attach
 * first; "-": do not wait), then writes SIZE bytes to /dev/null (fd 3) N
 * times and exits: exactly N write() calls of SIZE bytes on fd 3, no
 * read().
 *
 *   writeloop N SIZE GOFILE|-
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char buf[65536];

int main(int argc, char **argv)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };
	long n, size, i;
	int fd;

	if (argc != 4 || (n = atol(argv[1])) < 0 ||
	    (size = atol(argv[2])) < 0 || size > (long)sizeof(buf)) {
		fprintf(stderr, "usage: writeloop N SIZE GOFILE|-\n");
		return 2;
	}
	fd = open("/dev/null", O_WRONLY);
	if (fd < 0) {
		perror("writeloop: open");
		return 1;
	}
	printf("%d %p\n", (int)getpid(), (void *)buf);
	fflush(stdout);
	while (strcmp(argv[3], "-") && access(argv[3], F_OK))
		nanosleep(&tick, NULL);
	for (i = 0; i < n; i++)
		if (write(fd, buf, size) != size) {
			perror("writeloop: write");
			return 1;
		}
	return 0;
}
