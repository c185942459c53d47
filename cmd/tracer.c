// SPDX-License-Identifier: GPL-2.0
/*
 * cmd/tracer.c - the tracer command: options, compiling, one session with
 * the module, signals, and the consume loop.  Its order and its words
 * follow dtrace(1M) (illumos cmd/dtrace/dtrace.c), with "tracer" for
 * "dtrace":
 *
 *   (-c: fork the command, held until GO) -> compile every -n and -s
 *   program (-S: print it and stop; -e: stop) -> open /dev/tracer -> LOAD
 *   -> ATTACH -> "description 'P' matched N probes", one per program ->
 *   GO (-c: the command runs) -> read every CPU -> loop { sleep
 *   switchrate (100 ms), or until a CPU's buffer is half full (the
 *   module's poll()); on the first Ctrl-C print a newline; when
 *   interrupted, after exit() or once the -c/-p process is gone, STOP (END
 *   runs); read every CPU } -> a blank line -> aggregations -> drops ->
 *   exit with exit()'s status.  -l lists probes instead (list.c).
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
#include "cli.h"

#define CLI_NAME	"tracer"
#define CLI_EXIT_OK	0
#define CLI_EXIT_ERROR	1
#define CLI_EXIT_USAGE	2
#define CLI_SWITCH_NS	(100 * 1000 * 1000)	/* between reads */

/* Signals received: 1 stops tracing, 2 abandons it (dtrace's g_intr). */
static volatile sig_atomic_t cli_intr;

#define CLI_MAX_PROGS	64	/* -n and -s options */
#define CLI_MAX_XOPTS	64	/* -x options */

/*
 * One -n or -s program, in command-line order, and what compiling said;
 * or, with -l, a -P, -m or -f description.
 */
struct cli_prog {
	char kind;		/* 'n' or 's'; 'P', 'm', 'f' */
	const char *arg;	/* the program text, or the script's path */
	char *src;		/* the program text (read for -s) */
	char *name;		/* dtrace's name for it in the notice */
	unsigned int nprobes;	/* probes it enables alone */
};

struct cli_opts {
	struct cli_prog progs[CLI_MAX_PROGS];
	unsigned int nprogs;
	const char *xopts[CLI_MAX_XOPTS];	/* -x name[=value] */
	unsigned int nxopts;
	const char *ofile;	/* -o: append the output there */
	const char *cmd;	/* -c: run it, $target */
	const char *pid;	/* -p: follow it, $target */
	char **args;		/* after the options: $1 .. */
	int nargs;
	bool quiet;		/* -q */
	bool dump;		/* -S */
	bool compile_only;	/* -e */
	bool list;		/* -l */
	bool verbose;		/* -v: attach times; -lv: argument types */
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
		"Usage: %s [-eFqS] [-c cmd] [-o output] [-p pid] [-x opt[=val]]\n"
		"\t[-n 'probe[, probe ...] [/predicate/] { actions }'] [-s script.d]\n"
		"\t[args ...]\n"
		"       %s -l[v] [-n probe-description] [-P provider] [-m module]\n"
		"\t[-f function] [-o output]\n"
		"\n"
		"\t-n  enable the probes of the D program given on the command line\n"
		"\t-s  enable the probes of the D program in a file\n"
		"\t    (-n and -s may be repeated; all the programs run together)\n"
		"\t-c  run the command cmd, its pid is $target; stop when it exits\n"
		"\t-p  follow process pid, which is $target; stop when it exits\n"
		"\t-e  exit after compiling the programs\n"
		"\t-F  coalesce trace output by function: entries indented and\n"
		"\t    shown as ->, returns as <- (option flowindent)\n"
		"\t-l  list probes matching the descriptions (all without -n)\n"
		"\t-P  with -l: the probes of a provider; -m of [provider:]module;\n"
		"\t    -f of [[provider:]module:]function\n"
		"\t-v  report attach and detach times; with -l, argument types\n"
		"\t-Z  permit descriptions that match no probes (option zdefs)\n"
		"\t-o  append the output to file output\n"
		"\t-q  set quiet mode (only output explicitly traced data),\n"
		"\t    as #pragma D option quiet does\n"
		"\t-S  print the compiled program and exit without tracing\n"
		"\t-x  set an option, as #pragma D option opt[=val] does\n"
		"\t-w  (refused: destructive actions are not supported)\n"
		"\t-h  print this help\n"
		"\n"
		"args are the macro arguments $1, $2 ... ($$1 ... as strings).\n"
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
	while ((c = getopt(argc, argv, "+:n:s:c:p:o:x:P:m:f:eFqSlvwZh")) != -1) {
		switch (c) {
		case 'n':
		case 's':
		case 'P':
		case 'm':
		case 'f':
			if (o->nprogs == CLI_MAX_PROGS)
				return cli_bad_usage("%s",
					"too many -n and -s programs");
			o->progs[o->nprogs].kind = c;
			o->progs[o->nprogs++].arg = optarg;
			break;
		case 'x':
			if (o->nxopts == CLI_MAX_XOPTS)
				return cli_bad_usage("%s",
					"too many -x options");
			o->xopts[o->nxopts++] = optarg;
			break;
		case 'c':
		case 'p':
			if (o->cmd || o->pid)
				return cli_bad_usage("%s",
					"give one target: one -c or one -p");
			if (c == 'c')
				o->cmd = optarg;
			else
				o->pid = optarg;
			break;
		case 'o':
			o->ofile = optarg;
			break;
		case 'e':
			o->compile_only = true;
			break;
		case 'q':
			o->quiet = true;
			break;
		case 'S':
			o->dump = true;
			break;
		case 'l':
			o->list = true;
			break;
		case 'v':
			o->verbose = true;
			break;
		case 'Z':
		case 'F':
			if (o->nxopts == CLI_MAX_XOPTS)
				return cli_bad_usage("%s",
					"too many -x options");
			o->xopts[o->nxopts++] = c == 'Z' ? "zdefs" :
							   "flowindent";
			break;
		case 'w':
			cli_error("-w: destructive actions are not supported, so tracer does not permit them");
			return CLI_EXIT_USAGE;
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
	o->args = argv + optind;
	o->nargs = argc - optind;
	if (!o->nprogs && !o->list)
		return cli_bad_usage("%s", "no probes specified (use -n or -s)");
	for (c = 0; !o->list && c < (int)o->nprogs; c++)
		if (strchr("Pmf", o->progs[c].kind))
			return cli_bad_usage("%s",
				"-P, -m and -f select probes to list: use them with -l");
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

static double cli_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Report what was lost since @prev, as dt_handle_status() words it.
 * Records lost to a full buffer are reported per CPU by the reader
 * (libtracer/consume.c), as dt_handle_cpudrop() does.
 */
static void cli_report_drops(const struct tr_ioc_status *st,
			     struct tr_ioc_status *prev)
{
	u64 n;

	n = st->ret_missed - prev->ret_missed;
	if (n)
		cli_error("%llu fbt return firing%s dropped: %s",
			  (unsigned long long)n, cli_plural(n),
			  "more calls in flight than the probes follow, or a return inside a probe handler");
	n = st->tp_missed - prev->tp_missed;
	if (n)
		cli_error("%llu tracepoint firing%s without a record dropped",
			  (unsigned long long)n, cli_plural(n));
	n = st->agg_drops - prev->agg_drops;
	if (n)
		cli_error("%llu aggregation drop%s on all CPUs",
			  (unsigned long long)n, cli_plural(n));
	n = st->dyn_drops - prev->dyn_drops;
	if (n)
		cli_error("%llu dynamic variable drop%s",
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
	struct trl_flow flow;		/* flowindent's depth per CPU */
	struct tr_ioc_status seen;	/* counters already reported */
	struct cli_target *target;	/* -c, -p: its exit stops tracing */
	u64 drops_ns;			/* when drops were last reported */
	bool quiet;
	bool usyms;			/* %A of the target's addresses */
	bool verbose;			/* -v: attach and detach times */
	bool stopped;
	bool impatient;			/* second Ctrl-C */
};

/*
 * Is it time to report drops?  Every statusrate (dtrace's status checks),
 * at every read when the option is not set.
 */
static bool cli_status_due(struct cli_session *s)
{
	struct timespec now;
	u64 ns;

	if (!s->prog->statusrate_ns ||
	    clock_gettime(CLOCK_MONOTONIC, &now))
		return true;
	ns = (u64)now.tv_sec * 1000000000ull + now.tv_nsec;
	if (s->drops_ns && ns - s->drops_ns < s->prog->statusrate_ns)
		return false;
	s->drops_ns = ns;
	return true;
}

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
	u64 ns = s->prog->switchrate_ns ? s->prog->switchrate_ns :
					  CLI_SWITCH_NS;
	struct tr_ioc_status st;
	bool newline = false, gone = false;
	double t;
	int cpu;

	/* BEGIN's output first, and at once (dt_consume_begin). */
	if (cli_read(s, false))
		return -EIO;
	s->rd.first_cpu = -1;
	for (;;) {
		/* switchrate, or less when a CPU's buffer is half full */
		if (!cli_intr && !s->con.exited && !gone)
			trl_dev_wait(&s->dev, ns);
		/* %A: the target's last mappings outlive it */
		if (s->usyms && !gone && cli_target_execed(s->target))
			trl_usym_refresh(s->target->pid);
		if (!gone && cli_target_gone(s->target)) {
			/* dtrace.c prochandler(): "pid %d has exited" */
			gone = true;
			if (!s->quiet)
				cli_error("pid %d has exited",
					  (int)s->target->pid);
		}
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
		if ((cli_intr || s->con.exited || gone) && !s->stopped) {
			t = cli_now();
			if (cli_pinned(&s->dev, trl_dev_stop, &cpu)) {
				cli_error("couldn't stop tracing: %s",
					  s->dev.msg);
				return -EIO;
			}
			/* STOP detaches every probe, then runs END */
			if (s->verbose)
				cli_error("detached %u probe%s in %.2f s",
					  s->prog->nprobes,
					  cli_plural(s->prog->nprobes),
					  cli_now() - t);
			s->stopped = true;
			s->rd.last_cpu = cpu;
		}
		if (!s->stopped && cli_status_due(s))
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

/* Run @p until Ctrl-C, exit() or the target's end; the exit status. */
static int cli_trace(const struct tr_program *p, const struct cli_opts *o,
		     struct cli_target *target, bool quiet)
{
	struct cli_session s = { .prog = p, .target = target, .quiet = quiet,
				 .verbose = o->verbose,
				 .usyms = target->pid && trl_usym_wanted(p) };
	struct tr_ioc_status st;
	double t;
	int err, status = CLI_EXIT_ERROR;
	unsigned int i;

	trl_usym_set_target(target->pid);

	if (trl_dev_open(&s.dev, TR_DEVICE_PATH)) {
		cli_error("%s", s.dev.msg);
		return CLI_EXIT_ERROR;
	}
	if (trl_dev_load(&s.dev, p->image, p->image_len)) {
		cli_error("the kernel rejected the program: %s", s.dev.msg);
		goto close;
	}
	t = cli_now();
	err = trl_dev_attach(&s.dev, p->image, p->image_len);
	if (err == -EINTR && cli_intr) {
		/* the module detached what it had attached */
		cli_error("interrupted while enabling probes; nothing was traced");
		goto close;
	}
	if (err) {
		cli_error("could not enable probes: %s", s.dev.msg);
		goto close;
	}
	if (o->verbose)
		cli_error("attached %u probe%s in %.2f s", p->nprobes,
			  cli_plural(p->nprobes), cli_now() - t);
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
	if (trl_flow_init(&s.flow, st.ncpus)) {
		cli_error("out of memory");
		goto free_aggs;
	}
	s.con.flow = &s.flow;
	if (cli_pinned(&s.dev, trl_dev_go, &s.rd.first_cpu)) {
		cli_error("could not enable tracing: %s", s.dev.msg);
		goto free_flow;
	}
	/*
	 * dtrace.c exec_prog()'s notice(), one per program, printed once the
	 * probes are live (not before GO as dtrace does) so that whoever
	 * waits for it knows that tracing has started.
	 */
	for (i = 0; !quiet && i < o->nprogs; i++)
		cli_error("%s '%s' matched %u probe%s",
			  o->progs[i].kind == 's' ? "script" : "description",
			  o->progs[i].name, o->progs[i].nprobes,
			  cli_plural(o->progs[i].nprobes));
	cli_target_release(target);

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
free_flow:
	trl_consumer_free(&s.con);
	trl_flow_free(&s.flow);
free_aggs:
	trl_aggstate_free(&s.aggs);
free_reader:
	trl_reader_free(&s.rd);
close:
	trl_dev_close(&s.dev);
	return status;
}

/*
 * Read -s scripts and name every program as dtrace's notice does: a
 * script by its path, a description by its text up to '{', '/' or ';'
 * (dtrace.c compile_str()).  0 or the exit status.
 */
static int cli_load_progs(struct cli_opts *o)
{
	struct cli_prog *pg;
	unsigned int i;

	for (i = 0; i < o->nprogs; i++) {
		pg = &o->progs[i];
		if (pg->kind == 's') {
			pg->src = cli_read_file(pg->arg);
			if (!pg->src) {
				cli_error("failed to open %s: %s", pg->arg,
					  strerror(errno));
				return CLI_EXIT_ERROR;
			}
			pg->name = strdup(pg->arg);
		} else {
			pg->src = strdup(pg->arg);
			pg->name = strndup(pg->arg, strcspn(pg->arg, "{/;"));
		}
		if (!pg->src || !pg->name) {
			cli_error("out of memory");
			return CLI_EXIT_ERROR;
		}
	}
	return -1;
}

/*
 * Several programs run as one: their texts joined, each on lines of its
 * own, a first "#!" line turned into a comment (only line 1 may hold one).
 */
static char *cli_join_progs(const struct cli_opts *o)
{
	size_t len = 1;
	unsigned int i;
	char *all, *p;

	for (i = 0; i < o->nprogs; i++)
		len += strlen(o->progs[i].src) + 1;
	all = p = malloc(len);
	if (!all)
		return NULL;
	for (i = 0; i < o->nprogs; i++) {
		strcpy(p, o->progs[i].src);
		if (p[0] == '#' && p[1] == '!')
			p[0] = p[1] = '/';
		p += strlen(p);
		*p++ = '\n';
	}
	*p = '\0';
	return all;
}

static const char *cli_prog_file(const struct cli_prog *pg)
{
	return pg->kind == 's' ? pg->arg : "<command line>";
}

/*
 * Compile every program alone (so that messages name its file and line,
 * and to count its probes), then, if there are several, all together.
 */
static struct tr_program *cli_compile(struct cli_opts *o,
				      const struct trc_options *topt)
{
	struct tr_program *p = NULL;
	unsigned int i;
	char *all;

	for (i = 0; i < o->nprogs; i++) {
		tr_program_free(p);
		p = trc_compile(o->progs[i].src, cli_prog_file(&o->progs[i]),
				topt, stderr);
		if (!p)
			return NULL;
		o->progs[i].nprobes = p->nprobes;
	}
	if (o->nprogs < 2)
		return p;
	tr_program_free(p);
	all = cli_join_progs(o);
	if (!all) {
		cli_error("out of memory");
		return NULL;
	}
	p = trc_compile(all, "<programs>", topt, stderr);
	free(all);
	return p;
}

/*
 * -l: -n DESC as it is, -P PROV as "PROV:::", -m MOD as "MOD::", -f FUNC
 * as "FUNC:" (dtrace's forms, filled from the right).
 */
static int cli_list_mode(const struct cli_opts *o)
{
	char descs[CLI_MAX_PROGS][TRL_MSG_LEN];
	const char *ptrs[CLI_MAX_PROGS];
	const char *colons;
	char msg[TRL_MSG_LEN];
	unsigned int i;
	int status;

	for (i = 0; i < o->nprogs; i++) {
		colons = o->progs[i].kind == 'P' ? ":::" :
			 o->progs[i].kind == 'm' ? "::" :
			 o->progs[i].kind == 'f' ? ":" : "";
		if (o->progs[i].kind == 's')
			return cli_bad_usage("%s",
				"-l lists probe descriptions given with -n, -P, -m or -f, not scripts");
		snprintf(descs[i], sizeof(descs[i]), "%s%s", o->progs[i].arg,
			 colons);
		ptrs[i] = descs[i];
	}
	status = cli_list(ptrs, o->nprogs, o->verbose, stdout, msg,
			  sizeof(msg));
	if (status) {
		cli_error("%s", msg);
		return CLI_EXIT_ERROR;
	}
	return fflush(stdout) || ferror(stdout) ? CLI_EXIT_ERROR : CLI_EXIT_OK;
}

static int cli_run(struct cli_opts *o, struct cli_target *target)
{
	const char *margs[CLI_MAX_PROGS + 1];
	struct trc_options topt = { 0 };
	struct tr_program *p;
	char msg[TRL_MSG_LEN];
	int status, i;

	status = cli_load_progs(o);
	if (status >= 0)
		return status;
	if (o->nargs > CLI_MAX_PROGS)
		return cli_bad_usage("%s", "too many macro arguments");
	/* $0: the script's name, as in dtrace */
	margs[0] = o->progs[0].kind == 's' ? o->progs[0].arg : CLI_NAME;
	for (i = 0; i < o->nargs; i++)
		margs[i + 1] = o->args[i];
	topt.quiet = o->quiet;
	topt.xopts = o->xopts;
	topt.nxopts = o->nxopts;
	topt.macro_args = margs;
	topt.nmacro_args = o->nargs + 1;

	if (o->cmd && !o->dump && !o->compile_only &&
	    cli_target_spawn(target, o->cmd, msg, sizeof(msg))) {
		cli_error("%s", msg);
		return CLI_EXIT_ERROR;
	}
	if (o->pid && cli_target_attach(target, o->pid, msg, sizeof(msg))) {
		cli_error("%s", msg);
		return CLI_EXIT_ERROR;
	}
	topt.target = target->pid;

	p = cli_compile(o, &topt);
	if (!p)
		return CLI_EXIT_ERROR;
	if (o->dump) {
		trc_dump(p, stdout);
		status = fflush(stdout) || ferror(stdout) ? CLI_EXIT_ERROR :
							    CLI_EXIT_OK;
	} else if (o->compile_only) {
		status = CLI_EXIT_OK;
	} else if (!p->nprobes) {
		cli_error("no probes matched");
		status = CLI_EXIT_ERROR;
	} else {
		status = cli_trace(p, o, target, o->quiet || p->quiet);
	}
	tr_program_free(p);
	return status;
}

int main(int argc, char **argv)
{
	struct cli_opts o = { 0 };
	struct cli_target target = { .go_fd = -1 };
	unsigned int i;
	int status;

	/*
	 * Ctrl-C at any time: before ATTACH it ends tracing as soon as it
	 * starts; during ATTACH (long, for a thousand fbt return probes) the
	 * module stops attaching and the CLI exits.
	 */
	cli_catch_signals();
	status = cli_parse(argc, argv, &o);
	if (status >= 0)
		return status;
	/* dtrace.c: -o appends */
	if (o.ofile && !freopen(o.ofile, "a", stdout)) {
		cli_error("failed to open output file '%s': %s", o.ofile,
			  strerror(errno));
		return CLI_EXIT_ERROR;
	}
	if (o.list)
		status = cli_list_mode(&o);
	else
		status = cli_run(&o, &target);
	cli_target_abandon(&target);
	for (i = 0; i < o.nprogs; i++) {
		free(o.progs[i].src);
		free(o.progs[i].name);
	}
	return status;
}
