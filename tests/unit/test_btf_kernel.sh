#!/usr/bin/env bash
# tests/unit/test_btf_kernel.sh - kernel types against a real kernel's BTF
# on the host: the lab kernel's vmlinux (an ELF with .BTF, which make deps
# unpacks) and its modules' .ko files.  The seed scripts ext4slower.d and
# tcpretransmit.d (tests/seeds/, as the talk has them) must compile, a
# module's type and a module function's prototype must be found, and the
# offsets must be the kernel's.  Ends with "test_btf_kernel: N passed, N
# failed".
#
#   tests/unit/test_btf_kernel.sh [build/tracer] [KERNEL]
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

TRACER=${1:-build/tracer}
kernel=${2:-6.1}
passed=0 failed=0

check() {	# check NAME GOT WANT
	if [[ "$2" == "$3" ]]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $1" >&2
		echo "  got:  $2" >&2
		echo "  want: $3" >&2
	fi
}

tree=$(scripts/lab-kernel --kernel "$kernel" --tree) || exit 1
kver=$(scripts/lab-kernel --kernel "$kernel")
export TRACER_BTF=$tree/boot/vmlinux-$kver
export TRACER_BTF_MODULES=$tree/lib/modules/$kver
[[ -r $TRACER_BTF ]] || { echo "no $TRACER_BTF: run make deps" >&2; exit 1; }
# No tracefs of that kernel here: fbt descriptions without globs are then
# taken as written (compiler/probes.c), not looked up in tests/fake-tracefs.
export TRACER_TRACEFS=/nonexistent

# compile NAME ARGS...: "ok" or the errors
compile() { local n=$1; shift; "$TRACER" -e "$@" 2>&1 || true; }

check ext4slower.d "$(compile x -s tests/seeds/ext4slower.d && echo ok)" ok
check tcpretransmit.d "$(compile x -s tests/seeds/tcpretransmit.d && echo ok)" ok

# The offsets a disassembly shows: struct file's f_path.dentry is at 24,
# dentry's d_name.name at 40 (Linux 6.1, x86-64).
got=$("$TRACER" -S -n 'fbt::vfs_read:entry { trace(args[0]->f_path.dentry->d_name.name); }' 2>&1 | grep -c -e 'ldk r0, r0, 8, 24' -e 'ldk r0, r0, 8, 40')
check "args[0] of vfs_read, member offsets" "$got" 2

# A module's struct (ext4), found only in ext4.ko's split BTF.
got=$("$TRACER" -S -n 'BEGIN { trace(sizeof(struct ext4_inode_info) > sizeof(struct inode)); }' 2>&1 | grep -c 'movi r0, 1$')
check "struct ext4_inode_info from ext4.ko" "$got" 1

# A module function's prototype: ext4_file_write_iter(struct kiocb *, ...).
check "args[] of a module function" \
	"$(compile x -n 'fbt::ext4_file_write_iter:entry { trace(args[0]->ki_pos); trace(args[1]->count); }' && echo ok)" ok

# Unknown names suggest the kernel's.
got=$("$TRACER" -e -n 'fbt::vfs_read:entry { trace(args[0]->f_pth); }' 2>&1 | head -1)
check "unknown member" "$got" "tracer: <command line>:1:36: struct file has no member f_pth; did you mean f_path?"
got=$("$TRACER" -e -n 'BEGIN { trace(sizeof(struct task_strct)); }' 2>&1 | head -1)
check "unknown struct" "$got" "tracer: <command line>:1:15: unknown type struct task_strct; did you mean struct task_struct?"

# tracer -lv: fbt argument types from the prototypes, as the kernel
# declares them, over the fake tracefs's functions (vfs_read, ext4's
# ext4_file_read_iter; nobtf_func has no prototype in this kernel).
fake=$(realpath tests/fake-tracefs)
got=$(TRACER_TRACEFS=$fake TRACER_KPROBES_BLACKLIST=$fake/kprobes-blacklist \
	"$TRACER" -lv -n 'fbt::vfs_read:' -n 'fbt:ext4:ext4_file_read_iter:entry' \
	-n 'fbt::nobtf_func:entry' 2>&1)
want=$(printf '%5s %10s %17s %33s %s\n' ID PROVIDER MODULE FUNCTION NAME \
	4 fbt vmlinux vfs_read entry)
want+=$'\n\n\tArgument Types\n\t\targs[0]: struct file *\n\t\targs[1]: char *\n\t\targs[2]: size_t\n\t\targs[3]: loff_t *\n\n'
want+=$(printf '%5s %10s %17s %33s %s' 5 fbt vmlinux vfs_read return)
want+=$'\n\n\tArgument Types\n\t\targs[1]: ssize_t\n\n'
want+=$(printf '%5s %10s %17s %33s %s' 16 fbt ext4 ext4_file_read_iter entry)
want+=$'\n\n\tArgument Types\n\t\targs[0]: struct kiocb *\n\t\targs[1]: struct iov_iter *\n\n'
want+=$(printf '%5s %10s %17s %33s %s' 32 fbt vmlinux nobtf_func entry)
want+=$'\n\n\tArgument Types\n\t\targ0 .. arg9: uint64_t (nobtf_func has no BTF prototype)'
check "tracer -lv: fbt argument types" "$got" "$want"

echo "test_btf_kernel: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
