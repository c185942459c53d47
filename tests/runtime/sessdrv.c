// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/sessdrv.c - drives whole tracing sessions of one D program
 * through /dev/tracer, many times, for the lifecycle tests and the soak.
 *
 *   sessdrv [-n CYCLES] [-t SECONDS] [-l] -e PROGRAM
 *
 * The program is compiled once; each cycle opens the device, loads,
 * attaches, starts, drains the records to /dev/null for SECONDS (default
 * 0: stop at once), stops, drains again and closes.  With -l every cycle
 * must give back all the module's memory: /sys/module/tracer/parameters/
 * live_allocs and live_bytes must equal their values before the first
 * cycle (so no other session may run meanwhile).  At the end it prints one
 * line of totals from TR_IOC_STATUS:
 *
 *   sessdrv: cycles 1000 fired 123 buf_drops 0 agg_drops 0 dyn_drops 0
 *	guard_drops 0 faults 0 live_allocs 0 live_bytes 0
 *
 * and exits 0, or 1 after the first failure (a leak names its cycle).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "compiler.h"
#include "tracer.h"

#define SESSDRV_PARAMS	"/sys/module/tracer/parameters/"

struct sessdrv_totals {
	u64 fired, buf_drops, agg_drops, dyn_drops, guard_drops, faults;
};

static long long sessdrv_param(const char *name)
{
	char path[128];
	long long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), SESSDRV_PARAMS "%s", name);
	f = fopen(path, "r");
	if (!f || fscanf(f, "%lld", &v) != 1)
		v = -1;
	if (f)
		fclose(f);
	return v;
}

static void sessdrv_add(struct sessdrv_totals *t,
			const struct tr_ioc_status *st)
{
	unsigned int i;

	t->fired += st->fired;
	t->buf_drops += st->buf_drops;
	t->agg_drops += st->agg_drops;
	t->dyn_drops += st->dyn_drops;
	t->guard_drops += st->guard_drops;
	for (i = 0; i < TR_STATUS_MAX_FAULTS; i++)
		t->faults += st->faults[i];
}

/* Read every CPU's records into the consumer (output to /dev/null). */
static int sessdrv_drain(struct trl_reader *rd, struct trl_consumer *con,
			 bool final)
{
	if (trl_read_all(rd, con, final)) {
		fprintf(stderr, "sessdrv: read: %s\n", rd->dev->msg);
		return -EIO;
	}
	return 0;
}

/* One whole session of @p lasting @secs; its counters are added to @t. */
static int sessdrv_cycle(const struct tr_program *p, unsigned int secs,
			 FILE *null, struct sessdrv_totals *t)
{
	struct timespec tick = { 0, 100 * 1000 * 1000 }, end, now;
	struct trl_dev dev;
	struct trl_reader rd;
	struct trl_consumer con;
	struct tr_ioc_status st;
	int err = -EIO;

	if (trl_dev_open(&dev, TR_DEVICE_PATH)) {
		fprintf(stderr, "sessdrv: %s\n", dev.msg);
		return -ENODEV;
	}
	if (trl_dev_load(&dev, p->image, p->image_len) ||
	    trl_dev_attach(&dev, p->image, p->image_len) ||
	    trl_dev_status(&dev, &st)) {
		fprintf(stderr, "sessdrv: %s\n", dev.msg);
		goto close;
	}
	if (trl_reader_init(&rd, &dev, st.ncpus,
			    ((const struct tr_image_hdr *)p->image)->buf_size))
		goto close;
	trl_consumer_init(&con, p, null, null, "sessdrv");
	if (trl_dev_go(&dev)) {
		fprintf(stderr, "sessdrv: go: %s\n", dev.msg);
		goto free_reader;
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	end.tv_sec += secs;
	for (;;) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec > end.tv_sec || (now.tv_sec == end.tv_sec &&
						 now.tv_nsec >= end.tv_nsec))
			break;
		if (con.exited || sessdrv_drain(&rd, &con, false))
			break;
		nanosleep(&tick, NULL);
	}
	if (trl_dev_stop(&dev) || sessdrv_drain(&rd, &con, true) ||
	    trl_dev_status(&dev, &st)) {
		fprintf(stderr, "sessdrv: stop: %s\n", dev.msg);
		goto free_reader;
	}
	sessdrv_add(t, &st);
	err = 0;
free_reader:
	trl_consumer_free(&con);
	trl_reader_free(&rd);
close:
	trl_dev_close(&dev);
	return err;
}

static void sessdrv_usage(void)
{
	fprintf(stderr, "usage: sessdrv [-n CYCLES] [-t SECONDS] [-l] -e PROGRAM\n");
	exit(2);
}

int main(int argc, char **argv)
{
	unsigned long cycles = 1, secs = 0, i;
	long long allocs0 = 0, bytes0 = 0;
	struct sessdrv_totals t = { 0 };
	const char *src = NULL;
	struct tr_program *p;
	bool leaks = false;
	int c, status = 0;
	FILE *null;

	while ((c = getopt(argc, argv, "n:t:le:")) != -1) {
		switch (c) {
		case 'n': cycles = strtoul(optarg, NULL, 0); break;
		case 't': secs = strtoul(optarg, NULL, 0); break;
		case 'l': leaks = true; break;
		case 'e': src = optarg; break;
		default: sessdrv_usage();
		}
	}
	if (!src || optind != argc)
		sessdrv_usage();
	p = trc_compile(src, "<sessdrv>", NULL, stderr);
	null = fopen("/dev/null", "w");
	if (!p || !null)
		return 1;
	if (leaks) {
		allocs0 = sessdrv_param("live_allocs");
		bytes0 = sessdrv_param("live_bytes");
	}
	for (i = 0; i < cycles && !status; i++) {
		if (sessdrv_cycle(p, secs, null, &t)) {
			status = 1;
			break;
		}
		if (leaks && (sessdrv_param("live_allocs") != allocs0 ||
			      sessdrv_param("live_bytes") != bytes0)) {
			fprintf(stderr,
				"sessdrv: cycle %lu leaked: live_allocs %lld (was %lld), live_bytes %lld (was %lld)\n",
				i + 1, sessdrv_param("live_allocs"), allocs0,
				sessdrv_param("live_bytes"), bytes0);
			status = 1;
		}
	}
	printf("sessdrv: cycles %lu fired %llu buf_drops %llu agg_drops %llu dyn_drops %llu guard_drops %llu faults %llu live_allocs %lld live_bytes %lld\n",
	       i, (unsigned long long)t.fired,
	       (unsigned long long)t.buf_drops,
	       (unsigned long long)t.agg_drops,
	       (unsigned long long)t.dyn_drops,
	       (unsigned long long)t.guard_drops,
	       (unsigned long long)t.faults, sessdrv_param("live_allocs"),
	       sessdrv_param("live_bytes"));
	tr_program_free(p);
	fclose(null);
	return status;
}
