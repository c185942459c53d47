// SPDX-License-Identifier: GPL-2.0
/*
 * tests/unit/test_dynvar.c - the dynamic variable space (common/dynvar.c)
 * and the interpreter's DVGET/DVPUT/DVDEL, TLGET/TLPUT/TLDEL and GLOB:
 * lookups of absent entries, creation with zeroed values, keys told apart
 * by variable and bytes, deletion giving the room back, exhaustion counted
 * as drops, bounds of the VAs handed out, links out of reach of the data,
 * and thread-locals reaching the entries keyed by the thread id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tracer/dynvar.h"
#include "tracer/hash.h"
#include "tracer/interp.h"
#include "check.h"
#include "env_mock.h"
#include "imgbuild.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static u64 buf[16384];
static struct tr_prog prog;

/* A program with two dynamic variables: 8-byte key/8-byte value and
 * 16-byte key/32-byte value; @code is its clause 0. */
static bool load(const u64 *code, u32 n, u32 space)
{
	struct imgb b;
	char msg[256];

	imgb_init(&b);
	imgb_dvar(&b, 8, 8);
	imgb_dvar(&b, 16, 32);
	b.dynvar_size = space;
	b.globals_size = 16;
	imgb_clause(&b, code, n);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	if (tr_verify(buf, imgb_build(&b, buf, sizeof(buf)), &prog, msg,
		      sizeof(msg))) {
		fprintf(stderr, "verify: %s\n", msg);
		return false;
	}
	return true;
}

static struct tr_dynvar *table(u32 space)
{
	return tr_dynvar_init(malloc(tr_dynvar_bytes(&prog, space)), &prog,
			      space);
}

static void test_table(void)
{
	u64 code[] = { RET }, k1 = 1, k2 = 2;
	u8 key16[16] = "abc", key16b[16] = "abd";
	struct tr_dynvar *t;
	s64 a, b, c;
	u32 cap, i;

	CHECK(load(code, 1, 4096), "image with dynamic variables verifies");
	t = table(4096);
	cap = tr_dynvar_capacity(t);
	CHECK(cap > 10 && cap < 4096 / 16, "capacity %u fits the space", cap);
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, false) < 0,
	      "absent entry is not found");
	a = tr_dynvar_lookup(t, 0, (u8 *)&k1, true);
	CHECK(a >= 0, "create");
	CHECK(!memcmp(tr_dynvar_data(t) + a, "\0\0\0\0\0\0\0\0", 8),
	      "a new value is zero");
	memcpy(tr_dynvar_data(t) + a, "valuevvv", 8);
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, false) == a,
	      "lookup finds the created entry");
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, true) == a,
	      "create finds the existing entry");
	b = tr_dynvar_lookup(t, 0, (u8 *)&k2, true);
	CHECK(b >= 0 && b != a, "another key, another entry");
	c = tr_dynvar_lookup(t, 1, key16, true);
	CHECK(c >= 0 && c != a && c != b, "another variable, another entry");
	CHECK(tr_dynvar_lookup(t, 1, key16b, false) < 0,
	      "keys differ in their bytes");
	CHECK(c + 32 <= (s64)tr_dynvar_data_bytes(t),
	      "the value lies inside the entry area");
	CHECK(tr_dynvar_used(t) == 3, "3 entries used");
	tr_dynvar_delete(t, 0, (u8 *)&k1);
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, false) < 0,
	      "a deleted entry is gone");
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k2, false) == b,
	      "deleting one leaves the others");
	tr_dynvar_delete(t, 0, (u8 *)&k1);
	CHECK(tr_dynvar_used(t) == 2, "deleting twice is harmless");

	/* exhaustion, then reuse of freed entries */
	for (i = 0; i < cap + 10; i++) {
		u64 k = 1000 + i;

		if (tr_dynvar_lookup(t, 0, (u8 *)&k, true) < 0)
			break;
	}
	CHECK(i == cap - 2, "full after %u more entries (got %u)", cap - 2,
	      i);
	k1 = 5000;
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, true) < 0,
	      "a full space refuses new entries");
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k2, true) == b,
	      "a full space still finds existing entries");
	for (i = 0; i < 10000; i++) {
		u64 k = 1000 + i % (cap - 2);

		tr_dynvar_delete(t, 0, (u8 *)&k);
		k = 100000 + i;
		if (tr_dynvar_lookup(t, 0, (u8 *)&k, true) < 0)
			break;
		tr_dynvar_delete(t, 0, (u8 *)&k);
		k = 1000 + i % (cap - 2);
		if (tr_dynvar_lookup(t, 0, (u8 *)&k, true) < 0)
			break;
	}
	CHECK(i == 10000, "freed entries are reused (stopped at %u)", i);
	CHECK(tr_dynvar_used(t) == cap, "used %u of %u", tr_dynvar_used(t),
	      cap);

	/* whatever a program writes through its VAs, the shape holds */
	memset(tr_dynvar_data(t), 0xa5, tr_dynvar_data_bytes(t));
	for (i = 0; i < cap; i++) {
		u64 k = 1000 + i;

		tr_dynvar_delete(t, 0, (u8 *)&k);
	}
	CHECK(tr_dynvar_used(t) == cap, "forged keys are not found");
	k1 = 7;
	CHECK(tr_dynvar_lookup(t, 0, (u8 *)&k1, true) < 0,
	      "and the space stays full");
	free(t);

	t = table(1);
	CHECK(tr_dynvar_capacity(t) == 1, "a tiny space holds one entry");
	free(t);
}

static void test_interp(void)
{
	/* r1 = key VA (scratch 0 holds 7); put, store 42, get, load */
	u64 code[] = {
		I(MOVI, 2, 0, 0, 7), I(SCR, 1, 0, 0, 0), I(STX, 1, 2, 8, 0),
		I(DVGET, 3, 1, 0, 0),		/* absent: 0 */
		I(GLOB, 4, 0, 0, 0), I(STX, 4, 3, 8, 0),
		I(DVPUT, 3, 1, 0, 0), I(MOVI, 2, 0, 0, 42),
		I(STX, 3, 2, 8, 0), I(DVGET, 5, 1, 0, 0),
		I(LDX, 6, 5, 8, 0), I(STX, 4, 6, 8, 0),
		I(DVDEL, 0, 1, 0, 0), I(DVGET, 5, 1, 0, 0),
		I(GLOB, 4, 0, 0, 8), I(STX, 4, 5, 8, 0),
		RET,
	};
	u64 bad[] = { I(MOVI, 1, 0, 0, 0), I(DVGET, 2, 1, 0, 0), RET };
	u64 past[] = { I(SCR, 1, 0, 0, 0), I(DVPUT, 2, 1, 0, 0),
		       I(LDX, 3, 2, 8, 0), I(MOVI, 4, 0, 0, 1 << 20),
		       I(ADD, 2, 2, 4, 0), I(LDX, 3, 2, 8, 0), RET };
	u64 full[] = { I(SCR, 1, 0, 0, 0), I(LDX, 2, 1, 8, 0),
		       I(ADDI, 2, 2, 0, 1), I(STX, 1, 2, 8, 0),
		       I(DVPUT, 3, 1, 0, 0), RET };
	u64 glob_past[] = { I(GLOB, 1, 0, 0, 8), I(LDX, 2, 1, 8, 0),
			    I(ADDI, 1, 1, 0, 8), I(LDX, 2, 1, 8, 0), RET };
	struct tr_vm vm;
	u64 v[2];
	u32 i;

	CHECK(load(code, ARRAY_SIZE(code), 4096), "dv program verifies");
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "dv program runs");
	memcpy(v, vm.globals, 16);
	CHECK(v[0] == 42, "put then get reads the value (%llu)",
	      (unsigned long long)v[0]);
	CHECK(v[1] == 0, "get after delete is 0");
	CHECK(vm.dyn && tr_dynvar_used(vm.dyn) == 0, "nothing left");
	env_mock_vm_free(&vm);

	CHECK(load(bad, ARRAY_SIZE(bad), 4096), "bad key program verifies");
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_BADADDR,
	      "a key at a bad address faults");
	env_mock_vm_free(&vm);

	CHECK(load(past, ARRAY_SIZE(past), 4096), "past program verifies");
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_BADADDR && vm.fault_pc == 5,
	      "a VA past the entry area faults at pc 5 (%u)", vm.fault_pc);
	env_mock_vm_free(&vm);

	CHECK(load(glob_past, ARRAY_SIZE(glob_past), 4096),
	      "globals program verifies");
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_BADADDR && vm.fault_pc == 3,
	      "a load past the globals faults at pc 3 (%u)", vm.fault_pc);
	env_mock_vm_free(&vm);

	CHECK(load(full, ARRAY_SIZE(full), 256), "full program verifies");
	env_mock_vm(&vm, &prog);
	for (i = 0; i < 100; i++)
		tr_run_clause(&vm, 0);
	CHECK(vm.stats->dyn_drops == 100 - tr_dynvar_capacity(vm.dyn),
	      "drops counted: %llu with capacity %u",
	      (unsigned long long)vm.stats->dyn_drops,
	      tr_dynvar_capacity(vm.dyn));
	env_mock_vm_free(&vm);
}

/*
 * Thread-locals: TLPUT/TLGET/TLDEL reach the entries DVPUT/DVGET/DVDEL
 * reach with the thread id as their 8-byte key, each thread its own.
 */
static void test_thread_local(void)
{
	u64 code[] = {
		I(TLGET, 1, 0, 0, 0),		/* absent: 0 */
		I(GLOB, 4, 0, 0, 0), I(STX, 4, 1, 8, 0),
		I(TLPUT, 1, 0, 0, 0), I(MOVI, 2, 0, 0, 42),
		I(STX, 1, 2, 8, 0),		/* self->v = 42 */
		I(LDB, 2, 0, 0, TR_BI_TID), I(SCR, 3, 0, 0, 0),
		I(STX, 3, 2, 8, 0), I(DVGET, 5, 3, 0, 0),
		I(LDX, 6, 5, 8, 0), I(GLOB, 4, 0, 0, 8),
		I(STX, 4, 6, 8, 0),		/* the same entry: 42 */
		RET,
	};
	u64 del[] = { I(TLDEL, 0, 0, 0, 0), RET };
	u64 w = 0x0102030405060708ull;
	struct tr_vm vm;
	u64 v[2], tid = 4321;
	s64 a, b;

	CHECK(tr_hash_word(w) == tr_hash_bytes((const u8 *)&w, sizeof(w)),
	      "a word hashes as its 8 bytes");
	CHECK(load(code, ARRAY_SIZE(code), 4096), "tl program verifies");
	env_mock.ints[TR_BI_TID] = tid;
	env_mock_vm(&vm, &prog);
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "tl program runs");
	memcpy(v, vm.globals, 16);
	CHECK(v[0] == 0, "an absent thread-local is VA 0");
	CHECK(v[1] == 42, "dvget with the tid key finds tlput's entry (%llu)",
	      (unsigned long long)v[1]);
	a = tr_dynvar_tl_lookup(vm.dyn, 0, tid, false);
	b = tr_dynvar_lookup(vm.dyn, 0, (const u8 *)&tid, false);
	CHECK(a >= 0 && a == b, "both lookups give one offset");
	CHECK(tr_dynvar_tl_lookup(vm.dyn, 0, tid + 1, false) < 0,
	      "another thread has none");
	CHECK(tr_dynvar_used(vm.dyn) == 1, "one entry");
	env_mock_vm_free(&vm);

	CHECK(load(del, ARRAY_SIZE(del), 4096), "tldel program verifies");
	env_mock_vm(&vm, &prog);
	CHECK(tr_dynvar_lookup(vm.dyn, 0, (const u8 *)&tid, true) >= 0 &&
	      tr_dynvar_tl_lookup(vm.dyn, 0, tid + 1, true) >= 0,
	      "two threads' entries made");
	CHECK(tr_run_clause(&vm, 0) == TR_FAULT_NONE, "tldel runs");
	CHECK(tr_dynvar_tl_lookup(vm.dyn, 0, tid, false) < 0 &&
	      tr_dynvar_used(vm.dyn) == 1,
	      "tldel deletes this thread's entry only");
	env_mock_vm_free(&vm);
	env_mock.ints[TR_BI_TID] = 0;
}

int main(void)
{
	test_table();
	test_interp();
	test_thread_local();
	return check_report("test_dynvar");
}
