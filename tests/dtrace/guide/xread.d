/*
 * The DTrace Guide's fbt example (chapter 20, fbt Provider, "Examples"),
 * which follows one ioctl() of xclock through the kernel.  As Linux allows
 * it: read() instead of ioctl() and the workload readloop instead of
 * xclock; and the kernel functions of read() named instead of fbt:::
 * (every function's entry and return: on 6.1 each return probe is a
 * kretprobe, registered one at a time).
 */

/*
 * To make the output more readable, we want to indent every function entry
 * (and unindent every function return).  This is done by setting the
 * "flowindent" option.
 */
#pragma D option flowindent

syscall::read:entry
/execname == "readloop" && guard++ == 0/
{
	self->traceme = 1;
	printf("fd: %d", arg0);
}

fbt::__x64_sys_read:,
fbt::ksys_read:,
fbt::__fdget_pos:,
fbt::vfs_read:,
fbt::rw_verify_area:,
fbt::security_file_permission:,
fbt::read_zero:
/self->traceme/
{}

syscall::read:return
/self->traceme/
{
	self->traceme = 0;
	exit(0);
}
