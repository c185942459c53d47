#!/usr/sbin/tracer -s
/*
 * ext4slower.d - ext4 reads and writes slower than MS milliseconds, with
 * time, process, direction, KB, latency (ms) and file name, as they end.
 *
 * USAGE: ext4slower.d MS        (MS defaults to 0: every ext4 read and write)
 *
 * The "DTrace: ext4slower.d" example of Brendan Gregg's talk, unchanged:
 * it times vfs_read() and vfs_write() on files whose filesystem type is
 * ext4, reading the kernel's struct file through BTF.
 */

#pragma D option quiet
#pragma D option defaultargs
#pragma D option switchrate=5

dtrace:::BEGIN
{
	min_ns = $1 * 1000000;
	printf("Tracing ext4 read/write slower than %d ms\n", $1);
	printf("%-20s %-16s %1s %4s %6s %s\n", "TIME", "PROCESS",
	    "D", "KB", "ms", "FILE");
}

fbt::vfs_read:entry, fbt::vfs_write:entry
{
	this->file = (struct file *)arg0;
	this->fs = this->file->f_path.dentry->d_inode->i_sb->s_type->name;
}

fbt::vfs_read:entry, fbt::vfs_write:entry
/stringof(this->fs) == "ext4"/
{
	self->start = timestamp;
	self->name = this->file->f_path.dentry->d_name.name;
}

fbt::vfs_read:return, fbt::vfs_write:return
/self->start && (this->delta = timestamp - self->start) > min_ns/
{
	this->dir = probefunc == "vfs_read" ? "R" : "W";
	printf("%-20Y %-16s %1s %4d %6d %s\n", walltimestamp,
	    execname, this->dir, arg1 / 1024, this->delta / 1000000,
	    stringof(self->name));
}

fbt::vfs_read:return, fbt::vfs_write:return
{
	self->start = 0;
	self->name = 0;
}
