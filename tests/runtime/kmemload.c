// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/kmemload.c - build/tests/kmemload: runs a hand-built image
 * that reads kernel memory with LDK (the compiler does not emit it on its
 * own yet), through the module and libtracer's consumer as the CLI does.
 * Runs in the lab (tests/runtime/t-kmem-ldk.sh).
 *
 *	kmemload ADDR
 *
 * BEGIN's clauses, in order:
 *   1. the 16 bytes at kernel address ADDR, read as two 8-byte LDKs from
 *      ADDR + 8 (displacements -8 and 0): "banner: %s"
 *   2. an LDK at each address of kl_bad[], each of which must fault:
 *      NULL; a user address of this process (readable, but not kernel
 *      memory); non-canonical; canonical only for a 5-level CPU (the
 *      kernel's own check lets it through on a 4-level kernel); and an
 *      unmapped canonical kernel address (the guard hole below the direct
 *      map on 4-level paging, an unused hole on 5-level), the only one
 *      that takes a real page fault
 *   3. "goes on": tracing continues after the faults
 * ERROR prints "ERROR <fault code> <address>" for each fault.  The fault
 * messages come from the consumer on stderr.  The tool prints each bad
 * address first ("bad address: 0x..."), and at the end "badaddr faults:
 * N" from TR_IOC_STATUS.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "tracer.h"
#include "tracer/builtins.h"
#include "imgbuild.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static u64 img[16384];
static char user_bytes[16] = "user memory";
static u64 kl_bad[] = {
	0, 0 /* user_bytes */, 0x8000000000000000ull, 0x0001000000000000ull,
	0xffff800000000000ull,
};

/* One clause of @n instructions, each of them action #1. */
static void kl_clause(struct imgb *b, struct tr_clause_meta *cm, u32 probe,
		      const u64 *code, u32 n)
{
	u32 i, c = imgb_clause(b, code, n);

	cm[c].probe = probe;
	cm[c].epid = c + 1;
	cm[c].action_of_pc = calloc(n, sizeof(u32));
	for (i = 0; i < n; i++)
		cm[c].action_of_pc[i] = 1;
}

static void kl_build(struct imgb *b, struct tr_clause_meta *cm, u64 addr)
{
	u64 banner[] = {
		I(LDC, 1, 0, 0, 0), I(LDK, 2, 1, 8, -8), I(LDK, 3, 1, 8, 0),
		I(SCR, 4, 0, 0, 0), I(STX, 4, 2, 8, 0), I(ADDI, 5, 4, 0, 8),
		I(STX, 5, 3, 8, 0), I(MOVI, 6, 0, 0, 0), I(ADDI, 5, 4, 0, 16),
		I(STX, 5, 6, 8, 0), I(EMIT, 0, 4, 0, 0), RET,
	};
	u64 bad[] = { I(LDC, 1, 0, 0, 0), I(LDK, 2, 1, 8, 0), RET };
	u64 goes_on[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 1), RET };
	u64 error[] = {
		I(LDB, 1, 0, 0, TR_BI_ARG4), I(LDB, 2, 0, 0, TR_BI_ARG5),
		I(SCR, 3, 0, 0, 0), I(STX, 3, 1, 8, 0), I(ADDI, 4, 3, 0, 8),
		I(STX, 4, 2, 8, 0), I(EMIT, 0, 3, 0, 2), RET,
	};
	u32 i;

	imgb_init(b);
	b->consts[0] = addr + 8;
	imgb_rec(b, 24);
	imgb_rec(b, 0);
	imgb_rec(b, 16);
	kl_clause(b, cm, 0, banner, ARRAY_SIZE(banner));
	kl_bad[1] = (u64)(unsigned long)user_bytes;
	for (i = 0; i < ARRAY_SIZE(kl_bad); i++) {
		b->consts[i + 1] = kl_bad[i];
		bad[0] = I(LDC, 1, 0, 0, i + 1);
		kl_clause(b, cm, 0, bad, ARRAY_SIZE(bad));
		printf("bad address: 0x%llx\n", (unsigned long long)kl_bad[i]);
	}
	b->nconsts = i + 1;
	kl_clause(b, cm, 0, goes_on, ARRAY_SIZE(goes_on));
	kl_clause(b, cm, 1, error, ARRAY_SIZE(error));
	imgb_probe(b, TR_PROBE_BEGIN, NULL, 0, b->nclauses - 1);
	imgb_probe(b, TR_PROBE_ERROR, NULL, b->nclauses - 1, 1);
}

static struct tr_field banner_arg = { TR_VT_STR, false, 24, 0 };
static struct tr_field error_args[] = {
	{ TR_VT_INT, true, 8, 0 }, { TR_VT_INT, false, 8, 8 },
};
static struct tr_rec_meta recs[] = {
	{ .kind = TR_RK_PRINTF, .fmt = "banner: %s\n", .nargs = 1,
	  .args = &banner_arg, .size = 24 },
	{ .kind = TR_RK_PRINTF, .fmt = "goes on\n" },
	{ .kind = TR_RK_PRINTF, .fmt = "ERROR %d 0x%x\n", .nargs = 2,
	  .args = error_args, .size = 16 },
};
static struct tr_probe_meta probes[] = {
	{ "BEGIN", "dtrace", "", "", "BEGIN" },
	{ "ERROR", "dtrace", "", "", "ERROR" },
};

/* LOAD, ATTACH, GO, read, STOP, read: the CLI's life cycle, without it. */
static int kl_run(const struct tr_program *p)
{
	struct tr_ioc_status st = { 0 };
	struct trl_consumer con;
	struct trl_reader rd;
	struct trl_dev d;
	int err;

	if ((err = trl_dev_open(&d, TR_DEVICE_PATH)))
		goto out;
	if ((err = trl_dev_load(&d, p->image, p->image_len)) ||
	    (err = trl_dev_attach(&d, p->image, p->image_len)) || (err = trl_dev_status(&d, &st)))
		goto close;
	if ((err = trl_reader_init(&rd, &d, st.ncpus, TR_MIN_BUF_SIZE)))
		goto close;
	trl_consumer_init(&con, p, stdout, stderr, "kmemload");
	if (!(err = trl_dev_go(&d)) && !(err = trl_read_all(&rd, &con, false))
	    && !(err = trl_dev_stop(&d)) &&
	    !(err = trl_read_all(&rd, &con, true)))
		err = trl_dev_status(&d, &st);
	if (!err)
		printf("badaddr faults: %llu\n",
		       (unsigned long long)st.faults[TR_FAULT_BADADDR]);
	trl_consumer_free(&con);
	trl_reader_free(&rd);
close:
	trl_dev_close(&d);
out:
	if (err)
		fprintf(stderr, "kmemload: %s (%d)\n", d.msg, err);
	return err;
}

int main(int argc, char **argv)
{
	struct tr_clause_meta clauses[16] = { 0 };
	struct tr_program p = {
		.image = img, .probes = probes, .nprobes = 2,
		.clauses = clauses, .recs = recs, .nrecs = 3, .quiet = true,
	};
	struct imgb b;

	if (argc != 2) {
		fprintf(stderr, "usage: kmemload KERNEL-ADDRESS\n");
		return 2;
	}
	kl_build(&b, clauses, strtoull(argv[1], NULL, 0));
	p.nclauses = b.nclauses;
	p.image_len = imgb_build(&b, img, sizeof(img));
	return kl_run(&p) ? 1 : 0;
}
