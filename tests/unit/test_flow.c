// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_flow.c - the flowindent option (libtracer/flow.c) through
 * the consumer, on record buffers built by hand: the heading and columns
 * of dtrace.c's chew() ("%3s %-41s\n", "%3d %-41s "), the prefixes and
 * indentation of illumos dt_flowindent() (" -> " and " <- ", " => " and
 * " <= " for the syscall provider, "| func:name" for other probes), its
 * rule for a second clause of one probe (no indent, and only the last
 * clause of a return unindents), one depth per CPU, and quiet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"
#include "check.h"

/*
 * Probes (ID = 4 + index): 0 syscall::read:entry, 1 fbt::vfs_read:entry,
 * 2 fbt::vfs_read:return, 3 syscall::read:return, 4 profile:::tick-1s.
 * Records: 0-2 and 4-5 are probe records (one per clause), 3 a printf.
 *   rec 0  clause of syscall::read:entry, then rec 3 printf("fd: %d")
 *   rec 1  clause of fbt::vfs_read:entry, fbt::vfs_read:return
 *   rec 2  clause of syscall::read:return
 *   rec 4  a second clause of fbt::vfs_read:entry, fbt::vfs_read:return
 *   rec 5  clause of profile:::tick-1s
 */
#define NPROBES	5
#define NRECS	6

static struct {
	struct tr_program prog;
	struct {
		struct tr_image_hdr hdr;
		struct tr_image_probe probes[NPROBES];
	} image;
	struct tr_probe_meta probes[NPROBES];
	struct tr_rec_meta recs[NRECS];
	struct tr_field id, fd;
} f;

static void fake_init(bool quiet)
{
	static const char *const desc[NPROBES][4] = {
		{ "syscall", "", "read", "entry" },
		{ "fbt", "vmlinux", "vfs_read", "entry" },
		{ "fbt", "vmlinux", "vfs_read", "return" },
		{ "syscall", "", "read", "return" },
		{ "profile", "", "", "tick-1s" },
	};
	u32 i;

	memset(&f, 0, sizeof(f));
	f.image.hdr.magic = TR_IMAGE_MAGIC;
	f.image.hdr.sect[TR_SECT_PROBES].off = sizeof(f.image.hdr);
	f.image.hdr.sect[TR_SECT_PROBES].count = NPROBES;
	for (i = 0; i < NPROBES; i++) {
		f.image.probes[i].kind = TR_PROBE_KPROBE;
		f.probes[i] = (struct tr_probe_meta){
			(char *)"", (char *)desc[i][0], (char *)desc[i][1],
			(char *)desc[i][2], (char *)desc[i][3] };
	}
	f.prog.image = &f.image;
	f.prog.image_len = sizeof(f.image);
	f.prog.probes = f.probes;
	f.prog.nprobes = NPROBES;

	f.id = (struct tr_field){ TR_VT_INT, false, 4, 0 };
	f.fd = (struct tr_field){ TR_VT_INT, true, 8, 0 };
	for (i = 0; i < NRECS; i++)
		f.recs[i] = (struct tr_rec_meta){ .kind = TR_RK_PROBE,
						  .nargs = 1, .args = &f.id,
						  .size = 8 };
	f.recs[3] = (struct tr_rec_meta){ .kind = TR_RK_PRINTF,
					  .fmt = (char *)"fd: %d", .nargs = 1,
					  .args = &f.fd, .size = 8 };
	for (i = 0; i < NRECS; i++)	/* each clause's last record */
		f.recs[i].eol = !quiet && i != 0;
	f.prog.recs = f.recs;
	f.prog.nrecs = NRECS;
	f.prog.flowindent = true;
	f.prog.quiet = quiet;
}

struct buf {
	u8 b[2048];
	u32 len;
};

static void put(struct buf *b, u32 rec, u64 value)
{
	struct tr_rec_hdr h = { rec, sizeof(h) + 8, 0 };

	memcpy(b->b + b->len, &h, sizeof(h));
	memcpy(b->b + b->len + sizeof(h), &value, 8);
	b->len += h.size;
}

/* A firing of probe @probe running the clause of probe record @rec. */
static void fire(struct buf *b, u32 rec, u32 probe)
{
	put(b, rec, TR_PROBE_ID_BASE + probe);
}

/* Consume @n buffers, buffer i from CPU cpus[i]; the output, malloc'd. */
static char *consume(struct buf *bufs, const u32 *cpus, int n, char **err)
{
	struct trl_consumer c;
	struct trl_flow flow;
	char *out;
	size_t on, en;
	FILE *fo = open_memstream(&out, &on), *fe = open_memstream(err, &en);
	int i;

	trl_consumer_init(&c, &f.prog, fo, fe, "tracer");
	CHECK(trl_flow_init(&flow, 4) == 0, "trl_flow_init");
	c.flow = &flow;
	for (i = 0; i < n; i++)
		CHECK(trl_consume_buf(&c, cpus[i], bufs[i].b, bufs[i].len) == 0,
		      "trl_consume_buf %d", i);
	trl_flow_free(&flow);
	trl_consumer_free(&c);
	fclose(fo);
	fclose(fe);
	return out;
}

#define HEAD	"CPU FUNCTION                                 \n"

/* The Guide's fbt example: syscall entry, fbt entry and return, syscall
 * return, each clause's record after the probe's. */
static void test_guide_flow(void)
{
	struct buf b = { .len = 0 };
	u32 cpu = 0;
	char *out, *err;

	fake_init(false);
	fire(&b, 0, 0);
	put(&b, 3, 3);			/* printf("fd: %d", 3) */
	fire(&b, 1, 1);
	fire(&b, 1, 1);			/* recursion: vfs_read in vfs_read */
	fire(&b, 1, 2);
	fire(&b, 1, 2);
	fire(&b, 5, 4);			/* neither entry nor return */
	fire(&b, 2, 3);
	out = consume(&b, &cpu, 1, &err);
	CHECK(!strcmp(out, HEAD
		"  0  => read                                  fd: 3\n"
		"  0    -> vfs_read                            \n"
		"  0      -> vfs_read                          \n"
		"  0      <- vfs_read                          \n"
		"  0    <- vfs_read                            \n"
		"  0   | :tick-1s                              \n"
		"  0  <= read                                  \n"),
	      "flow output:\n%s", out);
	CHECK(!strcmp(err, ""), "errors: [%s]", err);
	free(out);
	free(err);
}

/*
 * Two clauses on fbt::vfs_read:entry and :return (records 1 and 4): the
 * second clause of the entry does not indent again ("| "), the first
 * clause of the return does not unindent: only the last does.
 */
static void test_two_clauses(void)
{
	struct buf b = { .len = 0 };
	u32 cpu = 1;
	char *out, *err;

	fake_init(false);
	fire(&b, 0, 0);
	put(&b, 3, 7);
	fire(&b, 1, 1);
	fire(&b, 4, 1);
	fire(&b, 1, 2);
	fire(&b, 4, 2);
	fire(&b, 2, 3);
	out = consume(&b, &cpu, 1, &err);
	CHECK(!strcmp(out, HEAD
		"  1  => read                                  fd: 7\n"
		"  1    -> vfs_read                            \n"
		"  1     | vfs_read:entry                      \n"
		"  1     | vfs_read:return                     \n"
		"  1    <- vfs_read                            \n"
		"  1  <= read                                  \n"),
	      "two clauses:\n%s", out);
	free(out);
	free(err);
}

/* Each CPU has its own depth; a return at depth 0 stays at 0. */
static void test_per_cpu(void)
{
	struct buf b[3] = { { .len = 0 }, { .len = 0 }, { .len = 0 } };
	u32 cpus[3] = { 0, 1, 0 };
	char *out, *err;

	fake_init(false);
	fire(&b[0], 1, 1);
	fire(&b[1], 1, 2);		/* CPU 1 returns without an entry */
	fire(&b[1], 1, 1);
	fire(&b[2], 1, 1);
	out = consume(b, cpus, 3, &err);
	CHECK(!strcmp(out, HEAD
		"  0  -> vfs_read                              \n"
		"  1  <- vfs_read                              \n"
		"  1  -> vfs_read                              \n"
		"  0    -> vfs_read                            \n"),
	      "per CPU:\n%s", out);
	free(out);
	free(err);
}

/* Quiet: chew() still prints the heading and the column, chewrec() no
 * newline. */
static void test_quiet(void)
{
	struct buf b = { .len = 0 };
	u32 cpu = 0;
	char *out, *err;

	fake_init(true);
	fire(&b, 1, 1);
	fire(&b, 1, 2);
	out = consume(&b, &cpu, 1, &err);
	CHECK(!strcmp(out, HEAD
		"  0  -> vfs_read                              "
		"  0  <- vfs_read                              "),
	      "quiet:\n[%s]", out);
	free(out);
	free(err);
}

static void test_kinds(void)
{
	CHECK(trl_flow_kind("entry") == TRL_FLOW_ENTRY, "entry");
	CHECK(trl_flow_kind("method-entry") == TRL_FLOW_ENTRY, "method-entry");
	CHECK(trl_flow_kind("gentry") == TRL_FLOW_NONE, "gentry");
	CHECK(trl_flow_kind("Coventry") == TRL_FLOW_NONE, "Coventry");
	CHECK(trl_flow_kind("return") == TRL_FLOW_RETURN, "return");
	CHECK(trl_flow_kind("sub-return") == TRL_FLOW_RETURN, "sub-return");
	CHECK(trl_flow_kind("xreturn") == TRL_FLOW_NONE, "xreturn");
	CHECK(trl_flow_kind("BEGIN") == TRL_FLOW_NONE, "BEGIN");
}

int main(void)
{
	test_kinds();
	test_guide_flow();
	test_two_clauses();
	test_per_cpu();
	test_quiet();
	return check_report("test_flow");
}
