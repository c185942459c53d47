// SPDX-License-Identifier: GPL-2.0
/*
 * cmd/tracer.c - the tracer command: options, compiling, one session with
 * the module, signals, and the consume loop.  Its order and its words
 * follow dtrace(1M) (illumos cmd/dtrace/dtrace.c), with "tracer" for
 * "dtrace":
 *
 *   compile (-S: print the program and stop) -> open /dev/tracer -> LOAD
 *   -> ATTACH -> "description 'P' matched N probes" -> GO -> read every CPU
 *   -> loop { sleep 100 ms; on the first Ctrl-C print a newline; when
 *   interrupted or after exit(), STOP (END runs); read every CPU } -> a
 *   blank line -> aggregations -> drops -> exit with exit()'s status.
 *
 * Exit status as dtrace's: exit()'s value, else 0; 1 for errors; 2 for
 * usage errors.  A second Ctrl-C ends at once without the aggregations.
 * Every failure path closes the device, which undoes the whole session in
 * the module.
 */
#define _GNU_SOURCE		/* sched_getcpu(), CPU_SET() */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "compiler.h"
#include "tracer.h"

#define CLI_NAME	"tracer"
#define CLI_EXIT_OK	0
#define CLI_EXIT_ERROR	1
#define CLI_EXIT_USAGE	2
#define CLI_SWITCH_NS	(100 * 1000 * 1000)	/* between reads */

/* Signals received: 1 stops tracing, 2 abandons it (dtrace's g_intr). */
static volatile sig_atomic_t cli_intr;

struct cli_opts {
	const char *text;	/* -n: the program */
	const char *script;	/* -s: its file */
	bool quiet;		/* -q */
	bool dump;		/* -S */
};

static void cli_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* "tracer: ..." on stderr, after what was printed on stdout before it. */
static void cli_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: ", CLI_NAME);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void cli_usage(FILE *f)
{
	fprintf(f,
		"Usage: %s [-qS] -n 'probe[, probe ...] [/predicate/] { actions }'\n"
		"       %s [-qS] -s script.d\n"
		"\n"
		"\t-n  enable the probes of the D program given on the command line\n"
		"\t-s  enable the probes of the D program in a file\n"
		"\t-q  set quiet mode (only output explicitly traced data),\n"
		"\t    as #pragma D option quiet does\n"
		"\t-S  print the compiled program and exit without tracing\n"
		"\t-h  print this help\n"
		"\n"
		"Ctrl-C stops tracing: END runs, then the aggregations are printed.\n",
		CLI_NAME, CLI_NAME);
}

static int cli_bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", CLI_NAME);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "; try %s -h\n", CLI_NAME);
	return CLI_EXIT_USAGE;
}

/* Parse argv; returns -1 to go on, else the exit status. */
static int cli_parse(int argc, char **argv, struct cli_opts *o)
{
	char opt[3] = "-?";
	int c;

	if (argc < 2) {
		cli_usage(stderr);
		return CLI_EXIT_USAGE;
	}
	opterr = 0;
	while ((c = getopt(argc, argv, "+:n:s:qSh")) != -1) {
		switch (c) {
		case 'n':
		case 's':
			if (o->text || o->script)
				return cli_bad_usage("%s",
					"give one program: one -n or one -s");
			if (c == 'n')
				o->text = optarg;
			else
				o->script = optarg;
			break;
		case 'q':
			o->quiet = true;
			break;
		case 'S':
			o->dump = true;
			break;
		case 'h':
			cli_usage(stdout);
			return CLI_EXIT_OK;
		case ':':
			opt[1] = optopt;
			return cli_bad_usage("option %s needs an argument",
					     opt);
		default:
			opt[1] = optopt;
			return cli_bad_usage("option %s unknown", opt);
		}
	}
	if (optind < argc)
		return cli_bad_usage("unexpected argument '%s'", argv[optind]);
	if (!o->text && !o->script)
		return cli_bad_usage("%s", "no probes specified (use -n or -s)");
	return -1;
}

/* The whole of @path, NUL-terminated, or NULL with errno set. */
static char *cli_read_file(const char *path)
{
	size_t len = 0, cap = 0, n;
	char *buf = NULL, *nbuf;
	int err = 0;
	FILE *f;

	f = fopen(path, "r");
	if (!f)
		return NULL;
	for (;;) {
		if (len + 1 >= cap) {
			cap = cap ? cap * 2 : 4096;
			nbuf = realloc(buf, cap);
			if (!nbuf) {
				err = ENOMEM;
				break;
			}
			buf = nbuf;
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (!n) {
			if (ferror(f))
				err = EIO;
			break;
		}
	}
	fclose(f);
	if (err) {
		free(buf);
		errno = err;
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

static void cli_on_signal(int sig)
{
	(void)sig;
	if (cli_intr < 2)
		cli_intr++;
}

/* SIGINT and SIGTERM, without SA_RESTART so the sleep ends at once. */
static void cli_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = cli_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/*
 * Issue GO or STOP pinned to the CPU we run on.  The module runs BEGIN
 * (GO) and END (STOP) on the calling CPU, so *cpu tells the reader which
 * buffer holds their output (-1 if we could not pin ourselves).
 */
static int cli_pinned(struct trl_dev *d, int (*cmd)(struct trl_dev *),
		      int *cpu)
{
	cpu_set_t old, one;
	bool pinned = false;
	int c, err;

	*cpu = -1;
	c = sched_getcpu();
	if (c >= 0 && c < CPU_SETSIZE &&
	    !sched_getaffinity(0, sizeof(old), &old)) {
		CPU_ZERO(&one);
		CPU_SET(c, &one);
		pinned = !sched_setaffinity(0, sizeof(one), &one);
	}
	err = cmd(d);
	if (pinned) {
		*cpu = c;
		sched_setaffinity(0, sizeof(old), &old);
	}
	return err;
}

static const char *cli_plural(u64 n)
{
	return n == 1 ? "" : "s";
}

/*
 * Report what was lost since @prev, as dt_handle_cpudrop() and
 * dt_handle_status() word it.  The module counts drops for all CPUs
 * together, so "on all CPUs" stands where DTrace names one CPU.
 */
static void cli_report_drops(const struct tr_ioc_status *st,
			     struct tr_ioc_status *prev)
{
	u64 n;

	n = st->buf_drops - prev->buf_drops;
	if (n)
		cli_error("%llu drop%s on all CPUs", (unsigned long long)n,
			  cli_plural(n));
	n = st->agg_drops - prev->agg_drops;
	if (n)
		cli_error("%llu aggregation drop%s on all CPUs",
			  (unsigned long long)n, cli_plural(n));
	n = st->guard_drops - prev->guard_drops;
	if (n)
		cli_error("%llu probe firing%s dropped: %s",
			  (unsigned long long)n, cli_plural(n),
			  "a probe ran on the same CPU already");
	*prev = *st;
}

/* Faults counted by the module whose records never reached us. */
static void cli_report_faults(const struct tr_ioc_status *st,
			      const struct trl_consumer *con)
{
	u64 n;
	u32 f;

	for (f = TR_FAULT_NONE + 1; f < TR_NFAULTS; f++) {
		if (st->faults[f] <= con->faults_reported[f])
			continue;
		n = st->faults[f] - con->faults_reported[f];
		cli_error("%llu %s error%s not reported above: their records were dropped",
			  (unsigned long long)n, tr_fault_names[f],
			  cli_plural(n));
	}
}

struct cli_session {
	const struct tr_program *prog;
	struct trl_dev dev;
	struct trl_reader rd;
	struct trl_consumer con;
	struct trl_aggstate aggs;	/* printa(), clear() ... and the end */
	struct tr_ioc_status seen;	/* counters already reported */
	bool stopped;
	bool impatient;			/* second Ctrl-C */
};

/* One pass over every CPU's records. */
static int cli_read(struct cli_session *s, bool final)
{
	if (trl_read_all(&s->rd, &s->con, final)) {
		cli_error("processing aborted: %s", s->dev.msg);
		return -EIO;
	}
	fflush(stdout);
	return 0;
}

/*
 * dtrace.c's main loop.  Returns 0 once everything was read after STOP (or
 * at a second Ctrl-C), else -EIO after printing why.
 */
static int cli_consume(struct cli_session *s)
{
	struct timespec ts = { 0, CLI_SWITCH_NS };
	struct tr_ioc_status st;
	bool newline = false;
	int cpu;

	/* BEGIN's output first, and at once (dt_consume_begin). */
	if (cli_read(s, false))
		return -EIO;
	s->rd.first_cpu = -1;
	for (;;) {
		if (!cli_intr && !s->con.exited)
			nanosleep(&ts, NULL);
		if (cli_intr && !newline) {
			/* dtrace.c's g_newline, printed even when quiet */
			fputc('\n', stdout);
			newline = true;
		}
		if (cli_intr >= 2) {
			s->impatient = true;
			return 0;
		}
		if (trl_dev_status(&s->dev, &st)) {
			cli_error("couldn't get status: %s", s->dev.msg);
			return -EIO;
		}
		if (st.state == TR_STATE_STOPPED)
			s->stopped = true;
		if ((cli_intr || s->con.exited) && !s->stopped) {
			if (cli_pinned(&s->dev, trl_dev_stop, &cpu)) {
				cli_error("couldn't stop tracing: %s",
					  s->dev.msg);
				return -EIO;
			}
			s->stopped = true;
			s->rd.last_cpu = cpu;
		}
		if (!s->stopped)
			cli_report_drops(&st, &s->seen);
		if (cli_read(s, s->stopped))
			return -EIO;
		if (s->stopped)
			return 0;
	}
}

/* Snapshot, merge, sort and print every aggregation printa() did not. */
static int cli_print_aggs(struct cli_session *s)
{
	int err;

	err = trl_aggstate_print_unprinted(&s->aggs, stdout);
	if (err && err != -EIO)
		cli_error("failed to print aggregations: %s", s->dev.msg);
	return err;
}

static u32 cli_buf_size(const struct tr_program *p)
{
	const struct tr_image_hdr *h = p->image;

	if (!h || p->image_len < sizeof(*h))
		return TR_MIN_BUF_SIZE;
	return h->buf_size;
}

/* Run @p until Ctrl-C or exit(); returns the exit status. */
static int cli_trace(const struct tr_program *p, const char *desc,
		     const char *name, bool quiet)
{
	struct cli_session s = { .prog = p };
	struct tr_ioc_status st;
	int err, status = CLI_EXIT_ERROR;

	if (trl_dev_open(&s.dev, TR_DEVICE_PATH)) {
		cli_error("%s", s.dev.msg);
		return CLI_EXIT_ERROR;
	}
	if (trl_dev_load(&s.dev, p->image, p->image_len)) {
		cli_error("the kernel rejected the program: %s", s.dev.msg);
		goto close;
	}
	if (trl_dev_attach(&s.dev)) {
		cli_error("could not enable probes: %s", s.dev.msg);
		goto close;
	}
	if (trl_dev_status(&s.dev, &st)) {
		cli_error("couldn't get status: %s", s.dev.msg);
		goto close;
	}
	if (trl_reader_init(&s.rd, &s.dev, st.ncpus, cli_buf_size(p))) {
		cli_error("out of memory");
		goto close;
	}
	trl_consumer_init(&s.con, p, stdout, stderr, CLI_NAME);
	if (trl_aggstate_init(&s.aggs, p, &s.dev, st.ncpus)) {
		cli_error("out of memory");
		goto free_reader;
	}
	s.con.aggs = &s.aggs;
	cli_catch_signals();
	if (cli_pinned(&s.dev, trl_dev_go, &s.rd.first_cpu)) {
		cli_error("could not enable tracing: %s", s.dev.msg);
		goto free_aggs;
	}
	/*
	 * dtrace.c exec_prog()'s notice(), printed once the probes are live
	 * (not before GO as dtrace does) so that whoever waits for it knows
	 * that tracing has started.
	 */
	if (!quiet)
		cli_error("%s '%s' matched %u probe%s", desc, name,
			  p->nprobes, cli_plural(p->nprobes));

	err = cli_consume(&s);
	fputc('\n', stdout);		/* dtrace.c: oprintf("\n") */
	if (!err && !s.impatient)
		err = cli_print_aggs(&s);
	fflush(stdout);
	if (!trl_dev_status(&s.dev, &st)) {
		cli_report_drops(&st, &s.seen);
		if (!s.impatient)
			cli_report_faults(&st, &s.con);
	}
	if (ferror(stdout)) {
		cli_error("failed to write to <stdout>");
		err = -EIO;
	}
	if (!err)
		status = s.con.exited ? s.con.exit_status : CLI_EXIT_OK;
free_aggs:
	trl_aggstate_free(&s.aggs);
free_reader:
	trl_reader_free(&s.rd);
close:
	trl_dev_close(&s.dev);
	return status;
}

int main(int argc, char **argv)
{
	struct cli_opts o = { 0 };
	struct trc_options topt = { 0 };
	const char *desc, *name, *filename;
	struct tr_program *p;
	char *src = NULL, *cut = NULL;
	int status;

	status = cli_parse(argc, argv, &o);
	if (status >= 0)
		return status;
	if (o.script) {
		src = cli_read_file(o.script);
		if (!src) {
			cli_error("failed to open %s: %s", o.script,
				  strerror(errno));
			return CLI_EXIT_ERROR;
		}
		filename = o.script;
		desc = "script";
		name = o.script;
	} else {
		filename = "<command line>";
		desc = "description";
		/* dtrace.c compile_str(): the text up to '{', '/' or ';' */
		cut = strndup(o.text, strcspn(o.text, "{/;"));
		if (!cut) {
			cli_error("out of memory");
			return CLI_EXIT_ERROR;
		}
		name = cut;
	}

	topt.quiet = o.quiet;
	p = trc_compile(o.script ? src : o.text, filename, &topt, stderr);
	if (!p) {
		status = CLI_EXIT_ERROR;
		goto free;
	}
	if (o.dump) {
		trc_dump(p, stdout);
		status = fflush(stdout) || ferror(stdout) ? CLI_EXIT_ERROR :
							    CLI_EXIT_OK;
	} else if (!p->nprobes) {
		cli_error("no probes matched");
		status = CLI_EXIT_ERROR;
	} else {
		status = cli_trace(p, desc, name, o.quiet || p->quiet);
	}
	tr_program_free(p);
free:
	free(src);
	free(cut);
	return status;
}
