/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/fuzz/harness.h - one fuzz input run through the shared verifier
 * and interpreter, as the module would run it.  Used by the libFuzzer
 * target (fuzz_verify.c) and by the replay of tests/fuzz/ in make check
 * (replay.c).
 *
 * An input is an image followed by the probe context:
 *
 *   +-----------------------------+-------+----------------------------+
 *   | image (hdr.total_size bytes | fires | builtins (struct env_mock: |
 *   | when that fits the input,   | (1 B) | ints, execname, probefunc) |
 *   | else the whole input)       |       |                            |
 *   +-----------------------------+-------+----------------------------+
 *
 * Missing bytes are 0, so a plain image file is an input too.  Each kprobe
 * and tracepoint probe (its record from env_mock) fires 2 + fires % 63
 * times, the ring drained between firings, so that large records fill and
 * wrap it.
 */
#ifndef TESTS_FUZZ_HARNESS_H
#define TESTS_FUZZ_HARNESS_H

#include <stddef.h>
#include "tracer/env.h"

/* Bytes of @data that are the image. */
size_t fz_image_len(const u8 *data, size_t size);

/*
 * Verify the image; if it is accepted, run its probes (BEGIN, each kprobe
 * a few times, END) on a fresh VM and check what they left.  Sanitizers catch
 * memory errors and undefined behaviour; a broken invariant (a rejection
 * without a message, a fault out of range, a bad record in the ring, the
 * image modified) prints what and aborts.  Returns 1 if the image was
 * accepted, 0 if rejected.
 */
int fz_run_one(const u8 *data, size_t size);

#endif /* TESTS_FUZZ_HARNESS_H */
