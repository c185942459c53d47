/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/unit/verify_rules.h - keeps tests/unit/test_verify.c complete: every
 * rule listed at the top of common/verify.c and every rejection message
 * the verifier can give must be expected by at least one test.
 */
#ifndef TESTS_VERIFY_RULES_H
#define TESTS_VERIFY_RULES_H

/* Note a message a test expects ("rule V4: register read ..."). */
void vrules_expected(const char *want);

/*
 * Read the verifier's source @path; CHECK that each rule of its list has a
 * rejection in the code and each rejection ("rule", "message") was expected
 * through vrules_expected(), by a prefix of the message.
 */
void vrules_check(const char *path);

#endif /* TESTS_VERIFY_RULES_H */
