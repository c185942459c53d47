// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_consume.c - libtracer/consume.c on record buffers built
 * by hand as TR_IOC_READ returns them: pads are skipped, printf() records
 * are formatted, exit() records set the status, fault records print
 * DTrace's error message (illumos dt_handle.c, dt_handle_err(): "error on
 * enabled probe ID %u (ID %u: %s:%s:%s:%s): %s%s in %s%s"), and broken
 * records or framing are reported, never silently dropped.  The reader
 * reads them from a pretend device and holds them between passes
 * (order.c), to release them in time order.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"
#include "check.h"

/* A program: probes BEGIN and fbt::vfs_read:entry, two clauses. */
struct fake {
	struct tr_program prog;
	struct {
		struct tr_image_hdr hdr;
		struct tr_image_clause clauses[2];
		struct tr_image_probe probes[2];
	} image;
	struct tr_probe_meta probes[2];
	struct tr_clause_meta clauses[2];
	u32 action_of_pc[2][6];
	struct tr_rec_meta recs[3];
	struct tr_field args[3][2];
};

static struct fake *fake_new(void)
{
	static struct fake f;

	memset(&f, 0, sizeof(f));
	f.image.hdr.magic = TR_IMAGE_MAGIC;
	f.image.hdr.sect[TR_SECT_CLAUSES].off = sizeof(f.image.hdr);
	f.image.hdr.sect[TR_SECT_CLAUSES].count = 2;
	f.image.clauses[0] = (struct tr_image_clause){ 0, 4 };
	f.image.clauses[1] = (struct tr_image_clause){ 4, 6 };
	/* probe IDs: BEGIN is 1 (DTrace's), probe 1 TR_PROBE_ID_BASE + 1 */
	f.image.hdr.sect[TR_SECT_PROBES].off = offsetof(typeof(f.image),
							 probes);
	f.image.hdr.sect[TR_SECT_PROBES].count = 2;
	f.image.probes[0].kind = TR_PROBE_BEGIN;
	f.image.probes[1].kind = TR_PROBE_KPROBE;
	f.prog.image = &f.image;
	f.prog.image_len = sizeof(f.image);

	f.probes[0] = (struct tr_probe_meta){ "BEGIN", "dtrace", "", "",
					      "BEGIN" };
	f.probes[1] = (struct tr_probe_meta){ "fbt::vfs_read:entry", "fbt", "",
					      "vfs_read", "entry" };
	f.prog.probes = f.probes;
	f.prog.nprobes = 2;

	/* clause 1: predicate at pc 0-1, action #1 at 2-3, action #2 4-5 */
	memcpy(f.action_of_pc[1], (u32[]){ 0, 0, 1, 1, 2, 2 },
	       sizeof(f.action_of_pc[1]));
	f.clauses[0] = (struct tr_clause_meta){ 0, 1, f.action_of_pc[0] };
	f.clauses[1] = (struct tr_clause_meta){ 1, 2, f.action_of_pc[1] };
	f.prog.clauses = f.clauses;
	f.prog.nclauses = 2;

	/* rec 0: printf("%s read %d\n", execname, pid); rec 1: exit(N) */
	f.args[0][0] = (struct tr_field){ TR_VT_STR, false, 16, 0 };
	f.args[0][1] = (struct tr_field){ TR_VT_INT, true, 4, 16 };
	f.recs[0] = (struct tr_rec_meta){ TR_RK_PRINTF, "%s read %d\n", 2,
					  f.args[0], 24 };
	f.args[1][0] = (struct tr_field){ TR_VT_INT, true, 4, 0 };
	f.recs[1] = (struct tr_rec_meta){ TR_RK_EXIT, NULL, 1, f.args[1], 8 };
	f.recs[2] = (struct tr_rec_meta){ TR_RK_PRINTF, "%d %d\n", 1,
					  f.args[1], 8 };
	f.prog.recs = f.recs;
	f.prog.nrecs = 3;
	return &f;
}

/* A buffer of records under construction. */
struct buf {
	u8 b[1024];
	u32 len;
};

static void put(struct buf *b, u32 id, const void *payload, u32 len)
{
	struct tr_rec_hdr h = { id, sizeof(h) + ((len + 7) & ~7u), 0 };

	memcpy(b->b + b->len, &h, sizeof(h));
	memset(b->b + b->len + sizeof(h), 0, h.size - sizeof(h));
	if (payload)
		memcpy(b->b + b->len + sizeof(h), payload, len);
	b->len += h.size;
}

static void put_printf(struct buf *b, const char *comm, s64 pid)
{
	u8 p[24] = { 0 };

	strncpy((char *)p, comm, 16);
	memcpy(p + 16, &pid, 8);
	put(b, 0, p, sizeof(p));
}

static void put_fault(struct buf *b, u32 probe, u32 clause, u32 fault,
		      u32 pc)
{
	struct tr_rec_fault f = { probe, clause, fault, pc, 0 };

	if (fault == TR_FAULT_BADADDR)
		f.addr = 0x40 + pc;

	put(b, TR_REC_ID_FAULT, &f, sizeof(f));
}

struct run {
	char *out, *err;
	int ret;
	struct trl_consumer c;
};

static void consume(struct run *r, const struct fake *f, const struct buf *b)
{
	size_t on, en;
	FILE *out = open_memstream(&r->out, &on);
	FILE *err = open_memstream(&r->err, &en);

	trl_consumer_init(&r->c, &f->prog, out, err, "tracer");
	r->ret = trl_consume_buf(&r->c, 3, b->b, b->len);
	trl_consumer_free(&r->c);
	fclose(out);
	fclose(err);
}

static void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
}

static void test_printf_exit_pad(void)
{
	struct fake *f = fake_new();
	struct buf b = { .len = 0 };
	s64 status = 3;
	struct run r;

	put_printf(&b, "bash", 4242);
	put(&b, TR_REC_ID_PAD, NULL, 24);
	put_printf(&b, "sshd", -1);
	put(&b, 1, &status, sizeof(status));
	consume(&r, f, &b);
	CHECK(r.ret == 0, "consume returned %d", r.ret);
	CHECK(!strcmp(r.out, "bash read 4242\nsshd read -1\n"),
	      "printf output: [%s]", r.out);
	CHECK(!strcmp(r.err, ""), "unexpected errors: [%s]", r.err);
	CHECK(r.c.exited && r.c.exit_status == 3, "exit status %d (%d)",
	      r.c.exit_status, r.c.exited);
	CHECK(r.c.records == 3, "%llu records, want 3 (pads do not count)",
	      (unsigned long long)r.c.records);
	run_free(&r);
}

static void test_faults(void)
{
	struct fake *f = fake_new();
	struct buf b = { .len = 0 };
	struct run r;

	put_fault(&b, 1, 1, TR_FAULT_DIVZERO, 3);
	put_fault(&b, 1, 1, TR_FAULT_BADADDR, 1);
	put_fault(&b, 0, 0, TR_FAULT_BADADDR, 2);
	put_fault(&b, 1, 1, TR_FAULT_DIVZERO, 6);	/* pc out of range */
	consume(&r, f, &b);
	CHECK(r.ret == 0, "consume returned %d", r.ret);
	CHECK(!strcmp(r.err,
		"tracer: error on enabled probe ID 2 (ID 5: fbt::vfs_read:entry): divide-by-zero in action #1 at DIF offset 24\n"
		"tracer: error on enabled probe ID 2 (ID 5: fbt::vfs_read:entry): invalid address (0x41) in predicate at DIF offset 8\n"
		"tracer: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid address (0x42) in predicate at DIF offset 16\n"
		"tracer: fault record on CPU 3 names probe 1, clause 1, pc 6, fault 1: not in this program\n"),
	      "fault messages: [%s]", r.err);
	CHECK(r.c.faults_reported[TR_FAULT_DIVZERO] == 1 &&
	      r.c.faults_reported[TR_FAULT_BADADDR] == 2,
	      "faults counted: %llu divzero, %llu badaddr",
	      (unsigned long long)r.c.faults_reported[TR_FAULT_DIVZERO],
	      (unsigned long long)r.c.faults_reported[TR_FAULT_BADADDR]);
	run_free(&r);
}

static void test_bad_records(void)
{
	struct fake *f = fake_new();
	struct buf b = { .len = 0 };
	u8 small[8] = { 0 };
	struct run r;

	put(&b, 7, small, sizeof(small));	/* no such record */
	put(&b, 0, small, sizeof(small));	/* shorter than declared */
	put(&b, 2, small, sizeof(small));	/* printf: an arg too few */
	put_printf(&b, "ok", 1);
	consume(&r, f, &b);
	CHECK(r.ret == 0, "consume returned %d", r.ret);
	CHECK(!strcmp(r.out, "0 ok read 1\n"), "output: [%s]", r.out);
	CHECK(strstr(r.err, "record id 7 on CPU 3 is not in this program") &&
	      strstr(r.err, "record 0 on CPU 3 has 8 bytes; the program says 24") &&
	      strstr(r.err, "printf() of record 2: conversion #2 (%d) is missing"),
	      "errors: [%s]", r.err);
	run_free(&r);

	/* Broken framing: the rest of the buffer is abandoned. */
	memset(&b, 0, sizeof(b));
	put_printf(&b, "first", 1);
	put_printf(&b, "lost", 2);
	((struct tr_rec_hdr *)(b.b + 40))->size = 12;
	consume(&r, f, &b);
	CHECK(r.ret == -EINVAL, "broken framing: returned %d", r.ret);
	CHECK(!strcmp(r.out, "first read 1\n"), "output: [%s]", r.out);
	CHECK(strstr(r.err, "record at offset 40 has size 12") != NULL,
	      "errors: [%s]", r.err);
	run_free(&r);

	memset(&b, 0, sizeof(b));
	put_printf(&b, "first", 1);
	consume(&r, f, &b);
	run_free(&r);
	b.len += 4;
	consume(&r, f, &b);
	CHECK(r.ret == -EINVAL && strstr(r.err, "4 stray bytes"),
	      "stray bytes: %d [%s]", r.ret, r.err);
	run_free(&r);
}

/*
 * order.c: records come out by time, ties in arrival order, and those held
 * survive compaction and the store moving.
 */
struct order_seen {
	u64 ts[8];
	u32 cpu[8];
	unsigned int n;
	bool bad_payload;
};

static void order_collect(void *arg, u32 cpu, const struct tr_rec_hdr *h,
			  const u8 *payload)
{
	struct order_seen *seen = arg;
	u64 v;

	memcpy(&v, payload, sizeof(v));
	if (v != h->ts * 3 + cpu || h->size != sizeof(*h) + 16)
		seen->bad_payload = true;
	if (seen->n < 8) {
		seen->ts[seen->n] = h->ts;
		seen->cpu[seen->n++] = cpu;
	}
}

/*
 * Hold @n records of @cpu as a read does: a pad, then records of times
 * @ts (payload ts * 3 + cpu), put in a room of @room bytes and held where
 * they are.
 */
static void order_read(struct trl_order *o, u32 cpu, const u64 *ts,
		       unsigned int n, size_t room)
{
	struct tr_rec_hdr h = { TR_REC_ID_PAD, TR_REC_PAD_MIN, 0 };
	u8 *b = trl_order_room(o, room);
	size_t off = TR_REC_PAD_MIN;
	unsigned int i;
	u64 v;

	CHECK(b && !trl_order_reserve(o, n), "no room for %u records", n);
	if (!b)
		return;
	memcpy(b, &h, TR_REC_PAD_MIN);
	for (i = 0; i < n; i++, off += h.size) {
		h = (struct tr_rec_hdr){ 5, sizeof(h) + 16, ts[i] };
		v = ts[i] * 3 + cpu;
		memcpy(b + off, &h, sizeof(h));
		memcpy(b + off + sizeof(h), &v, sizeof(v));
		memset(b + off + sizeof(h) + sizeof(v), 0xa5, 8);
		trl_order_hold(o, cpu, ts[i], off);
	}
	trl_order_keep(o, off);
}

static void test_order(void)
{
	struct order_seen seen = { .n = 0 };
	struct trl_order o = { .nents = 0 };

	order_read(&o, 0, (u64[]){ 30, 40 }, 2, 256);
	order_read(&o, 1, (u64[]){ 10, 20, 40 }, 3, 256);
	trl_order_flush(&o, 15, order_collect, &seen);
	CHECK(seen.n == 1 && seen.ts[0] == 10 && seen.cpu[0] == 1,
	      "first flush: %u records, ts %llu", seen.n,
	      (unsigned long long)seen.ts[0]);
	CHECK(o.nents == 4, "held after the first flush: %zu", o.nents);
	CHECK(o.bytes_len == 4 * 32,
	      "compacted to %zu bytes, want %u: no pads, nothing released",
	      o.bytes_len, 4 * 32);
	/* a read that needs a larger store: the held records move with it */
	order_read(&o, 0, (u64[]){ 50 }, 1, 1 << 20);
	trl_order_flush(&o, 35, order_collect, &seen);
	CHECK(seen.n == 3 && o.nents == 3, "second flush: %u out, %zu held",
	      seen.n, o.nents);
	trl_order_flush(&o, ~0ull, order_collect, &seen);
	CHECK(seen.n == 6, "records out: %u", seen.n);
	CHECK(seen.ts[1] == 20 && seen.ts[2] == 30 && seen.ts[3] == 40 &&
	      seen.ts[4] == 40 && seen.ts[5] == 50,
	      "time order: %llu %llu %llu %llu %llu",
	      (unsigned long long)seen.ts[1], (unsigned long long)seen.ts[2],
	      (unsigned long long)seen.ts[3], (unsigned long long)seen.ts[4],
	      (unsigned long long)seen.ts[5]);
	CHECK(seen.cpu[3] == 0 && seen.cpu[4] == 1,
	      "ties keep arrival order: CPUs %u %u", seen.cpu[3], seen.cpu[4]);
	CHECK(!seen.bad_payload, "a held record was corrupted");
	CHECK(o.nents == 0 && o.bytes_len == 0, "left: %zu records, %zu bytes",
	      o.nents, o.bytes_len);
	trl_order_free(&o);
}

/*
 * A pretend /dev/tracer for trl_read_all(): each TR_IOC_READ of CPU 0 or 1
 * returns the CPU's next step of script[], -ENOSPC (and the size it needs)
 * while a step does not fit the reader's buffer.  An empty step ends the
 * reads of the CPU for the pass, and after its last step the CPU stays
 * empty.
 */
#define SCRIPT_FD	1023
#define SCRIPT_STEPS	6

static struct step {
	const u8 *b;
	u32 len;
} script[2][SCRIPT_STEPS];
static unsigned int script_next[2];

int ioctl(int fd, unsigned long cmd, ...)
{
	struct tr_ioc_read *req;
	const struct step *s;
	va_list ap;

	va_start(ap, cmd);
	req = va_arg(ap, struct tr_ioc_read *);
	va_end(ap);
	if (fd != SCRIPT_FD || cmd != TR_IOC_READ || req->cpu >= 2) {
		errno = ENOTTY;
		return -1;
	}
	s = &script[req->cpu][script_next[req->cpu]];
	req->out_len = s->len;
	req->drops = 0;
	if (s->len > req->buf_len) {
		errno = ENOSPC;
		return -1;
	}
	if (s->len)
		memcpy((u8 *)(unsigned long)req->buf, s->b, s->len);
	if (script_next[req->cpu] < SCRIPT_STEPS - 1)
		script_next[req->cpu]++;
	return 0;
}

/*
 * A printf() record of rec 0 ("%s read %d\n") that fired at @ts, with
 * @len bytes of payload (24 to 64, 8-aligned).
 */
static void put_printf_ts(struct buf *b, const char *comm, s64 pid, u64 ts,
			  u32 len)
{
	u8 p[64] = { 0 };

	strncpy((char *)p, comm, 16);
	memcpy(p + 16, &pid, 8);
	put(b, 0, p, len);
	((struct tr_rec_hdr *)(b->b + b->len - len) - 1)->ts = ts;
}

/*
 * consume.c's reader, over three passes: records read into the store are
 * held in place across passes while it grows for a record larger than the
 * reader's buffer, come out by time, ties in arrival order, and the part of
 * a buffer before broken framing is held.
 */
static void test_reader(void)
{
	static struct buf a, b, c, d;
	static u8 big[3 << 20];
	struct trl_dev dev = { .fd = SCRIPT_FD };
	struct fake *f = fake_new();
	const u32 big_len = sizeof(big);
	struct tr_rec_hdr h = { 0, big_len, 20 };
	struct trl_reader rd;
	struct run r;
	size_t on, en;
	FILE *out = open_memstream(&r.out, &on);
	FILE *err = open_memstream(&r.err, &en);

	/* pass 1: nothing is released before the second pass */
	put_printf_ts(&a, "a30", 1, 30, 24);
	put(&a, TR_REC_ID_PAD, NULL, 8);
	put_printf_ts(&a, "late0", 2, ~0ull, 64);
	put_printf_ts(&b, "c10", 3, 10, 24);
	put_printf_ts(&b, "late1", 4, ~0ull, 24);
	put_printf_ts(&b, "lost", 5, 5, 24);
	((struct tr_rec_hdr *)(b.b + 80))->size = 12;
	script[0][0] = (struct step){ a.b, a.len };
	script[1][0] = (struct step){ b.b, b.len };
	/* pass 2: a record larger than the reader's buffer */
	memcpy(big, &h, sizeof(h));
	memcpy(big + sizeof(h), "big", 4);
	memcpy(big + sizeof(h) + 16, &(s64){ 6 }, 8);
	script[0][2] = (struct step){ big, big_len };
	put_printf_ts(&c, "d15", 7, 15, 24);
	script[1][2] = (struct step){ c.b, c.len };
	/* pass 3, final: one more of the latest time */
	put_printf_ts(&d, "late2", 8, ~0ull, 24);
	script[0][4] = (struct step){ d.b, d.len };

	trl_consumer_init(&r.c, &f->prog, out, err, "tracer");
	CHECK(!trl_reader_init(&rd, &dev, 2, 0), "reader init");
	CHECK(!trl_read_all(&rd, &r.c, false), "pass 1: %s", dev.msg);
	fflush(out);
	CHECK(!strcmp(r.out, ""), "pass 1 released: [%s]", r.out);
	CHECK(!trl_read_all(&rd, &r.c, false), "pass 2: %s", dev.msg);
	fflush(out);
	CHECK(!strcmp(r.out, "c10 read 3\nd15 read 7\nbig read 6\na30 read 1\n"),
	      "pass 2 released: [%s]", r.out);
	CHECK(rd.buf_len == big_len, "reads ask for %u bytes, want %u",
	      rd.buf_len, big_len);
	CHECK(!trl_read_all(&rd, &r.c, true), "pass 3: %s", dev.msg);
	fflush(out);
	CHECK(!strcmp(r.out, "c10 read 3\nd15 read 7\nbig read 6\na30 read 1\n"
			     "late0 read 2\nlate1 read 4\nlate2 read 8\n"),
	      "all released: [%s]", r.out);
	fflush(err);
	CHECK(!strcmp(r.err, "tracer: CPU 1: record at offset 80 has size 12; abandoning 40 bytes\n"),
	      "errors: [%s]", r.err);
	CHECK(r.c.records == 7, "%llu records, want 7",
	      (unsigned long long)r.c.records);
	trl_reader_free(&rd);
	trl_consumer_free(&r.c);
	fclose(out);
	fclose(err);
	run_free(&r);
}

int main(void)
{
	test_order();
	test_reader();
	test_printf_exit_pad();
	test_faults();
	test_bad_records();
	return check_report("test_consume");
}
