// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/tcpxfer.c - the TCP transfer of the netem_pair workload
 * (tests/runtime/workloads.sh): a receiver that accepts one connection and
 * reads it to the end, and a sender that writes BYTES bytes and waits for
 * the receiver to close, so every byte (and every retransmit) has happened
 * when it exits.
 *
 *   tcpxfer -l PORT [READYFILE]   receive; print the byte count at the end
 *   tcpxfer ADDR PORT BYTES       send BYTES zero bytes to ADDR:PORT
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int tcpxfer_receive(int port, const char *ready)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	long total = 0;
	char buf[65536];
	int one = 1, s, c;
	ssize_t n;
	FILE *f;

	a.sin_port = htons(port);
	s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0 || setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(s, (struct sockaddr *)&a, sizeof(a)) || listen(s, 1)) {
		perror("tcpxfer: listen");
		return 1;
	}
	if (ready && (f = fopen(ready, "w"))) {
		fputs("ready\n", f);
		fclose(f);
	}
	c = accept(s, NULL, NULL);
	if (c < 0) {
		perror("tcpxfer: accept");
		return 1;
	}
	while ((n = read(c, buf, sizeof(buf))) > 0)
		total += n;
	close(c);
	close(s);
	printf("%ld\n", total);
	return n < 0;
}

static int tcpxfer_send(const char *addr, int port, long bytes)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	static char buf[65536];
	ssize_t n;
	int s;

	a.sin_port = htons(port);
	if (inet_pton(AF_INET, addr, &a.sin_addr) != 1) {
		fprintf(stderr, "tcpxfer: bad address %s\n", addr);
		return 2;
	}
	s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a))) {
		perror("tcpxfer: connect");
		return 1;
	}
	while (bytes > 0) {
		n = write(s, buf, bytes < (long)sizeof(buf) ? bytes : (long)sizeof(buf));
		if (n <= 0) {
			perror("tcpxfer: write");
			return 1;
		}
		bytes -= n;
	}
	/* the receiver closes once it has read everything */
	shutdown(s, SHUT_WR);
	while (read(s, buf, sizeof(buf)) > 0)
		;
	close(s);
	return 0;
}

int main(int argc, char **argv)
{
	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "-l"))
		return tcpxfer_receive(atoi(argv[2]), argc == 4 ? argv[3] : NULL);
	if (argc == 4)
		return tcpxfer_send(argv[1], atoi(argv[2]), atol(argv[3]));
	fprintf(stderr, "usage: tcpxfer -l PORT [READYFILE] | tcpxfer ADDR PORT BYTES\n");
	return 2;
}
