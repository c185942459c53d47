/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/unit/check.h - the smallest test harness: CHECK() records a pass or
 * a failure with its location, check_report() prints "N passed, N failed"
 * and gives the exit status.
 */
#ifndef TESTS_CHECK_H
#define TESTS_CHECK_H

#include <stdio.h>

extern int check_passed, check_failed;

#define CHECK(cond, ...)						\
	do {								\
		if (cond) {						\
			check_passed++;					\
		} else {						\
			check_failed++;					\
			fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
		}							\
	} while (0)

int check_report(const char *suite);

#endif /* TESTS_CHECK_H */
