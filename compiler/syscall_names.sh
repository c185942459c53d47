#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# compiler/syscall_names.sh CC - print the x86-64 system calls as lines
# `X("name", number)`, in number order, from <asm/unistd_64.h> as the C
# compiler CC sees it (Debian: linux-libc-dev).  The build turns them into
# build/compiler/syscall_names.h for compiler/syscalls.c.  x86-64 syscall
# numbers are a stable ABI, so the build host's header serves every
# kernel; a syscall newer than that header is unknown to the compiler.
set -e
printf '#include <asm/unistd_64.h>\n' | "${1:-cc}" -E -dM -x c - |
	sed -n 's/^#define __NR_\([a-z0-9_]*\) \([0-9][0-9]*\)$/X("\1", \2)/p' |
	sort -t' ' -k2 -n
