// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/fuzz_verify.c - the libFuzzer target: the shared verifier and
 * interpreter (all of common/) under ASan and UBSan, run by `make fuzz`.
 *
 * The input format and the checks are harness.c's.  The custom mutator
 * keeps three inputs in four structurally sound (mutate.c: the header and
 * sections stay consistent, instructions follow their opcode's roles) so
 * the campaign reaches the instruction rules and the interpreter; the
 * fourth, and every one with TRACER_FUZZ_RAW=1 in the environment (raw
 * mode), is libFuzzer's own byte-level mutation.
 */
#include <stdlib.h>
#include "harness.h"
#include "mutate.h"

/* Probe context bytes kept after an image. */
#define FZ_TRAILER_MAX	512

size_t LLVMFuzzerMutate(u8 *data, size_t size, size_t max);

static bool fz_raw_mode;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *raw = getenv("TRACER_FUZZ_RAW");

	(void)argc;
	(void)argv;
	fz_raw_mode = raw && *raw && strcmp(raw, "0");
	return 0;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	fz_run_one(data, size);
	return 0;
}

size_t LLVMFuzzerCustomMutator(u8 *data, size_t size, size_t max,
			       unsigned int seed)
{
	struct fz_rng r = { seed };
	size_t len = fz_image_len(data, size), tlen = size - len, n, i;
	u8 trailer[FZ_TRAILER_MAX];

	if (fz_raw_mode || fz_below(&r, 4) == 0 || tlen > sizeof(trailer) ||
	    max < tlen)
		return LLVMFuzzerMutate(data, size, max);
	memcpy(trailer, data + len, tlen);
	n = 0;
	for (i = 1 + fz_below(&r, 3); i; i--) {
		n = fz_mutate_struct(data, len, max - tlen, &r);
		if (!n)
			break;
		len = n;
	}
	if (!n)
		return LLVMFuzzerMutate(data, size, max);
	/* Sometimes a new probe context: random builtins and strings. */
	if (fz_below(&r, 8) == 0) {
		tlen = fz_below(&r, sizeof(trailer));
		for (i = 0; i < tlen; i++)
			trailer[i] = fz_below(&r, 4) ? 'a' + fz_below(&r, 26) :
						       (u8)fz_rand(&r);
		if (len + tlen > max)
			tlen = max - len;
	}
	memcpy(data + len, trailer, tlen);
	return len + tlen;
}
