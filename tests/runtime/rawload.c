// SPDX-License-Identifier: GPL-2.0
/*
 * tests/runtime/rawload.c - sends hand-built images straight to the
 * TR_IOC_LOAD ioctl, bypassing the compiler, and checks that the module
 * rejects each bad one with -EINVAL and the verifier's message naming the
 * rule, and accepts a good one.  Prints one line per case and
 * "rawload: N passed, N failed".
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "tracer/builtins.h"
#include "check.h"
#include "imgbuild.h"

#define I(op, a, b, c, k)	TR_INSN(TR_OP_##op, a, b, c, k)
#define RET			I(RET, 0, 0, 0, 0)

static u64 img[16384];

/* LOAD @len bytes of img on a fresh session; the message lands in @msg. */
static int load(u32 len, char *msg, u32 msg_len)
{
	struct tr_ioc_load l = {
		.size = sizeof(l), .abi_version = TR_ABI_VERSION,
		.image = (u64)(unsigned long)img, .image_len = len,
		.errmsg = (u64)(unsigned long)msg, .errmsg_len = msg_len,
	};
	int fd = open(TR_DEVICE_PATH, O_RDWR), err;

	if (fd < 0) {
		perror("rawload: " TR_DEVICE_PATH);
		return -ENODEV;
	}
	msg[0] = '\0';
	err = ioctl(fd, TR_IOC_LOAD, &l) ? -errno : 0;
	close(fd);
	return err;
}

static void expect(const char *name, const u64 *code, u32 n, const char *want)
{
	struct imgb b;
	char msg[512];
	int err;

	imgb_init(&b);
	imgb_rec(&b, 8);
	imgb_clause(&b, code, n);
	imgb_probe(&b, TR_PROBE_BEGIN, NULL, 0, 1);
	err = load(imgb_build(&b, img, sizeof(img)), msg, sizeof(msg));
	printf("%-16s %d '%s'\n", name, err, msg);
	if (!want)
		CHECK(err == 0, "%s: rejected: %s", name, msg);
	else
		CHECK(err == -EINVAL && strstr(msg, want), "%s: want '%s'",
		      name, want);
}

int main(void)
{
	u64 good[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 0), RET };
	u64 backward[] = { I(MOVI, 1, 0, 0, 0), I(JA, 0, 0, 0xffff, 0), RET };
	u64 badop[] = { TR_INSN(0xee, 0, 0, 0, 0), RET };
	u64 noret[] = { I(MOVI, 1, 0, 0, 0) };
	u64 uninit[] = { I(EMIT, 0, 7, 0, 0), RET };
	u64 badrec[] = { I(SCR, 1, 0, 0, 0), I(EMIT, 0, 1, 0, 9), RET };
	struct tr_ioc_load bad_abi = { .size = 4 };
	char msg[512];
	int fd, err;

	expect("good", good, 3, NULL);
	expect("backward jump", backward, 3, "rule V5");
	expect("bad opcode", badop, 2, "rule V1");
	expect("no ret", noret, 1, "rule V6");
	expect("uninitialized", uninit, 2, "rule V4");
	expect("bad record", badrec, 3, "rule V8");

	memset(img, 0xa5, 64);
	err = load(64, msg, sizeof(msg));
	printf("%-16s %d '%s'\n", "garbage", err, msg);
	CHECK(err == -EINVAL && strstr(msg, "rule I"), "garbage rejected");

	fd = open(TR_DEVICE_PATH, O_RDWR);
	err = ioctl(fd, TR_IOC_LOAD, &bad_abi) ? -errno : 0;
	printf("%-16s %d\n", "short ioctl arg", err);
	CHECK(err == -EINVAL, "an ioctl argument of the wrong size is refused");
	close(fd);
	return check_report("rawload");
}
