// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_catalog.c - the probe catalogue (compiler/catalog.c) on
 * the fake tracefs of tests/fake-tracefs, its glob matcher, and the
 * expansion of descriptions by the compiler.
 *
 *	test_catalog FAKE-TRACEFS-DIR
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "uapi/tracer.h"
#include "catalog.h"
#include "compiler.h"
#include "check.h"

struct tally {
	const char *const *d;
	unsigned int n, fbt, syscall, tp;
	char last[256];
};

static int count(const struct trc_cprobe *p, void *arg)
{
	struct tally *t = arg;

	if (t->d && !trc_pdesc_match(t->d, p))
		return 0;
	t->n++;
	t->fbt += !strcmp(p->f[0], "fbt");
	t->syscall += !strcmp(p->f[0], "syscall");
	t->tp += !strcmp(p->f[0], "tracepoint");
	snprintf(t->last, sizeof(t->last), "%s:%s:%s:%s", p->f[0], p->f[1],
		 p->f[2], p->f[3]);
	return 0;
}

/* How many probes of the catalogue the description @desc matches. */
static unsigned int matches(const char *desc, struct tally *t)
{
	char buf[256], msg[256];
	const char *f[TRC_PDESC_FIELDS];

	memset(t, 0, sizeof(*t));
	if (!trc_pdesc_split(desc, buf, f))
		return ~0u;
	t->d = f;
	if (trc_catalog_walk(f, count, t, msg, sizeof(msg)))
		return ~0u;
	return t->n;
}

static void test_split_match(void)
{
	const struct trc_cprobe p = { { "fbt", "ext4", "ext4_llseek",
					"entry" } };
	const char *f[TRC_PDESC_FIELDS];
	char buf[64];

	CHECK(trc_pdesc_split("BEGIN", buf, f) && !*f[0] && !*f[1] &&
	      !*f[2] && !strcmp(f[3], "BEGIN"), "fields fill from the right");
	CHECK(trc_pdesc_split("a:b:c", buf, f) && !*f[0] &&
	      !strcmp(f[1], "a") && !strcmp(f[3], "c"), "three fields");
	CHECK(!trc_pdesc_split("a:b:c:d:e", buf, f), "five fields");
	CHECK(trc_glob_has("vfs_*") && trc_glob_has("x?") &&
	      trc_glob_has("[ab]") && !trc_glob_has("vfs_read"),
	      "glob characters");
	trc_pdesc_split("fbt:ext4::entry", buf, f);
	CHECK(trc_pdesc_match(f, &p), "an empty field matches anything");
	trc_pdesc_split("fbt:ext[0-9]:ext4_ll*:e?try", buf, f);
	CHECK(trc_pdesc_match(f, &p), "* ? and [...] in any field");
	trc_pdesc_split("fbt:ext4:ext4_[!l]*:", buf, f);
	CHECK(!trc_pdesc_match(f, &p), "[!...] excludes");
	trc_pdesc_split("syscall:::", buf, f);
	CHECK(!trc_pdesc_match(f, &p), "another provider");
}

static void test_walk(void)
{
	struct tally t;
	char msg[256];

	memset(&t, 0, sizeof(t));
	CHECK(!trc_catalog_walk(NULL, count, &t, msg, sizeof(msg)) &&
	      t.n == 61 && t.fbt == 30 && t.syscall == 6 && t.tp == 9,
	      "every probe: %u (fbt %u, syscall %u, tracepoint %u)", t.n,
	      t.fbt, t.syscall, t.tp);
	CHECK(matches("fbt:vmlinux:show_map:", &t) == 2,
	      "a repeated line is one function");
	CHECK(matches("fbt::show_map:entry", &t) == 2,
	      "the same name in two modules is two probes");
	CHECK(matches("fbt::__ftrace_invalid_address___*:", &t) == 0,
	      "__ftrace_invalid_address___ lines are no functions");
	CHECK(matches("fbt::asm_exc_divide_error:", &t) == 0,
	      "the kprobe blacklist is left out");
	CHECK(matches("fbt:tracer::", &t) == 0,
	      "the tracer module's own functions are left out");
	CHECK(matches("fbt:ext4::entry", &t) == 4, "a module's functions");
	CHECK(matches("syscall::read:", &t) == 2 &&
	      !strcmp(t.last, "syscall::read:return"),
	      "syscall::NAME:entry and return from events/syscalls");
	CHECK(matches("tracepoint:syscalls::sys_enter_*", &t) == 3,
	      "syscalls' tracepoints are listed too");
	CHECK(matches("tracepoint:ftrace::", &t) == 0,
	      "events/ftrace has no tracepoints");
	CHECK(matches(":::BEGIN", &t) == 1 && matches("profile:::tick-1*", &t)
	      == 4, "dtrace and profile probes");

	CHECK(trc_catalog_fbt("", "vfs_read") == TRC_FBT_OK &&
	      trc_catalog_fbt("vmlinux", "ext4_llseek") == TRC_FBT_ABSENT &&
	      trc_catalog_fbt("", "nosuch") == TRC_FBT_ABSENT &&
	      trc_catalog_fbt("", "asm_exc_overflow") == TRC_FBT_BLACKLISTED &&
	      trc_catalog_fbt("", "asm_exc_divide_error") ==
	      TRC_FBT_BLACKLISTED &&
	      trc_catalog_fbt("", "tr_session_load") == TRC_FBT_OWN,
	      "why a function is no probe");
}

static void test_unreadable(void)
{
	char msg[512];
	struct tally t;
	const char *f[TRC_PDESC_FIELDS] = { "fbt", "", "vfs_*", "" };
	const char *g[TRC_PDESC_FIELDS] = { "dtrace", "", "", "" };

	setenv("TRACER_TRACEFS", "/nonexistent", 1);
	trc_catalog_reset();
	memset(&t, 0, sizeof(t));
	CHECK(trc_catalog_walk(f, count, &t, msg, sizeof(msg)) < 0 &&
	      strstr(msg, "/nonexistent/available_filter_functions"),
	      "no tracefs: an error naming the file: %s", msg);
	t.d = g;
	CHECK(!trc_catalog_walk(g, count, &t, msg, sizeof(msg)) && t.n == 3,
	      "no tracefs: the dtrace probes need no kernel list");
	CHECK(trc_catalog_fbt("", "vfs_read") == TRC_FBT_NO_LIST,
	      "no tracefs: no verdict on functions");
}

/* The compiler's expansion: probe counts of compiled programs. */
static void test_expand(void)
{
	struct tr_program *p;
	FILE *null = fopen("/dev/null", "w");

	p = trc_compile("fbt::vfs_*:entry, fbt::vfs_read:entry { }", "t",
			NULL, null);
	CHECK(p && p->nprobes == 4, "a glob and a repeat: 4 probes");
	tr_program_free(p);
	p = trc_compile("fbt::vfs_read*: { }", "t", NULL, null);
	CHECK(p && p->nprobes == 4 &&
	      !strcmp(p->probes[1].name, "return"),
	      "an empty name: entry and return");
	tr_program_free(p);
	p = trc_compile("fbt::nosuch*:entry { }", "t", NULL, null);
	CHECK(!p, "matching nothing is an error");
	p = trc_compile("#pragma D option zdefs\nfbt::nosuch*:entry { } "
			"BEGIN { }", "t", NULL, null);
	CHECK(p && p->nprobes == 1, "zdefs drops it");
	tr_program_free(p);
	fclose(null);
}

/* More than TR_MAX_PROBES: a compile error naming the description. */
static void test_cap(void)
{
	char dir[] = "/tmp/test_catalog.XXXXXX", path[128], err[512];
	unsigned int i, n = TR_MAX_PROBES / 2 + 8;
	struct tr_program *p;
	FILE *f, *errf;

	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof(path), "%s/available_filter_functions", dir);
	f = fopen(path, "w");
	for (i = 0; f && i < n; i++)
		fprintf(f, "func_%u\n", i);
	if (f)
		fclose(f);
	setenv("TRACER_TRACEFS", dir, 1);
	trc_catalog_reset();
	errf = fmemopen(err, sizeof(err), "w");
	p = trc_compile("fbt::func_*: { }", "t", NULL, errf);
	fclose(errf);
	CHECK(!p && strstr(err, "probe description 'fbt::func_*:' matched 32784 probes, which makes more than the 32768 probes a program can enable"),
	      "past TR_MAX_PROBES: %s", err);
	remove(path);
	rmdir(dir);
}

int main(int argc, char **argv)
{
	char bl[512];

	if (argc != 2) {
		fprintf(stderr, "usage: test_catalog FAKE-TRACEFS-DIR\n");
		return 2;
	}
	snprintf(bl, sizeof(bl), "%s/kprobes-blacklist", argv[1]);
	setenv("TRACER_TRACEFS", argv[1], 1);
	setenv("TRACER_KPROBES_BLACKLIST", bl, 1);
	trc_catalog_reset();
	test_split_match();
	test_walk();
	test_expand();
	test_unreadable();
	test_cap();
	trc_catalog_reset();
	return check_report("test_catalog");
}
