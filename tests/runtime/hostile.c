// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/hostile.c - build/tests/hostile: hostile images sent
 * straight to /dev/tracer, around the compiler.  Runs in the lab.
 *
 *	hostile [-n COUNT] [-s SEED] DIR...
 *
 * 1. Hand-made cases: truncated and oversized images, bad pointers, every
 *    unknown opcode, every unused field of every opcode set, jumps that go
 *    back or out, registers, table ids and builtins out of range, section
 *    counts and memory requests beyond the caps.  Generic over TR_OPCODES,
 *    so new opcodes are covered.  Each must be rejected with -EINVAL and a
 *    message naming the rule (memory: -E2BIG or -ENOMEM), or, where noted,
 *    accepted and run.
 * 2. Every image of the DIRs (valid seeds: tests/fuzz/seeds) loaded and run.
 * 3. COUNT (default 3000) random mutations of those images (mutate.c).
 *    Mutation i depends only on SEED and i.  Fifteen in sixteen mutate a
 *    lean copy of their seed (hs_lean()): small memory requests (zeroing a
 *    megabyte ring and 16,384-slot tables per CPU is not what a mutation
 *    tests) and fbt probes made tick probes (detaching an fbt probe costs
 *    an ftrace update and an RCU tasks grace period, about 100 ms under
 *    TCG, serialized by ftrace's lock: most of the time of 100,000
 *    mutations).  The clauses are verified and run the same, in hard
 *    interrupt context.  The sixteenth mutates the seed as it is; the
 *    header mutations and the hand-made cases still ask for absurd sizes,
 *    and every seed runs on its own probes.
 *
 * Running an accepted image is the whole life cycle: LOAD, ATTACH (which
 * may fail on an fbt function name), GO (BEGIN runs), reads that fire
 * vfs_read and a millisecond for tick probes, STOP (END runs), READ and
 * SNAPSHOT of every CPU, STATUS, close.  After
 * each case the module's live allocations must be back to 0.  Anything
 * else, an unexpected errno or a leak, fails; the lab fails the run on any
 * oops or WARN in the guest log.  Prints "hostile: N passed, N failed".
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "tracer.h"
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "check.h"
#include "corpus.h"
#include "mutate.h"

#define HS_LIVE_ALLOCS	"/sys/module/tracer/parameters/live_allocs"
#define HS_MAX_IMAGE	(1u << 20)
#define HS_TARGET	TR_NREGS	/* fz_opcode_image's tested insn */
#define HS_SMALL_AGGS	64u		/* aggregation slots of a mutation */
#define HS_SMALL_DYNVAR	(64u << 10)	/* its dynamic variable space */
#define HS_KEEP_SEED	16u		/* 1 in 16 mutates the seed as is */
#define HS_PROGRESS	10000u

struct hs_stats {
	u32 rejected, too_big, accepted, attach_failed, ran;
	u32 lean;		/* mutations of a lean seed (hs_lean()) */
	double ms_rejected, ms_accepted;	/* time spent on each */
};

static struct hs_stats hs_stats;
static u64 hs_img[(TR_MAX_IMAGE_SIZE + 64) / 8];
static u8 *hs_read_buf;

static double hs_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long hs_live_allocs(void)
{
	FILE *f = fopen(HS_LIVE_ALLOCS, "r");
	long n = -1;

	if (f) {
		if (fscanf(f, "%ld", &n) != 1)
			n = -1;
		fclose(f);
	}
	return n;
}

/* The CPUs a session allocates for (the possible ones). */
static u32 hs_ncpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_CONF);

	return n > 0 ? n : 1;
}

/* Make vfs_read fire a few times, and wait a millisecond for ticks. */
static void hs_fire(void)
{
	const struct timespec ms = { 0, 1000000 };
	char buf[256];
	int fd, i;

	for (i = 0; i < 4; i++) {
		fd = open("/proc/self/stat", O_RDONLY);
		if (fd < 0)
			return;
		if (read(fd, buf, sizeof(buf)) < 0)
			buf[0] = 0;
		close(fd);
	}
	nanosleep(&ms, NULL);
}

/* READ and SNAPSHOT every CPU until the rings are empty. */
static int hs_drain(struct trl_dev *d, u32 ncpus)
{
	u32 cpu, out, round;
	u64 drops;
	int err;

	for (cpu = 0; cpu < ncpus; cpu++) {
		for (round = 0; round < 1024; round++) {
			err = trl_dev_read(d, cpu, hs_read_buf, HS_MAX_IMAGE,
					   &out, &drops);
			if (err || !out)
				break;
		}
		if (err)
			return err;
		err = trl_dev_snapshot(d, cpu, hs_read_buf, HS_MAX_IMAGE,
				       &out);
		if (err && err != -ENOSPC)
			return err;
	}
	return 0;
}

/* The life cycle after a successful LOAD; 0 or the unexpected -errno. */
static int hs_run(struct trl_dev *d, const char *name, const void *img,
		  u32 len)
{
	struct tr_ioc_status st = { 0 };
	int err;

	err = trl_dev_attach(d, img, len);
	if (err) {
		/* An fbt probe on a function that does not exist or cannot
		 * be probed: a clean refusal. */
		hs_stats.attach_failed++;
		return err == -ENOENT || err == -EINVAL || err == -EILSEQ ||
		       err == -EBUSY || err == -EEXIST ? 0 : err;
	}
	err = trl_dev_go(d);
	if (!err) {
		hs_fire();
		err = trl_dev_status(d, &st);
	}
	if (!err)
		err = hs_drain(d, st.ncpus);
	if (!err)
		err = trl_dev_stop(d);
	if (!err)
		err = hs_drain(d, st.ncpus);
	if (err)
		fprintf(stderr, "hostile: %s: %s (%d)\n", name, d->msg, err);
	else
		hs_stats.ran++;
	return err;
}

enum hs_want { HS_REJECT, HS_ACCEPT, HS_EITHER, HS_TOO_BIG };

/*
 * LOAD @len bytes at @image on a fresh session, run it if accepted, close
 * and check: a rejection is -EINVAL naming a rule (or a memory refusal),
 * an acceptance runs cleanly, and nothing stays allocated.
 */
static void hs_case(const char *name, const void *image, u32 len,
		    enum hs_want want, const char *rule)
{
	double start = hs_now_ms();
	const char *bad = NULL;
	struct trl_dev d;
	long live;
	int err;

	if (trl_dev_open(&d, TR_DEVICE_PATH)) {
		CHECK(0, "%s: %s", name, d.msg);
		return;
	}
	err = trl_dev_load(&d, image, len);
	if (!err) {
		hs_stats.accepted++;
		if (want == HS_REJECT || want == HS_TOO_BIG)
			bad = "accepted";
		else if (hs_run(&d, name, image, len))
			bad = "failed to run";
	} else if (err == -E2BIG || err == -ENOMEM) {
		hs_stats.too_big++;
		if (want == HS_ACCEPT)
			bad = "refused for memory";
	} else {
		hs_stats.rejected++;
		if (want == HS_ACCEPT || want == HS_TOO_BIG)
			bad = "rejected";
		else if (err != -EINVAL || !strstr(d.msg, "rule ") ||
			 (rule && !strstr(d.msg, rule)))
			bad = "not rejected by the expected rule";
	}
	trl_dev_close(&d);
	if (err)
		hs_stats.ms_rejected += hs_now_ms() - start;
	else
		hs_stats.ms_accepted += hs_now_ms() - start;
	live = hs_live_allocs();
	if (!bad && live)
		bad = "allocations left after close";
	CHECK(!bad, "%s: %s (%d '%s', want %s; live allocations %ld)", name,
	      bad, err, d.msg, rule ? rule : want == HS_ACCEPT ? "acceptance" :
	      "a clean rejection", live);
}

/* ---- 1. hand-made cases ---------------------------------------------- */

static struct tr_image_hdr *hs_hdr(void)
{
	return (struct tr_image_hdr *)hs_img;
}

/* A valid image exercising @op; the instruction under test at *@insn. */
static u32 hs_op_image(unsigned int op, u64 **insn)
{
	struct fz_rng r = { op };
	u32 len = fz_opcode_image(op, (u8 *)hs_img, sizeof(hs_img), &r);

	*insn = hs_img + hs_hdr()->sect[TR_SECT_INSNS].off / 8 + HS_TARGET;
	return len;
}

static void hs_case_op(const char *what, unsigned int op, u32 len,
		       const char *rule)
{
	char name[96];

	if (op < TR_NOPCODES)
		snprintf(name, sizeof(name), "%s %s", tr_op_table[op].name,
			 what);
	else
		snprintf(name, sizeof(name), "opcode %u: %s", op, what);
	hs_case(name, hs_img, len, HS_REJECT, rule);
}

static void hs_bad_k(unsigned int op, u64 *insn, u32 len)
{
	const struct tr_image_hdr *h = hs_hdr();
	const char *rule = "rule V8";
	u32 k;

	switch (tr_op_table[op].k) {
	case TR_K_CONST:
		k = h->sect[TR_SECT_CONSTS].count;
		break;
	case TR_K_AGG:
		k = h->sect[TR_SECT_AGGS].count;
		break;
	case TR_K_REC:
		k = h->sect[TR_SECT_RECS].count;
		break;
	case TR_K_STR:
		k = h->sect[TR_SECT_RODATA].count;
		break;
	case TR_K_SCR:
		k = h->scratch_size;
		break;
	case TR_K_BI:
	case TR_K_BS:
		k = TR_NBUILTINS;
		break;
	case TR_K_HLP:
		k = TR_NHELPERS;
		rule = "rule V9";
		break;
	case TR_K_GLB:		/* vars */
		k = h->globals_size;
		break;
	case TR_K_DVAR:		/* vars */
	case TR_K_TLV:
	case TR_K_TLI:
		k = h->sect[TR_SECT_DVARS].count;
		break;
	default:
		return;
	}
	*insn = (*insn & ~0xffffffffull) | k;
	hs_case_op("k out of range", op, len, rule);
	*insn |= 0xffffffffull;
	hs_case_op("k = 0xffffffff", op, len, rule);
	if (tr_op_table[op].k == TR_K_BI || tr_op_table[op].k == TR_K_BS) {
		for (k = 0; k < TR_NBUILTINS; k++)
			if (tr_builtin_table[k].kind !=
			    (tr_op_table[op].k == TR_K_BI ? TR_BUILTIN_INT :
							    TR_BUILTIN_STR))
				break;
		*insn = (*insn & ~0xffffffffull) | k;
		if (k < TR_NBUILTINS)
			hs_case_op("builtin of the other kind", op, len,
				   "rule V8");
	}
}

/* Per opcode: the valid image runs; each field broken is rejected. */
static void hs_opcodes(void)
{
	const u64 field[4] = { 0xfull << TR_A_SHIFT, 0xfull << TR_B_SHIFT,
			       0xffffull << TR_C_SHIFT, 0xffffffffull };
	unsigned int op, f;
	u64 *insn, orig;
	u32 len;

	for (op = 0; op < TR_NOPCODES; op++) {
		const struct tr_op_info *oi = &tr_op_table[op];
		const unsigned int role[4] = { oi->a, oi->b, oi->c, oi->k };
		char name[64];

		len = hs_op_image(op, &insn);
		snprintf(name, sizeof(name), "%s valid", oi->name);
		hs_case(name, hs_img, len, HS_ACCEPT, NULL);
		orig = *insn;
		for (f = 0; f < 4; f++) {
			*insn = orig;
			if (role[f])
				continue;
			/* Set the field's lowest bit. */
			*insn |= field[f] & (0 - field[f]);
			hs_case_op("unused field set", op, len,
				   "rule V2");
		}
		*insn = orig;
		if (oi->c == TR_C_J) {
			*insn |= field[2];
			hs_case_op("jump back (c = 0xffff)", op, len,
				   "rule V5");
			*insn = (orig & ~field[2]) | (4ull << TR_C_SHIFT);
			hs_case_op("jump out of the clause", op, len,
				   "rule V5");
		} else if (oi->c == TR_C_R) {
			*insn = (orig & ~field[2]) | (16ull << TR_C_SHIFT);
			hs_case_op("register r16", op, len, "rule V3");
		} else if (oi->c == TR_C_SZ) {
			*insn = (orig & ~field[2]) | (3ull << TR_C_SHIFT);
			hs_case_op("size 3", op, len, "rule V7");
		} else if (oi->c == TR_C_N) {
			*insn = orig & ~field[2];
			hs_case_op("count 0", op, len, "rule V7");
		}
		*insn = orig;
		hs_bad_k(op, insn, len);
	}
	for (op = TR_NOPCODES; op < 256; op++) {
		len = hs_op_image(0, &insn);
		*insn = TR_INSN(op, 0, 0, 0, 0);
		hs_case_op("unknown opcode", op, len, "rule V1");
	}
}

static void hs_header(void)
{
	struct tr_image_hdr *h = hs_hdr();
	struct tr_image_agg *aggs;
	struct tr_ioc_load bad = { .size = sizeof(bad),
				     .abi_version = TR_ABI_VERSION };
	u64 *insn;
	u32 len = hs_op_image(TR_OP_RET, &insn), s;
	struct trl_dev d;
	char msg[64];

	hs_case("empty", hs_img, 0, HS_REJECT, "rule I1");
	hs_case("8 bytes", hs_img, 8, HS_REJECT, "rule I1");
	hs_case("header - 1", hs_img, sizeof(*h) - 1, HS_REJECT, "rule I1");
	hs_case("truncated by 8", hs_img, len - 8, HS_REJECT, "rule I1");
	hs_case("8 more bytes", hs_img, len + 8, HS_REJECT, "rule I1");
	hs_case("over the cap", hs_img, TR_MAX_IMAGE_SIZE + 8, HS_REJECT,
		"rule I1");

	h->magic ^= 0x100;
	hs_case("bad magic", hs_img, len, HS_REJECT, "rule I2");
	h->magic ^= 0x100;
	h->flags = 0x80000000;
	hs_case("flags set", hs_img, len, HS_REJECT, "rule I2");
	h->flags = 0;
	h->reserved = 1;
	hs_case("reserved set", hs_img, len, HS_REJECT, "rule I2");
	h->reserved = 0;
	for (s = 0; s < TR_NSECTIONS; s++) {
		struct tr_image_sect keep = h->sect[s];

		h->sect[s].count = 0x7fffffff;
		hs_case("section count huge", hs_img, len, HS_REJECT,
			"rule I3");
		h->sect[s].count = keep.count ? keep.count : 1;
		h->sect[s].off = len - 4;
		hs_case("section past the end", hs_img, len, HS_REJECT,
			"rule I3");
		h->sect[s].off = 4;
		hs_case("section in the header", hs_img, len, HS_REJECT,
			"rule I3");
		h->sect[s] = keep;
	}

	/* Absurd memory requests. */
	h->scratch_size = TR_MAX_SCRATCH_SIZE + 8;
	hs_case("scratch over the cap", hs_img, len, HS_REJECT, "rule I4");
	h->scratch_size = TR_MAX_SCRATCH_SIZE;
	hs_case("scratch at the cap", hs_img, len, HS_ACCEPT, NULL);
	h->scratch_size = 256;
	h->buf_size = 0xfffffff8;
	hs_case("huge buffer", hs_img, len, HS_REJECT, "rule I4");
	h->buf_size = TR_MAX_BUF_SIZE;
	hs_case("buffer at the cap", hs_img, len, HS_EITHER, NULL);
	h->buf_size = TR_MIN_BUF_SIZE;
	h->agg_entries = 0xffffffff;
	hs_case("huge aggregation table", hs_img, len, HS_REJECT, "rule I4");
	h->agg_entries = TR_MAX_AGG_ENTRIES;
	hs_case("aggregation table at the cap", hs_img, len, HS_EITHER, NULL);
	aggs = (struct tr_image_agg *)((u8 *)hs_img +
				       h->sect[TR_SECT_AGGS].off);
	aggs[0].key_size = TR_MAX_KEY_SIZE;
	hs_case("1M slots of 1 KB keys", hs_img, len, HS_TOO_BIG, NULL);
	/* Just under the session cap: allocated, or refused, never an OOM. */
	aggs[0].key_size = (TR_MAX_SESSION_BYTES / hs_ncpus() /
			    TR_MAX_AGG_ENTRIES - 32) & ~7u;
	if (aggs[0].key_size > TR_MAX_KEY_SIZE)
		aggs[0].key_size = TR_MAX_KEY_SIZE;
	hs_case("a session just under the memory cap", hs_img, len, HS_EITHER,
		NULL);
	aggs[0].key_size = 8;
	h->agg_entries = 64;

	/* Bad user pointers: refused, never followed. */
	if (trl_dev_open(&d, TR_DEVICE_PATH) == 0) {
		bad.image = 8;
		bad.image_len = len;
		bad.errmsg = 16;
		bad.errmsg_len = 512;
		CHECK(ioctl(d.fd, TR_IOC_LOAD, &bad) && errno == EFAULT,
		      "image at a bad address: %d", errno);
		bad.image = (u64)(unsigned long)hs_img;
		bad.image_len = 0xffffffff;
		CHECK(ioctl(d.fd, TR_IOC_LOAD, &bad) && errno == EINVAL,
		      "image_len 0xffffffff: %d", errno);
		bad.image_len = 8;
		bad.errmsg = (u64)(unsigned long)msg;
		bad.errmsg_len = 1;
		CHECK(ioctl(d.fd, TR_IOC_LOAD, &bad) && errno == EINVAL &&
		      msg[0] == '\0', "one-byte message buffer");
		trl_dev_close(&d);
	}
	CHECK(hs_live_allocs() == 0, "bad pointers: allocations left");
}

/*
 * The most work an image can ask for.  Clause ranges may overlap and
 * probes may share clauses: one probe running TR_MAX_CLAUSES clauses that
 * all span TR_MAX_INSNS instructions used to soft-lock the CPU, in the
 * verifier (2^28 instructions checked) and in BEGIN.  Rules I6 and I7 now
 * bound both; the most they allow must run without a stall.
 */
static void hs_long_probes(void)
{
	const u32 most = TR_MAX_PROBE_WORK / TR_MAX_INSNS;
	u32 len;

	len = fz_long_probe_image((u8 *)hs_img, sizeof(hs_img),
				  TR_PROBE_BEGIN, 1,
				  TR_MAX_CLAUSES);
	hs_case("a probe running 2^28 instructions", hs_img, len, HS_REJECT,
		"rule I6");
	len = fz_long_probe_image((u8 *)hs_img, sizeof(hs_img),
				  TR_PROBE_BEGIN, TR_MAX_PROBES, 1);
	hs_case("TR_MAX_PROBES BEGIN probes of 65536 instructions", hs_img, len,
		HS_REJECT, "rule I7");
	len = fz_long_probe_image((u8 *)hs_img, sizeof(hs_img),
				  TR_PROBE_BEGIN, most, 1);
	hs_case("the most work allowed", hs_img, len, HS_ACCEPT, NULL);
	len = fz_long_probe_image((u8 *)hs_img, sizeof(hs_img),
				  TR_PROBE_KPROBE, most, 1);
	hs_case("the most work allowed on vfs_read", hs_img, len, HS_ACCEPT,
		NULL);
}

/*
 * ATTACH's fbt addresses (probes2; return probes too since ABI 3) come
 * from userspace: a wrong count, a bad pointer, another function's
 * address or one inside the function are refused with a message, and the
 * session can still attach with the right address.  @kind: an image of
 * one fbt entry or return probe on vfs_read.
 */
static void hs_attach_addrs(u32 kind, const char *name)
{
	u32 len = fz_long_probe_image((u8 *)hs_img, sizeof(hs_img), kind, 1,
				      1);
	struct tr_ioc_attach req = { .size = sizeof(req), .naddrs = 1 };
	u64 good, other, addr;
	char msg[256], want[64];
	struct trl_dev d;

	if (trl_ksym_addr("vmlinux", "vfs_read", &good) ||
	    trl_ksym_addr("vmlinux", "vfs_write", &other)) {
		CHECK(0, "attach addresses: vfs_read or vfs_write not in kallsyms");
		return;
	}
	if (trl_dev_open(&d, TR_DEVICE_PATH) || trl_dev_load(&d, hs_img, len)) {
		CHECK(0, "attach addresses (%s): %s", name, d.msg);
		trl_dev_close(&d);
		return;
	}
	req.errmsg = (u64)(unsigned long)msg;
	req.errmsg_len = sizeof(msg);
	req.addrs = (u64)(unsigned long)&addr;
	req.naddrs = 0;
	CHECK(ioctl(d.fd, TR_IOC_ATTACH, &req) && errno == EINVAL &&
	      strstr(msg, "0 fbt addresses given; the image has 1 fbt"),
	      "attach (%s): no address for an fbt probe: %s", name, msg);
	req.naddrs = 1;
	req.addrs = 8;
	CHECK(ioctl(d.fd, TR_IOC_ATTACH, &req) && errno == EFAULT,
	      "attach (%s): addresses at a bad pointer: %d", name, errno);
	req.addrs = (u64)(unsigned long)&addr;
	addr = other;
	snprintf(want, sizeof(want), "vfs_read:%s: address", name);
	CHECK(ioctl(d.fd, TR_IOC_ATTACH, &req) && errno == EINVAL &&
	      strstr(msg, "is vfs_write+0x0/") && strstr(msg, want),
	      "attach (%s): another function's address: %s", name, msg);
	addr = good + 1;
	CHECK(ioctl(d.fd, TR_IOC_ATTACH, &req) && errno == EINVAL &&
	      strstr(msg, "is vfs_read+0x1/"),
	      "attach (%s): an address inside the function: %s", name, msg);
	addr = good;
	CHECK(!ioctl(d.fd, TR_IOC_ATTACH, &req),
	      "attach (%s): the right address after the wrong ones: %s", name,
	      msg);
	trl_dev_close(&d);
	CHECK(hs_live_allocs() == 0, "attach addresses (%s): allocations left",
	      name);
}

/* ---- 2. and 3. seeds and their mutations ----------------------------- */

struct hs_seed {
	char *name;
	u8 *img;
	size_t len;
};

/*
 * Make the seed copied to hs_img (@len bytes) lean: small memory requests,
 * and its fbt probes tick-N probes at the shortest period, which fire on
 * their own in hard interrupt context and cost no ftrace update or RCU
 * tasks grace period (about 100 ms, under a global lock) to detach.
 */
static void hs_lean(size_t len)
{
	struct tr_image_hdr *h = hs_hdr();
	struct tr_image_probe *p;
	u32 i;

	if (len < sizeof(*h))
		return;
	if (h->buf_size > TR_MIN_BUF_SIZE)
		h->buf_size = TR_MIN_BUF_SIZE;
	if (h->agg_entries > HS_SMALL_AGGS)
		h->agg_entries = HS_SMALL_AGGS;
	if (h->dynvar_size > HS_SMALL_DYNVAR)
		h->dynvar_size = HS_SMALL_DYNVAR;
	if (h->sect[TR_SECT_PROBES].off > len ||
	    h->sect[TR_SECT_PROBES].count >
	    (len - h->sect[TR_SECT_PROBES].off) / sizeof(*p))
		return;
	p = (struct tr_image_probe *)((u8 *)hs_img +
				      h->sect[TR_SECT_PROBES].off);
	for (i = 0; i < h->sect[TR_SECT_PROBES].count; i++) {
		if (p[i].kind != TR_PROBE_KPROBE &&
		    p[i].kind != TR_PROBE_KRETPROBE)
			continue;
		p[i].kind = TR_PROBE_TICK;
		p[i].param = TR_MIN_PERIOD_NS;
	}
}

/* Mutation @i of the run seeded @seed: the same in any worker. */
static void hs_mutation(const struct hs_seed *seeds, size_t nseeds, u32 i,
			u64 seed)
{
	struct fz_rng r = { seed ^ (i * 0xd1342543de82ef95ull) };
	const struct hs_seed *s = &seeds[fz_below(&r, nseeds)];
	char name[600];
	u32 j, steps;
	size_t len;

	len = s->len < HS_MAX_IMAGE ? s->len : HS_MAX_IMAGE;
	memcpy(hs_img, s->img, len);
	if (fz_below(&r, HS_KEEP_SEED)) {
		hs_lean(len);
		hs_stats.lean++;
	}
	steps = 1 + fz_below(&r, 4);
	for (j = 0; j < steps; j++)
		len = fz_mutate((u8 *)hs_img, len, HS_MAX_IMAGE, &r);
	snprintf(name, sizeof(name), "mutation %u of %s", i, s->name);
	hs_case(name, hs_img, len, HS_EITHER, NULL);
}

/* The mutations; a progress line on stderr every HS_PROGRESS of them. */
static void hs_mutations(const struct hs_seed *seeds, size_t nseeds,
			 u32 count, u64 seed)
{
	double start = hs_now_ms();
	u32 i;

	for (i = 0; i < count && nseeds; i++) {
		hs_mutation(seeds, nseeds, i, seed);
		if ((i + 1) % HS_PROGRESS == 0)
			fprintf(stderr, "hostile: %u of %u mutations, %.0f s\n",
				i + 1, count, (hs_now_ms() - start) / 1e3);
	}
}

static void hs_report(const char *what)
{
	printf("hostile: %s", what);
	if (hs_stats.lean)
		printf(" (%u of lean seeds)", hs_stats.lean);
	printf(": %u rejected, %u refused for memory, %u accepted",
	       hs_stats.rejected, hs_stats.too_big, hs_stats.accepted);
	printf(" (%u failed to attach, %u ran)", hs_stats.attach_failed,
	       hs_stats.ran);
	printf("; %.1f ms per refusal, %.1f ms per acceptance\n",
	       hs_stats.ms_rejected /
	       (hs_stats.rejected + hs_stats.too_big ?: 1),
	       hs_stats.ms_accepted / (hs_stats.accepted ?: 1));
}

int main(int argc, char **argv)
{
	char what[96];
	struct hs_seed *seeds = NULL;
	size_t nseeds = 0, n, k;
	u64 seed = 1;
	u32 count = 3000;
	double start;
	char **list;
	int c, i;

	while ((c = getopt(argc, argv, "n:s:")) != -1) {
		switch (c) {
		case 'n':
			count = strtoul(optarg, NULL, 0);
			break;
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		default:
			fprintf(stderr,
				"usage: hostile [-n COUNT] [-s SEED] DIR...\n");
			return 2;
		}
	}
	hs_read_buf = malloc(HS_MAX_IMAGE);
	CHECK(hs_live_allocs() == 0, "allocations live before the test");

	hs_header();
	hs_opcodes();
	hs_long_probes();
	hs_attach_addrs(TR_PROBE_KPROBE, "entry");
	hs_attach_addrs(TR_PROBE_KRETPROBE, "return");
	hs_report("hand-made cases");

	for (i = optind; i < argc; i++) {
		list = fz_list_dir(argv[i], &n);
		CHECK(list != NULL, "cannot read %s", argv[i]);
		for (k = 0; list && k < n; k++) {
			seeds = realloc(seeds, (nseeds + 1) * sizeof(*seeds));
			seeds[nseeds].name = strdup(list[k]);
			seeds[nseeds].img = fz_read_file(list[k],
							 &seeds[nseeds].len);
			if (!seeds[nseeds].img)
				continue;
			hs_case(list[k], seeds[nseeds].img, seeds[nseeds].len,
				HS_ACCEPT, NULL);
			nseeds++;
		}
		fz_free_list(list);
	}
	memset(&hs_stats, 0, sizeof(hs_stats));
	start = hs_now_ms();
	hs_mutations(seeds, nseeds, count, seed);
	snprintf(what, sizeof(what), "%u mutations (seed %llu) in %.0f s",
		 count, (unsigned long long)seed,
		 (hs_now_ms() - start) / 1e3);
	hs_report(what);
	return check_report("hostile");
}
