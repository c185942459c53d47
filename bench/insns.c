// SPDX-License-Identifier: GPL-2.0
/*
 * bench/insns.c - build/bench/insns, the benchmark's host measurements:
 *
 *   insns -e PROGRAM	bytecode instructions executed per event: the
 *			program is compiled, verified and its non-BEGIN/END
 *			probes fired in order through the shared interpreter
 *			(common/interp.c, built with bench/insn_count.h) in
 *			the host mock environment (tests/unit/env_mock.c);
 *			an "event" fires every such probe once (entry and
 *			return for a latency row).  Prints the count of the
 *			last of several events (the steady state, after the
 *			first aggregation insert), or "n/a" if it does not
 *			compile.
 *   insns -b PROGRAM [EVENTS]
 *			host nanoseconds per event through the interpreter
 *			(INSNS_SPEED_EVENTS events by default; meaningful in
 *			build/bench/speed, the same tool linked with the
 *			normal, non-counting common/interp.c)
 *   insns -t FILE...	compile time of each D file: the median of 20
 *			trc_compile() calls, in microseconds, one line each:
 *			"FILE US" (or "FILE error").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tracer/builtins.h"
#include "tracer/interp.h"
#include "tracer/prog.h"
#include "compiler.h"
#include "env_mock.h"

#define INSNS_EVENTS	4	/* events fired; the last one is reported */
#define INSNS_REPS	20	/* compiles per file */
#define INSNS_SPEED_EVENTS 10000000	/* events timed by -b */

unsigned long tr_bench_steps;

static unsigned long insns_event(struct tr_vm *vm, const struct tr_prog *p)
{
	unsigned long before = tr_bench_steps;
	u32 i;

	for (i = 0; i < p->nprobes; i++) {
		const struct tr_image_probe *pr = &p->probes[i];

		if (pr->kind == TR_PROBE_BEGIN || pr->kind == TR_PROBE_END)
			continue;
		env_mock.ints[TR_BI_TIMESTAMP] += 1000;
		tr_run_clauses(vm, pr->clause_first,
			       pr->clause_first + pr->clause_count);
	}
	return tr_bench_steps - before;
}

static double insns_now_us(void);

static int insns_count(const char *src, long speed)
{
	struct tr_program *tp;
	struct tr_prog p;
	struct tr_vm vm;
	unsigned long n = 0;
	char msg[256];
	FILE *devnull = fopen("/dev/null", "w");
	int i;

	tp = trc_compile(src, "<bench>", NULL, devnull ? devnull : stderr);
	if (devnull)
		fclose(devnull);
	if (!tp) {
		printf("n/a\n");
		return 0;
	}
	if (tr_verify(tp->image, tp->image_len, &p, msg, sizeof(msg))) {
		fprintf(stderr, "insns: verify: %s\n", msg);
		tr_program_free(tp);
		return 1;
	}
	env_mock.ints[TR_BI_PID] = 4242;
	env_mock.ints[TR_BI_TID] = 4242;
	env_mock.ints[TR_BI_CPU] = 1;
	env_mock.ints[TR_BI_ARG2] = 0;		/* a zero-byte read() */
	strcpy(env_mock.execname, "bench-loop");
	strcpy(env_mock.probefunc, "vfs_read");
	env_mock_vm(&vm, &p);
	for (i = 0; i < INSNS_EVENTS; i++)
		n = insns_event(&vm, &p);
	if (speed) {
		double t0 = insns_now_us();

		for (i = 0; i < speed; i++)
			insns_event(&vm, &p);
		printf("%.2f\n", (insns_now_us() - t0) * 1e3 / speed);
	} else {
		printf("%lu\n", n);
	}
	env_mock_vm_free(&vm);
	tr_program_free(tp);
	return 0;
}

static char *insns_read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long len;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = malloc(len + 1);
	if (buf && fread(buf, 1, len, f) != (size_t)len) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[len] = '\0';
	fclose(f);
	return buf;
}

static double insns_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int insns_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void insns_compile_time(const char *path)
{
	FILE *devnull = fopen("/dev/null", "w");
	double us[INSNS_REPS], t0;
	struct tr_program *tp;
	char *src = insns_read_file(path);
	int i;

	for (i = 0; src && i < INSNS_REPS; i++) {
		t0 = insns_now_us();
		tp = trc_compile(src, path, NULL, devnull ? devnull : stderr);
		us[i] = insns_now_us() - t0;
		if (!tp)
			break;
		tr_program_free(tp);
	}
	if (!src || i < INSNS_REPS) {
		printf("%s error\n", path);
	} else {
		qsort(us, INSNS_REPS, sizeof(us[0]), insns_cmp);
		printf("%s %.0f\n", path, us[INSNS_REPS / 2]);
	}
	free(src);
	if (devnull)
		fclose(devnull);
}

int main(int argc, char **argv)
{
	int i;

	if (argc == 3 && !strcmp(argv[1], "-e"))
		return insns_count(argv[2], 0);
	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "-b"))
		return insns_count(argv[2], argc == 4 ? atol(argv[3]) :
					    INSNS_SPEED_EVENTS);
	if (argc >= 2 && !strcmp(argv[1], "-t")) {
		for (i = 2; i < argc; i++)
			insns_compile_time(argv[i]);
		return 0;
	}
	fprintf(stderr, "usage: insns -e PROGRAM | -b PROGRAM [EVENTS] | -t FILE...\n");
	return 2;
}
