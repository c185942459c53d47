// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/fakedev.c - a stand-in for /dev/tracer on the host, loaded
 * into build/tracer with LD_PRELOAD by tests/unit/test_cli.sh, so that the
 * CLI's whole path (open, LOAD, ATTACH, GO, the read loop, STOP,
 * aggregation snapshots, STATUS, exit status, signals) runs without the
 * module.  It implements the ioctls of include/uapi/tracer.h on top of the
 * code the module runs (common/: the verifier, the interpreter, rings,
 * aggregation tables) and the host environment of tests/unit/env_mock.c,
 * with FAKEDEV_NCPUS (default 2) pretend CPUs.
 *
 * Probes: BEGIN and END run on the caller's CPU (modulo the pretend CPUs),
 * as in the module.  At GO, after BEGIN, every fbt probe fires
 * FAKEDEV_FIRES times (default 3), alternately on each pretend CPU, with
 * pid 100 + n % 3 and execname "proc<pid>" for the n-th firing, and a
 * kernel stack of three frames (FAKEDEV_STACK*, the first 0x10 further on
 * odd firings), and a user stack in the CLI's own process (its pid; the pc
 * in this library's ioctl(), then a fake frame chain returning into
 * env_mock_vm() and to 0x1234, mapped nowhere).  SNAPSHOT drains the table, as the module does; with
 * FAKEDEV_SNAP_FIRES=<n> each of the first n SNAPSHOTs of CPU 0 then fires
 * every fbt probe once more, on CPU 0: an update that lands right after a
 * snapshot, for the next one.
 *
 * Failures on demand: FAKEDEV_OPEN_ERRNO=<errno> fails open();
 * FAKEDEV_LOAD_MSG=<text> rejects LOAD with that message; ATTACH wants a
 * non-zero address per fbt entry probe, as the module does;
 * FAKEDEV_RET_MISSED=<n> reports n missed fbt return firings in STATUS.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "tracer/agg.h"
#include "tracer/interp.h"
#include "tracer/prog.h"
#include "tracer/ring.h"
#include "env_mock.h"

/* The kernel stack of every firing, from its first frame. */
#define FAKEDEV_STACK0	0xffffffff81200105ull
#define FAKEDEV_STACK1	0xffffffff81200233ull
#define FAKEDEV_STACK2	0xffffffffc0a01010ull

/* ustack(): the fake frame chain, at FAKEDEV_UFP in user memory */
#define FAKEDEV_UFP	0x7ff000000000ull
static u64 fakedev_uframes[4];

static int fd_dev = -1;
static u32 state = TR_STATE_EMPTY;
static u32 ncpus = 2;
static void *image;
static struct tr_prog prog;
static struct tr_vm *vms;
static int snap_fires;		/* FAKEDEV_SNAP_FIRES */

static int env_int(const char *name, int def)
{
	const char *s = getenv(name);

	return s && *s ? atoi(s) : def;
}

static int fail(int err)
{
	errno = err;
	return -1;
}

static void put_msg(u64 uptr, u32 len, const char *msg)
{
	char *dst = (char *)(unsigned long)uptr;

	if (!dst || !len)
		return;
	strncpy(dst, msg, len - 1);
	dst[len - 1] = '\0';
}

int open(const char *path, int flags, ...)
{
	static int (*real_open)(const char *, int, ...);
	mode_t mode = 0;
	va_list ap;

	if (!real_open)
		real_open = dlsym(RTLD_NEXT, "open");
	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	if (strcmp(path, TR_DEVICE_PATH))
		return real_open(path, flags, mode);
	if (env_int("FAKEDEV_OPEN_ERRNO", 0))
		return fail(env_int("FAKEDEV_OPEN_ERRNO", 0));
	ncpus = env_int("FAKEDEV_NCPUS", 2);
	snap_fires = env_int("FAKEDEV_SNAP_FIRES", 0);
	fd_dev = real_open("/dev/null", O_RDWR);
	return fd_dev;
}

int open64(const char *path, int flags, ...)
	__attribute__((alias("open")));

/*
 * The consumer's wait (trl_dev_wait()): /dev/null would poll readable at
 * once, the pretend device never is (no ring here fills by itself): a
 * sleep of the timeout, which a signal ends, as the module's poll().
 */
int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts,
	  const sigset_t *mask)
{
	static int (*real_ppoll)(struct pollfd *, nfds_t,
				 const struct timespec *, const sigset_t *);

	if (!real_ppoll)
		real_ppoll = dlsym(RTLD_NEXT, "ppoll");
	if (n == 1 && fds[0].fd == fd_dev && fd_dev >= 0) {
		fds[0].revents = 0;
		return real_ppoll(NULL, 0, ts, mask);
	}
	return real_ppoll(fds, n, ts, mask);
}

static u32 this_cpu(void)
{
	int c = sched_getcpu();

	return c < 0 ? 0 : (u32)c % ncpus;
}

/* kmod/run.c: run a probe's clauses, a fault record per fault. */
static void run_probe(u32 cpu, u32 probe)
{
	const struct tr_image_probe *p = &prog.probes[probe];
	struct tr_vm *vm = &vms[cpu];
	u32 c, end = p->clause_first + p->clause_count;
	struct tr_rec_fault f;
	enum tr_fault fault;

	vm->stats->fired++;
	tr_vm_fire(vm);
	env_mock.ints[TR_BI_ID] = tr_probe_id(p->kind, probe);	/* env.c */
	fault = tr_run_clauses(vm, p->clause_first, end);
	while (fault != TR_FAULT_NONE) {
		c = vm->clause;
		vm->stats->faults[fault]++;
		f = (struct tr_rec_fault){ probe, c, fault, vm->fault_pc,
					   vm->fault_addr };
		if (tr_ring_write(vm->ring, TR_REC_ID_FAULT, &f, sizeof(f)))
			vm->stats->buf_drops++;
		fault = tr_run_clauses(vm, c + 1, end);
	}
	vm->exited = false;
}

static void run_kind(u32 kind, u32 cpu)
{
	u32 i;

	for (i = 0; i < prog.nprobes; i++)
		if (prog.probes[i].kind == kind)
			run_probe(cpu, i);
}

/* The user stack of every firing (see the top), before the default ranges. */
static void fake_user_stack(void)
{
	const struct env_mock_mem mem[] = {
		{ FAKEDEV_UFP, sizeof(fakedev_uframes), true,
		  (const u8 *)fakedev_uframes },
		{ ENV_MOCK_KBASE, 0 - ENV_MOCK_KBASE, false, NULL },
		{ ENV_MOCK_UBASE, ENV_MOCK_USER_END - ENV_MOCK_UBASE, true, NULL },
	};

	fakedev_uframes[0] = FAKEDEV_UFP + 16;
	fakedev_uframes[1] = (u64)(unsigned long)env_mock_vm + 8;
	fakedev_uframes[3] = 0x1234;
	env_mock_mem_set(mem, ARRAY_SIZE(mem));
	env_mock.user = 1;
	env_mock.upid = (u64)getpid();
	env_mock.upc = (u64)(unsigned long)ioctl + 0x10;
	env_mock.ufp = FAKEDEV_UFP;
}

/* Every fbt probe @fires times: the n-th firing on pretend CPU n % ncpus. */
static void fire_kprobes(int fires)
{
	int n = 0, i;
	u32 p;

	fake_user_stack();
	for (p = 0; p < prog.nprobes; p++) {
		if (prog.probes[p].kind != TR_PROBE_KPROBE)
			continue;
		for (i = 0; i < fires; i++, n++) {
			env_mock.ints[TR_BI_PID] = 100 + n % 3;
			env_mock.ints[TR_BI_CPU] = n % ncpus;
			snprintf(env_mock.execname, sizeof(env_mock.execname),
				 "proc%d", 100 + n % 3);
			env_mock.stack[0] = FAKEDEV_STACK0 + n % 2 * 0x10;
			env_mock.stack[1] = FAKEDEV_STACK1;
			env_mock.stack[2] = FAKEDEV_STACK2;
			env_mock.nstack = 3;
			run_probe(n % ncpus, p);
		}
	}
}

static int do_load(struct tr_ioc_load *req)
{
	char msg[256] = "";
	const char *want = getenv("FAKEDEV_LOAD_MSG");
	u32 c;

	if (req->size != sizeof(*req) || req->abi_version != TR_ABI_VERSION)
		return fail(EINVAL);
	if (state != TR_STATE_EMPTY)
		return fail(EBUSY);
	if (want) {
		put_msg(req->errmsg, req->errmsg_len, want);
		return fail(EINVAL);
	}
	image = aligned_alloc(8, (req->image_len + 7) & ~7u);
	memcpy(image, (void *)(unsigned long)req->image, req->image_len);
	if (tr_verify(image, req->image_len, &prog, msg, sizeof(msg))) {
		put_msg(req->errmsg, req->errmsg_len, msg);
		return fail(EINVAL);
	}
	vms = calloc(ncpus, sizeof(*vms));
	for (c = 0; c < ncpus; c++) {
		env_mock_vm(&vms[c], &prog);
		/* globals and dynamic variables are session-wide */
		if (c) {
			free(vms[c].globals);
			free(vms[c].dyn);
			vms[c].globals = vms[0].globals;
			vms[c].dyn = vms[0].dyn;
		}
	}
	state = TR_STATE_LOADED;
	return 0;
}

/* ATTACH: one address per fbt entry and return probe, as the module wants. */
static int do_attach(struct tr_ioc_attach *req)
{
	u32 i, n = 0;

	if (req->size != sizeof(*req) || state != TR_STATE_LOADED)
		return fail(EINVAL);
	for (i = 0; i < prog.nprobes; i++)
		n += prog.probes[i].kind == TR_PROBE_KPROBE ||
		     prog.probes[i].kind == TR_PROBE_KRETPROBE;
	if (req->naddrs != n)
		return fail(EINVAL);
	for (i = 0; i < n; i++)
		if (!((const u64 *)(unsigned long)req->addrs)[i])
			return fail(EINVAL);
	state = TR_STATE_ATTACHED;
	return 0;
}

static int do_cmd(unsigned long cmd, struct tr_ioc_cmd *req)
{
	if (req->size != sizeof(*req))
		return fail(EINVAL);
	switch (cmd) {
	case TR_IOC_GO:
		if (state != TR_STATE_ATTACHED)
			return fail(EINVAL);
		run_kind(TR_PROBE_BEGIN, this_cpu());
		state = TR_STATE_ACTIVE;
		fire_kprobes(env_int("FAKEDEV_FIRES", 3));
		return 0;
	case TR_IOC_STOP:
		if (state != TR_STATE_ACTIVE)
			return fail(EINVAL);
		state = TR_STATE_STOPPED;
		run_kind(TR_PROBE_END, this_cpu());
		return 0;
	}
	return fail(ENOTTY);
}

static int do_read(unsigned long cmd, struct tr_ioc_read *req)
{
	u8 *buf = (u8 *)(unsigned long)req->buf;
	const u8 *data;
	u64 bytes;
	u32 n;

	if (req->size != sizeof(*req))
		return fail(EINVAL);
	req->out_len = 0;
	if (state == TR_STATE_EMPTY)
		return fail(EINVAL);
	if (req->cpu >= ncpus)
		return 0;
	if (cmd == TR_IOC_SNAPSHOT) {
		bytes = tr_agg_table_bytes(prog.hdr->agg_entries,
					   tr_agg_stride(&prog));
		req->out_len = bytes;
		if (req->buf_len < bytes)
			return fail(ENOSPC);
		memcpy(buf, vms[req->cpu].agg, bytes);
		tr_agg_table_init(vms[req->cpu].agg, prog.hdr->agg_entries,
				  tr_agg_key_area(&prog), tr_agg_stride(&prog));
		tr_vm_agg_changed(&vms[req->cpu]);
		if (!req->cpu && snap_fires > 0) {
			snap_fires--;
			fire_kprobes(1);	/* after the drain, on CPU 0 */
		}
		return 0;
	}
	req->drops = vms[req->cpu].stats->buf_drops;
	while (req->out_len < req->buf_len) {
		n = tr_ring_peek(vms[req->cpu].ring, &data,
				 req->buf_len - req->out_len);
		if (!n)
			break;
		memcpy(buf + req->out_len, data, n);
		tr_ring_consume(vms[req->cpu].ring, n);
		req->out_len += n;
	}
	return 0;
}

static int do_status(struct tr_ioc_status *st)
{
	u32 c, f;

	if (st->size != sizeof(*st))
		return fail(EINVAL);
	memset(st, 0, sizeof(*st));
	st->size = sizeof(*st);
	st->ncpus = ncpus;
	st->state = state;
	st->ret_missed = env_int("FAKEDEV_RET_MISSED", 0);
	for (c = 0; vms && c < ncpus; c++) {
		st->fired += vms[c].stats->fired;
		st->buf_drops += vms[c].stats->buf_drops;
		st->agg_drops += vms[c].stats->agg_drops;
		st->dyn_drops += vms[c].stats->dyn_drops;
		for (f = 0; f < TR_NFAULTS; f++)
			st->faults[f] += vms[c].stats->faults[f];
	}
	return 0;
}

int ioctl(int fd, unsigned long cmd, ...)
{
	static int (*real_ioctl)(int, unsigned long, ...);
	void *arg;
	va_list ap;

	va_start(ap, cmd);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (!real_ioctl)
		real_ioctl = dlsym(RTLD_NEXT, "ioctl");
	if (fd != fd_dev || fd < 0)
		return real_ioctl(fd, cmd, arg);
	switch (cmd) {
	case TR_IOC_LOAD:
		return do_load(arg);
	case TR_IOC_ATTACH:
		return do_attach(arg);
	case TR_IOC_GO:
	case TR_IOC_STOP:
		return do_cmd(cmd, arg);
	case TR_IOC_READ:
	case TR_IOC_SNAPSHOT:
		return do_read(cmd, arg);
	case TR_IOC_STATUS:
		return do_status(arg);
	}
	return fail(ENOTTY);
}
