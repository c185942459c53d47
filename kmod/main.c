// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/main.c - the tracer module: init and exit, the /dev/tracer misc
 * device, and the ioctl dispatch.
 *
 * This file owns the ioctl ABI checks (argument sizes, ABI version, zero
 * flags) and the copying of arguments and messages to and from userspace;
 * kmod/session.c does the work under the session lock.  Each open file is
 * one session; close() ends it.  Opening needs CAP_SYS_ADMIN, since a
 * session reads kernel state (function arguments) of every process.
 */
#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/uaccess.h>
#include "compat.h"
#include "mem.h"
#include "session.h"
#include "wake.h"

static int tr_open(struct inode *inode, struct file *file)
{
	struct tr_session *s;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	s = tr_session_create();
	if (!s)
		return -ENOMEM;
	file->private_data = s;
	return stream_open(inode, file);
}

static int tr_release(struct inode *inode, struct file *file)
{
	tr_session_destroy(file->private_data);
	return 0;
}

/*
 * Copy @msg (maybe "") into the user's message buffer, truncated and
 * NUL-terminated.  Only called on failure, whose error code wins over a bad
 * buffer.
 */
static void tr_put_msg(u64 uptr, u32 len, const char *msg)
{
	char __user *dst = u64_to_user_ptr(uptr);
	size_t n;

	if (!uptr || !len)
		return;
	n = min_t(size_t, strlen(msg), len - 1);
	if (copy_to_user(dst, msg, n) == 0)
		put_user('\0', dst + n);
}

static void tr_size_msg(char *msg, u32 size, size_t want)
{
	snprintf(msg, TR_MSG_LEN,
		 "argument size %u is not supported; this module expects %zu",
		 size, want);
}

static long tr_ioc_load(struct tr_session *s, void __user *uarg)
{
	char msg[TR_MSG_LEN] = "";
	struct tr_ioc_load req;
	long err;

	if (copy_from_user(&req, uarg, sizeof(req)))
		return -EFAULT;
	if (req.size != sizeof(req)) {
		tr_size_msg(msg, req.size, sizeof(req));
		err = -EINVAL;
		goto put_msg;
	}
	if (req.abi_version != TR_ABI_VERSION) {
		snprintf(msg, sizeof(msg),
			 "ABI version %u is not supported; this module speaks version %u",
			 req.abi_version, TR_ABI_VERSION);
		err = -EINVAL;
		goto put_msg;
	}
	err = mutex_lock_killable(&s->lock);
	if (err)
		return err;
	err = tr_session_load(s, u64_to_user_ptr(req.image), req.image_len,
			      msg);
	mutex_unlock(&s->lock);
put_msg:
	if (err)
		tr_put_msg(req.errmsg, req.errmsg_len, msg);
	return err;
}

/* ATTACH: the fbt functions' addresses (entry and return) come along. */
static long tr_ioc_attach(struct tr_session *s, void __user *uarg)
{
	char msg[TR_MSG_LEN] = "";
	struct tr_ioc_attach req;
	long err;

	if (copy_from_user(&req, uarg, sizeof(req)))
		return -EFAULT;
	if (req.size != sizeof(req)) {
		tr_size_msg(msg, req.size, sizeof(req));
		err = -EINVAL;
		goto put_msg;
	}
	if (req.flags) {
		snprintf(msg, sizeof(msg), "flags must be 0 (are %#x)",
			 req.flags);
		err = -EINVAL;
		goto put_msg;
	}
	err = mutex_lock_killable(&s->lock);
	if (err)
		return err;
	err = tr_session_attach(s, u64_to_user_ptr(req.addrs), req.naddrs,
				msg);
	mutex_unlock(&s->lock);
put_msg:
	if (err)
		tr_put_msg(req.errmsg, req.errmsg_len, msg);
	return err;
}

/* GO and STOP. */
static long tr_ioc_cmd(struct tr_session *s, unsigned int cmd,
		       void __user *uarg)
{
	char msg[TR_MSG_LEN] = "";
	struct tr_ioc_cmd req;
	long err;

	if (copy_from_user(&req, uarg, sizeof(req)))
		return -EFAULT;
	if (req.size != sizeof(req)) {
		tr_size_msg(msg, req.size, sizeof(req));
		err = -EINVAL;
		goto put_msg;
	}
	if (req.flags || req.reserved) {
		snprintf(msg, sizeof(msg),
			 "flags and reserved must be 0 (are %#x, %#x)",
			 req.flags, req.reserved);
		err = -EINVAL;
		goto put_msg;
	}
	err = mutex_lock_killable(&s->lock);
	if (err)
		return err;
	switch (cmd) {
	case TR_IOC_GO:
		err = tr_session_go(s, msg);
		break;
	case TR_IOC_STOP:
		err = tr_session_stop(s, msg);
		break;
	}
	mutex_unlock(&s->lock);
put_msg:
	if (err)
		tr_put_msg(req.errmsg, req.errmsg_len, msg);
	return err;
}

/* Copy in a request that starts with its own size, which must be @size. */
static long tr_get_req(void *req, const void __user *uarg, u32 size)
{
	if (copy_from_user(req, uarg, size))
		return -EFAULT;
	return *(u32 *)req == size ? 0 : -EINVAL;
}

/* READ and SNAPSHOT: out_len is written back on success and on -ENOSPC. */
static long tr_ioc_read(struct tr_session *s, unsigned int cmd,
			void __user *uarg)
{
	struct tr_ioc_read __user *ureq = uarg;
	struct tr_ioc_read req;
	u32 out_len = 0;
	u64 drops = 0;
	long err;

	err = tr_get_req(&req, ureq, sizeof(req));
	if (!err)
		err = mutex_lock_killable(&s->lock);
	if (err)
		return err;
	if (cmd == TR_IOC_READ)
		err = tr_session_read(s, req.cpu, u64_to_user_ptr(req.buf),
				      req.buf_len, &out_len, &drops);
	else
		err = tr_session_snapshot(s, req.cpu,
					  u64_to_user_ptr(req.buf),
					  req.buf_len, &out_len);
	mutex_unlock(&s->lock);
	if ((!err || err == -ENOSPC) && put_user(out_len, &ureq->out_len))
		return -EFAULT;
	if (cmd == TR_IOC_READ && !err && put_user(drops, &ureq->drops))
		return -EFAULT;
	return err;
}

static long tr_ioc_status(struct tr_session *s, void __user *uarg)
{
	struct tr_ioc_status st;
	long err;

	if (get_user(st.size, (u32 __user *)uarg))
		return -EFAULT;
	if (st.size != sizeof(st))
		return -EINVAL;
	memset(&st, 0, sizeof(st));
	st.size = sizeof(st);
	err = mutex_lock_killable(&s->lock);
	if (err)
		return err;
	tr_session_status(s, &st);
	mutex_unlock(&s->lock);
	if (copy_to_user(uarg, &st, sizeof(st)))
		return -EFAULT;
	return 0;
}

static long tr_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tr_session *s = file->private_data;
	void __user *uarg = (void __user *)arg;

	switch (cmd) {
	case TR_IOC_LOAD:
		return tr_ioc_load(s, uarg);
	case TR_IOC_ATTACH:
		return tr_ioc_attach(s, uarg);
	case TR_IOC_GO:
	case TR_IOC_STOP:
		return tr_ioc_cmd(s, cmd, uarg);
	case TR_IOC_READ:
	case TR_IOC_SNAPSHOT:
		return tr_ioc_read(s, cmd, uarg);
	case TR_IOC_STATUS:
		return tr_ioc_status(s, uarg);
	}
	return -ENOTTY;
}

/*
 * poll(): readable when some CPU's ring is half full (kmod/wake.h), so that
 * the consumer, sleeping here between its switchrate passes, reads it
 * before it overflows.
 */
static __poll_t tr_poll(struct file *file, poll_table *pt)
{
	struct tr_session *s = file->private_data;
	bool due;

	poll_wait(file, &s->wq, pt);
	mutex_lock(&s->lock);
	due = tr_wake_due(s);
	mutex_unlock(&s->lock);
	return due ? EPOLLIN | EPOLLRDNORM : 0;
}

static const struct file_operations tr_fops = {
	/* A session pins the module: no rmmod while one is open. */
	.owner = THIS_MODULE,
	.open = tr_open,
	.release = tr_release,
	.unlocked_ioctl = tr_ioctl,
	.poll = tr_poll,
	.compat_ioctl = compat_ptr_ioctl,
};

static struct miscdevice tr_miscdev = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "tracer",
	.fops = &tr_fops,
	.mode = 0600,
};

static int __init tr_init(void)
{
	int err;

	err = tr_timers_init();
	if (err)
		return err;
	err = misc_register(&tr_miscdev);
	if (err)
		tr_timers_exit();
	return err;
}

static void __exit tr_exit(void)
{
	misc_deregister(&tr_miscdev);
	tr_timers_exit();
	/* Every session was closed before exit could run. */
	WARN_ON_ONCE(tr_mem_live_allocs());
}

module_init(tr_init);
module_exit(tr_exit);
MODULE_DESCRIPTION("tracer: DTrace-style dynamic tracing");
MODULE_LICENSE("GPL");
