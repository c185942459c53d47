// SPDX-License-Identifier: GPL-2.0
/* tests/unit/check.c - counters and the summary line of check.h. */
#include "check.h"

int check_passed, check_failed;

int check_report(const char *suite)
{
	printf("%s: %d passed, %d failed\n", suite, check_passed,
	       check_failed);
	return check_failed ? 1 : 0;
}
