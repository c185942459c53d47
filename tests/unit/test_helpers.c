// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_helpers.c - the helpers of common/helpers.c called
 * directly, under ASan and UBSan: DTrace's results for each string
 * subroutine, and hostile arguments (bad VM addresses, result buffers that
 * stick out of scratch, strings without a NUL up to the region's end,
 * extreme integers) that must fault or stay in bounds, never overrun; and
 * the kernel and user memory copies, and ustack()'s frame walk, against
 * the mock's fake ranges.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "tracer/interp.h"
#include "check.h"
#include "env_mock.h"
#include "imgbuild.h"

#define SCRATCH		256u
#define DST		TR_VA(TR_VA_SCRATCH, 0)
#define STRSIZE		64u

static u64 buf[16384];
static struct tr_prog prog;
static struct tr_vm vm;
static struct imgb img;

static void setup(void)
{
	char msg[256];
	u64 code[] = { TR_INSN(TR_OP_RET, 0, 0, 0, 0) };
	u32 len;

	imgb_init(&img);
	img.scratch_size = SCRATCH;
	imgb_clause(&img, code, 1);
	imgb_probe(&img, TR_PROBE_BEGIN, NULL, 0, 1);
	len = imgb_build(&img, buf, sizeof(buf));
	if (tr_verify(buf, len, &prog, msg, sizeof(msg)))
		fprintf(stderr, "verify: %s\n", msg);
	env_mock_vm(&vm, &prog);
}

/* A string in scratch at @off: its VM address. */
static u64 str(u32 off, const char *s)
{
	memcpy(vm.scratch + off, s, strlen(s) + 1);
	return TR_VA(TR_VA_SCRATCH, off);
}

static u64 regs[TR_NREGS];

static int call(unsigned int id, u32 c, u64 r0, u64 r1, u64 r2, u64 r3)
{
	regs[0] = r0;
	regs[1] = r1;
	regs[2] = r2;
	regs[3] = r3;
	return tr_helper_call(&vm, regs, 0, c, id);
}

/* Call string helper @id into scratch+0 and return the result. */
static const char *call_s(unsigned int id, u64 r1, u64 r2, u64 r3)
{
	int f = call(id, STRSIZE, DST, r1, r2, r3);

	CHECK(f == TR_FAULT_NONE, "%s: fault %d", tr_helper_table[id].name,
	      f);
	CHECK(regs[0] == DST, "%s: result VA", tr_helper_table[id].name);
	return (const char *)vm.scratch;
}

/* Call string helper @id: true if it returned NULL (0) without a fault. */
static bool call_null(unsigned int id, u64 r1, u64 r2, u64 r3)
{
	return call(id, STRSIZE, DST, r1, r2, r3) == TR_FAULT_NONE &&
	       regs[0] == 0;
}

#define S1	str(128, s1)
#define S2	str(192, s2)

static void expect_s(unsigned int id, const char *s1, const char *s2,
		     u64 r3, const char *want)
{
	const char *got = call_s(id, S1, s2 ? S2 : r3, r3);

	CHECK(!strcmp(got, want), "%s(\"%s\", ...) = \"%s\", want \"%s\"",
	      tr_helper_table[id].name, s1, got, want);
}

static void test_semantics(void)
{
	expect_s(TR_HLP_STRJOIN, "foo", "bar", 0, "foobar");
	expect_s(TR_HLP_STRSTR, "hello world", "o w", 0, "o world");
	CHECK(call_null(TR_HLP_STRSTR, str(128, "hello"), str(192, "xyz"),
			0), "strstr without a match: NULL, as DTrace's");
	expect_s(TR_HLP_STRSTR, "hello", "", 0, "hello");
	expect_s(TR_HLP_TOUPPER, "aZ09{", NULL, 0, "AZ09{");
	expect_s(TR_HLP_TOLOWER, "aZ09@", NULL, 0, "az09@");
	expect_s(TR_HLP_BASENAME, "a/b", NULL, 0, "b");
	expect_s(TR_HLP_DIRNAME, "a/b", NULL, 0, "a");
	expect_s(TR_HLP_DIRNAME, "a//", NULL, 0, ".");

	CHECK(!strcmp(call_s(TR_HLP_STRCHR, str(128, "abcb"), 'b', 0),
		      "bcb"), "strchr");
	CHECK(!strcmp(call_s(TR_HLP_STRRCHR, str(128, "abcb"), 'b', 0),
		      "b"), "strrchr");
	CHECK(call_null(TR_HLP_STRCHR, str(128, "abc"), 'z', 0) &&
	      call_null(TR_HLP_STRRCHR, str(128, "abc"), 'z', 0),
	      "strchr and strrchr without a match: NULL");
	CHECK(!strcmp(call_s(TR_HLP_STRCHR, str(128, "abc"), 0, 0), ""),
	      "strchr of NUL finds the terminator: \"\"");
	CHECK(!strcmp(call_s(TR_HLP_SUBSTR, str(128, "abcdef"), 1, 3), "bcd"),
	      "substr");
	CHECK(!strcmp(call_s(TR_HLP_LLTOSTR, (u64)INT64_MIN, 10, 0),
		      "-9223372036854775808"), "lltostr(INT64_MIN)");
	CHECK(!strcmp(call_s(TR_HLP_LLTOSTR, 35, 36, 0), "z"),
	      "lltostr base 36");

	CHECK(call(TR_HLP_STRLEN, STRSIZE, str(128, "four"), 0, 0, 0) == 0 &&
	      regs[0] == 4, "strlen");
	vm.fault_addr = 1;
	CHECK(call(TR_HLP_STRLEN, STRSIZE, 0, 0, 0, 0) == TR_FAULT_BADADDR &&
	      vm.fault_addr == 0, "strlen(NULL) faults at address 0");
	CHECK(call(TR_HLP_INDEX, STRSIZE, str(128, "abab"), str(192, "b"), 2,
		   1) == 0 && regs[0] == 3, "index from 2");
	CHECK(call(TR_HLP_RINDEX, STRSIZE, str(128, "abab"), str(192, "b"), 0,
		   0) == 0 && regs[0] == 3, "rindex");
	env_mock.ints[TR_BI_TIMESTAMP] = 1000;
	CHECK(call(TR_HLP_RAND, 0, 0, 0, 0, 0) == 0 &&
	      regs[0] == (1000 * 2416 + 374441) % 1771875, "rand");
}

/* strtok(): a copy of the string, tokens on until none is left (NULL). */
static void test_strtok(void)
{
	static const char *const want[] = { "a", "bc", "d", NULL, NULL };
	unsigned int i;
	u64 src = str(128, ",a,,bc;d;,");
	const char *got;

	for (i = 0; i < ARRAY_SIZE(want); i++) {
		if (!want[i]) {
			CHECK(call_null(TR_HLP_STRTOK, 0, str(192, ",;"), 0),
			      "strtok #%u: NULL", i);
			continue;
		}
		got = call_s(TR_HLP_STRTOK, i ? 0 : src, str(192, ",;"), 0);
		CHECK(!strcmp(got, want[i]), "strtok #%u: \"%s\", want \"%s\"",
		      i, got, want[i]);
		/* the source may be overwritten: strtok() keeps a copy */
		memset(vm.scratch + 128, 'z', 16);
	}
	vm.strtok_len = 0;
	CHECK(call_null(TR_HLP_STRTOK, 0, str(192, ","), 0),
	      "strtok(NULL) with nothing saved: NULL");
	memset(vm.scratch + 128, 'q', SCRATCH - 128);
	vm.scratch[SCRATCH - 1] = 'q';
	CHECK(call(TR_HLP_STRTOK, 8, DST, TR_VA(TR_VA_SCRATCH, 128),
		   str(0, ","), 0) == TR_FAULT_NONE &&
	      !strcmp((char *)vm.scratch, "qqqqqqq") &&
	      vm.strtok_len == 7, "strtok bounds its copy by c - 1");
	vm.strtok_pos = 1000;
	CHECK(call_null(TR_HLP_STRTOK, 0, str(192, ","), 0),
	      "a stray position stays in bounds");
}

/* Results are bounded by c - 1 bytes and NUL-padded to c. */
static void test_bounds(void)
{
	memset(vm.scratch, 'x', SCRATCH);
	CHECK(call(TR_HLP_STRJOIN, 8, DST, str(128, "abcdef"),
		   str(192, "ghijkl"), 0) == TR_FAULT_NOSCRATCH &&
	      !memcmp(vm.scratch, "xxxxxxxx", 8),
	      "strjoin beyond c - 1 bytes: out of scratch space, no output");
	CHECK(call(TR_HLP_STRJOIN, 8, DST, str(128, "abcdef"),
		   str(192, "g"), 0) == 0 &&
	      !memcmp(vm.scratch, "abcdefg\0x", 9),
	      "strjoin of c - 1 bytes fits and stops at c");
	memset(vm.scratch, 'x', SCRATCH);
	CHECK(call(TR_HLP_TOUPPER, 16, DST, str(128, "ab"), 0, 0) == 0 &&
	      !memcmp(vm.scratch, "AB\0\0\0\0\0\0\0\0\0\0\0\0\0\0x", 17),
	      "a result is NUL-padded to c bytes");
	CHECK(call(TR_HLP_TOUPPER, 1, DST, str(128, "ab"), 0, 0) == 0 &&
	      vm.scratch[0] == 0, "c = 1: the empty string");

	/* a source without a NUL up to the end of scratch */
	memset(vm.scratch, 'y', SCRATCH);
	CHECK(call(TR_HLP_STRLEN, 65535, TR_VA(TR_VA_SCRATCH, SCRATCH - 5),
		   0, 0, 0) == 0 && regs[0] == 5,
	      "strlen stops at the end of the region");
	CHECK(call(TR_HLP_STRLEN, 3, TR_VA(TR_VA_SCRATCH, 0), 0, 0, 0) == 0 &&
	      regs[0] == 2, "strlen stops at the strsize bound");
	CHECK(call(TR_HLP_BASENAME, 65535, DST,
		   TR_VA(TR_VA_SCRATCH, SCRATCH - 3), 0, 0) ==
	      TR_FAULT_BADADDR, "a c-byte result that leaves scratch faults");
}

static void test_hostile(void)
{
	static const u64 bad[] = {
		0, 42, TR_VA(7, 0), TR_VA(TR_VA_SCRATCH, SCRATCH),
		TR_VA(TR_VA_RODATA, 1u << 20), ~0ull,
	};
	unsigned int i, id;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		for (id = 0; id < TR_NHELPERS; id++) {
			const struct tr_helper_info *h = &tr_helper_table[id];
			int f;

			if (id == TR_HLP_RAND || id == TR_HLP_LLTOSTR)
				continue;
			if (h->ret == TR_HELPER_STR)
				f = call(id, STRSIZE, bad[i], str(128, "a"),
					 str(192, "b"), 1);
			else
				f = call(id, STRSIZE, bad[i], str(192, "b"),
					 0, 0);
			CHECK(f == TR_FAULT_BADADDR, "%s: bad VA %#llx: %d",
			      h->name, (unsigned long long)bad[i], f);
			/* strtok()'s source 0 is NULL: go on */
			if (h->ret != TR_HELPER_STR ||
			    (id == TR_HLP_STRTOK && !bad[i]))
				continue;
			f = call(id, STRSIZE, DST, bad[i], str(192, "b"), 1);
			CHECK(f == TR_FAULT_BADADDR,
			      "%s: bad source VA %#llx: %d", h->name,
			      (unsigned long long)bad[i], f);
		}
	}
	CHECK(call(TR_HLP_STRLEN, STRSIZE, TR_VA(TR_VA_RODATA, 0), 0, 0, 0) ==
	      0 && regs[0] == 0, "rodata is readable");
	CHECK(call(TR_HLP_TOUPPER, STRSIZE, TR_VA(TR_VA_RODATA, 0),
		   str(128, "a"), 0, 0) == TR_FAULT_BADADDR,
	      "rodata is not writable");
	CHECK(call(TR_HLP_LLTOSTR, STRSIZE, DST, 5, 1, 0) == TR_FAULT_ILLOP,
	      "lltostr base 1");
	CHECK(call(TR_HLP_LLTOSTR, STRSIZE, DST, 5, 37, 0) == TR_FAULT_ILLOP,
	      "lltostr base 37");
	CHECK(call(TR_HLP_LLTOSTR, 2, DST, (u64)INT64_MIN, 2, 0) == 0 &&
	      !strcmp((char *)vm.scratch, "1"), "lltostr truncates");

	/* extreme substr() arithmetic: nothing overflows (UBSan) */
	{
		static const s64 v[] = { INT64_MIN, INT64_MIN + 1, -1, 0, 1,
					 INT64_MAX };
		unsigned int x, y;

		for (x = 0; x < ARRAY_SIZE(v); x++)
			for (y = 0; y < ARRAY_SIZE(v); y++)
				CHECK(call(TR_HLP_SUBSTR, STRSIZE, DST,
					   str(128, "abc"), v[x], v[y]) == 0,
				      "substr(%lld, %lld)", (long long)v[x],
				      (long long)v[y]);
		for (x = 0; x < ARRAY_SIZE(v); x++)
			CHECK(call(TR_HLP_INDEX, STRSIZE, str(128, "abc"),
				   str(192, "c"), v[x], 1) == 0 &&
			      call(TR_HLP_RINDEX, STRSIZE, str(128, "abc"),
				   str(192, "c"), v[x], 1) == 0,
			      "index/rindex at %lld", (long long)v[x]);
	}
}

/* kmem: stringof(), copyinstr(), copyin() and __kcopy on mock memory. */
#define KADDR	0xffffffff82000000ull
#define UADDR	0x7fff0000ull

static void test_kmem(void)
{
	static const u8 kmem[12] = "kernel\0\1\2\3\4\5";
	static const u8 umem[10] = "/etc/pass\xff";	/* no NUL */
	const struct env_mock_mem ranges[] = {
		{ KADDR, sizeof(kmem), false, kmem },
		{ UADDR, sizeof(umem), true, umem },
	};
	u8 *d = vm.scratch;

	env_mock_mem_set(ranges, ARRAY_SIZE(ranges));
	memset(d, 'x', SCRATCH);
	CHECK(call(TR_HLP_KSTR, 16, DST, KADDR, 0, 0) == 0 && regs[0] == DST &&
	      !memcmp(d, "kernel\0\0\0\0\0\0\0\0\0\0x", 17),
	      "stringof(): the kernel string, NUL-padded to c");
	CHECK(call(TR_HLP_KSTR, 4, DST, KADDR, 0, 0) == 0 &&
	      !memcmp(d, "ker\0", 4), "stringof() bounded by c");
	CHECK(call(TR_HLP_KSTR, 16, DST, KADDR + 7, 0, 0) == TR_FAULT_BADADDR &&
	      vm.fault_addr == KADDR + 7, "stringof() running off memory");
	CHECK(call(TR_HLP_KSTR, 16, DST, UADDR, 0, 0) == TR_FAULT_BADADDR &&
	      vm.fault_addr == UADDR, "stringof() of a user address faults");
	CHECK(call(TR_HLP_KSTR, 16, DST, 0, 0, 0) == TR_FAULT_BADADDR &&
	      vm.fault_addr == 0, "stringof(NULL) faults");

	CHECK(call(TR_HLP_COPYINSTR, 16, DST, UADDR, 16, 0) ==
	      TR_FAULT_BADADDR && vm.fault_addr == UADDR,
	      "copyinstr() of a string running off memory faults");
	CHECK(call(TR_HLP_COPYINSTR, 8, DST, UADDR, 8, 0) == 0 &&
	      !memcmp(d, "/etc/pa\0", 8), "copyinstr() bounded by strsize");
	memset(d, 'x', SCRATCH);
	CHECK(call(TR_HLP_COPYINSTR, 8, DST, UADDR, 4, 0) == 0 &&
	      !memcmp(d, "/etc\0\0\0\0x", 9),
	      "copyinstr(addr, 4): 4 bytes, NUL-padded to c");
	CHECK(call(TR_HLP_COPYINSTR, 8, DST, UADDR, 0, 0) == 0 && !d[0],
	      "copyinstr(addr, 0): the empty string");
	CHECK(call(TR_HLP_COPYINSTR, 8, DST, UADDR, ~0ull, 0) == 0 &&
	      !strcmp((char *)d, "/etc/pa"), "copyinstr(addr, -1): strsize");
	CHECK(call(TR_HLP_COPYINSTR, 8, DST, KADDR, 8, 0) == TR_FAULT_BADADDR &&
	      vm.fault_addr == KADDR, "copyinstr() of a kernel address faults");

	memset(d, 'x', SCRATCH);
	CHECK(call(TR_HLP_COPYIN, 12, DST, UADDR + 5, 5, 0) == 0 &&
	      regs[0] == DST &&
	      !memcmp(d, "pass\xff\0\0\0\0\0\0\0x", 13),
	      "copyin(): n bytes, 0-padded to c");
	CHECK(call(TR_HLP_COPYIN, 12, DST, UADDR + 5, 6, 0) ==
	      TR_FAULT_BADADDR && vm.fault_addr == UADDR + 5,
	      "copyin() past mapped memory faults");
	CHECK(call(TR_HLP_COPYIN, 4, DST, UADDR, 5, 0) == TR_FAULT_ILLOP,
	      "copyin() of more than its buffer is an illegal operation");
	CHECK(call(TR_HLP_COPYIN, 4, DST, 0, 0, 0) == 0 && !d[0] && !d[3],
	      "copyin() of 0 bytes reads nothing");
	CHECK(call(TR_HLP_COPYIN, 4, DST, KADDR, 4, 0) == TR_FAULT_BADADDR,
	      "copyin() of a kernel address faults");
	CHECK(call(TR_HLP_KCOPY, 16, DST, KADDR, 12, 0) == 0 &&
	      !memcmp(d, kmem, 12) && !d[12] && !d[15],
	      "__kcopy: kernel bytes past NULs, 0-padded");
	CHECK(call(TR_HLP_KCOPY, 16, DST, KADDR, 13, 0) == TR_FAULT_BADADDR,
	      "__kcopy past mapped memory faults");
	CHECK(call(TR_HLP_KCOPY, 16, DST, UADDR, 4, 0) == TR_FAULT_BADADDR,
	      "__kcopy of a user address faults");
	CHECK(call(TR_HLP_KCOPY, 16, DST, KADDR, ~0ull, 0) == TR_FAULT_ILLOP,
	      "__kcopy longer than its buffer");
	CHECK(call(TR_HLP_KCOPY, 16, TR_VA(TR_VA_SCRATCH, SCRATCH - 8), KADDR,
		   4, 0) == TR_FAULT_BADADDR,
	      "__kcopy into a buffer leaving scratch faults");
	env_mock_mem_default();
}

/*
 * ustack(): the pid, the pc, then the return addresses of a frame-pointer
 * chain in mock user memory: three frames (fp -> fp + 32 -> fp + 64), the
 * last one's caller fp 0 ending the walk.
 */
#define UFP	0x7ffe0000ull

static u64 ustack_word(const u8 *d, unsigned int i)
{
	u64 v;

	memcpy(&v, d + i * 8, sizeof(v));
	return v;
}

static void test_ustack(void)
{
	static u64 frames[12] = {
		UFP + 32, 0x401111, 0, 0,	/* fp: caller fp, return pc */
		UFP + 64, 0x402222, 0, 0,
		0, 0x403333, 0, 0,
	};
	const struct env_mock_mem ranges[] = {
		{ UFP, sizeof(frames), true, (const u8 *)frames },
	};
	u8 *d = vm.scratch;

	env_mock_mem_set(ranges, ARRAY_SIZE(ranges));
	env_mock.user = 1;
	env_mock.upid = 4242;
	env_mock.upc = 0x400abc;
	env_mock.ufp = UFP;
	memset(d, 'x', SCRATCH);
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 0) == 4242 && ustack_word(d, 1) == 0x400abc &&
	      ustack_word(d, 2) == 0x401111 && ustack_word(d, 3) == 0x402222 &&
	      ustack_word(d, 4) == 0x403333 && !ustack_word(d, 5) &&
	      !ustack_word(d, 7) && d[64] == 'x',
	      "ustack(): pid, pc, the frame chain, 0-padded to c");
	CHECK(call(TR_HLP_USTACK, 24, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 2) == 0x401111 && ustack_word(d, 3) == 0x402222,
	      "ustack(2): bounded by c");
	frames[4] = UFP;		/* the second frame points back down */
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 3) == 0x402222 && !ustack_word(d, 4),
	      "ustack(): a frame pointer going down ends the walk");
	frames[4] = UFP + 64;
	frames[0] = UFP + 36;	/* misaligned */
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 2) == 0x401111 && !ustack_word(d, 3),
	      "ustack(): a misaligned frame pointer ends the walk");
	frames[0] = UFP + 32 * 100;	/* unmapped */
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 2) == 0x401111 && !ustack_word(d, 3),
	      "ustack(): an unreadable frame ends the walk");
	frames[0] = UFP + 32;
	env_mock.ufp = 0xffffffff82000000ull;
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      ustack_word(d, 1) == 0x400abc && !ustack_word(d, 2),
	      "ustack(): a kernel frame pointer is not read");
	env_mock.user = 0;
	memset(d, 'x', SCRATCH);
	CHECK(call(TR_HLP_USTACK, 64, DST, 0, 0, 0) == 0 &&
	      !ustack_word(d, 0) && !ustack_word(d, 1) && !ustack_word(d, 7),
	      "ustack() of a kernel thread: all zero");
	CHECK(call(TR_HLP_USTACK, 64, TR_VA(TR_VA_SCRATCH, SCRATCH - 8), 0, 0,
		   0) == TR_FAULT_BADADDR,
	      "ustack() into a buffer leaving scratch faults");
	memset(&env_mock, 0, sizeof(env_mock));
	env_mock_mem_default();
}

int main(void)
{
	setup();
	test_semantics();
	test_strtok();
	test_bounds();
	test_hostile();
	test_kmem();
	test_ustack();
	env_mock_vm_free(&vm);
	return check_report("test_helpers");
}
