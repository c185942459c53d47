// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/device.c - /dev/tracer: opening it and one wrapper per ioctl of
 * include/uapi/tracer.h.  Each wrapper fills the request (size, zero flags,
 * a message buffer where the ioctl has one), returns 0 or -errno, and on
 * failure leaves one line in d->msg: the module's own message when it wrote
 * one, otherwise what errno means for that request.
 */
#define _GNU_SOURCE		/* ppoll() */
#include <errno.h>
#include <poll.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include "tracer.h"

#define TRL_INSMOD_HINT	"the tracer module is not loaded (run: sudo insmod kmod/tracer.ko)"

int trl_dev_open(struct trl_dev *d, const char *path)
{
	int err;

	d->msg[0] = '\0';
	d->fd = open(path, O_RDWR | O_CLOEXEC);
	if (d->fd >= 0)
		return 0;
	err = errno;
	switch (err) {
	case ENOENT:
		snprintf(d->msg, sizeof(d->msg), "%s not found: %s", path,
			 TRL_INSMOD_HINT);
		break;
	case ENXIO:
	case ENODEV:
		snprintf(d->msg, sizeof(d->msg),
			 "%s has no driver behind it: %s", path,
			 TRL_INSMOD_HINT);
		break;
	case EACCES:
	case EPERM:
		snprintf(d->msg, sizeof(d->msg),
			 "permission denied opening %s: run tracer as root (it needs CAP_SYS_ADMIN)",
			 path);
		break;
	default:
		snprintf(d->msg, sizeof(d->msg), "cannot open %s: %s", path,
			 strerror(err));
		break;
	}
	return -err;
}

void trl_dev_close(struct trl_dev *d)
{
	if (d->fd >= 0)
		close(d->fd);
	d->fd = -1;
}

/*
 * After a failed ioctl: keep the module's message if it wrote one (cut at
 * its first newline), else explain errno.
 */
static int trl_dev_failed(struct trl_dev *d, const char *what, int err)
{
	d->msg[sizeof(d->msg) - 1] = '\0';
	d->msg[strcspn(d->msg, "\n")] = '\0';
	if (d->msg[0])
		return -err;
	if (err == ENOTTY)
		snprintf(d->msg, sizeof(d->msg),
			 "the device does not know %s: is the loaded tracer module from another version?",
			 what);
	else
		snprintf(d->msg, sizeof(d->msg), "%s", strerror(err));
	return -err;
}

int trl_dev_load(struct trl_dev *d, const void *image, u32 len)
{
	struct tr_ioc_load req = {
		.size = sizeof(req),
		.abi_version = TR_ABI_VERSION,
		.image = (u64)(unsigned long)image,
		.image_len = len,
		.errmsg_len = sizeof(d->msg),
		.errmsg = (u64)(unsigned long)d->msg,
	};

	memset(d->msg, 0, sizeof(d->msg));
	if (ioctl(d->fd, TR_IOC_LOAD, &req) < 0)
		return trl_dev_failed(d, "LOAD", errno);
	return 0;
}

static int trl_dev_cmd(struct trl_dev *d, unsigned long cmd, const char *what)
{
	struct tr_ioc_cmd req = {
		.size = sizeof(req),
		.errmsg_len = sizeof(d->msg),
		.errmsg = (u64)(unsigned long)d->msg,
	};

	memset(d->msg, 0, sizeof(d->msg));
	if (ioctl(d->fd, cmd, &req) < 0)
		return trl_dev_failed(d, what, errno);
	return 0;
}

/* The string at rodata offset @off of @image, or NULL if out of bounds. */
static const char *trl_image_str(const u8 *image, u32 len, u32 off)
{
	const struct tr_image_hdr *h = (const void *)image;
	const struct tr_image_sect *r = &h->sect[TR_SECT_RODATA];

	if (r->off > len || r->count > len - r->off || off >= r->count ||
	    !memchr(image + r->off + off, '\0', r->count - off))
		return NULL;
	return (const char *)image + r->off + off;
}

/* The addresses of @image's fbt functions (entry and return), in order. */
static int trl_fbt_addrs(struct trl_dev *d, const u8 *image, u32 len,
			    u64 **addrs, u32 *n)
{
	const struct tr_image_hdr *h = (const void *)image;
	const struct tr_image_sect *ps;
	const struct tr_image_probe *p;
	const char *func, *mod;
	u32 i;

	*addrs = NULL;
	*n = 0;
	if (len < sizeof(*h))
		return 0;
	ps = &h->sect[TR_SECT_PROBES];
	if (ps->off > len || ps->count > (len - ps->off) / sizeof(*p))
		return 0;	/* the module says what is wrong */
	p = (const void *)(image + ps->off);
	*addrs = calloc(ps->count + 1, sizeof(**addrs));
	if (!*addrs) {
		snprintf(d->msg, sizeof(d->msg), "out of memory");
		return -ENOMEM;
	}
	for (i = 0; i < ps->count; i++) {
		if (p[i].kind != TR_PROBE_KPROBE &&
		    p[i].kind != TR_PROBE_KRETPROBE)
			continue;
		func = trl_image_str(image, len, p[i].func);
		mod = trl_image_str(image, len, p[i].module);
		if (!func || !mod)
			return 0;
		if (trl_ksym_addr(mod, func, &(*addrs)[(*n)++])) {
			snprintf(d->msg, sizeof(d->msg),
				 "fbt:%s:%s:%s: no kernel function of that name in /proc/kallsyms (are you root?)",
				 mod, func, p[i].kind == TR_PROBE_KPROBE ?
				 "entry" : "return");
			return -ENOENT;
		}
	}
	return 0;
}

int trl_dev_attach(struct trl_dev *d, const void *image, u32 len)
{
	struct tr_ioc_attach req = {
		.size = sizeof(req),
		.errmsg_len = sizeof(d->msg),
		.errmsg = (u64)(unsigned long)d->msg,
	};
	u64 *addrs;
	int err;

	memset(d->msg, 0, sizeof(d->msg));
	err = trl_fbt_addrs(d, image, len, &addrs, &req.naddrs);
	if (!err) {
		req.addrs = (u64)(unsigned long)addrs;
		if (ioctl(d->fd, TR_IOC_ATTACH, &req) < 0)
			err = trl_dev_failed(d, "ATTACH", errno);
	}
	free(addrs);
	return err;
}

int trl_dev_go(struct trl_dev *d)
{
	return trl_dev_cmd(d, TR_IOC_GO, "GO");
}

int trl_dev_stop(struct trl_dev *d)
{
	return trl_dev_cmd(d, TR_IOC_STOP, "STOP");
}

int trl_dev_status(struct trl_dev *d, struct tr_ioc_status *st)
{
	memset(st, 0, sizeof(*st));
	st->size = sizeof(*st);
	d->msg[0] = '\0';
	if (ioctl(d->fd, TR_IOC_STATUS, st) < 0)
		return trl_dev_failed(d, "STATUS", errno);
	return 0;
}

static int trl_dev_copy_out(struct trl_dev *d, unsigned long cmd,
			    const char *what, u32 cpu, void *buf, u32 len,
			    u32 *out_len, u64 *drops)
{
	struct tr_ioc_read req = {
		.size = sizeof(req),
		.cpu = cpu,
		.buf = (u64)(unsigned long)buf,
		.buf_len = len,
	};
	int err;

	d->msg[0] = '\0';
	*out_len = 0;
	if (ioctl(d->fd, cmd, &req) == 0) {
		*out_len = req.out_len;
		if (drops)
			*drops = req.drops;
		if (req.out_len > len) {
			snprintf(d->msg, sizeof(d->msg),
				 "%s of CPU %u returned %u bytes into a %u-byte buffer",
				 what, cpu, req.out_len, len);
			return -EPROTO;
		}
		return 0;
	}
	err = errno;
	if (err == ENOSPC) {
		*out_len = req.out_len;
		snprintf(d->msg, sizeof(d->msg),
			 "%s of CPU %u needs a %u-byte buffer", what, cpu,
			 req.out_len);
		return -ENOSPC;
	}
	if (err == EAGAIN && cmd == TR_IOC_SNAPSHOT) {
		snprintf(d->msg, sizeof(d->msg),
			 "SNAPSHOT of CPU %u: a probe was running there at every try to switch its aggregation buffer; nothing was lost, try again",
			 cpu);
		return -EAGAIN;
	}
	return trl_dev_failed(d, what, err);
}

int trl_dev_read(struct trl_dev *d, u32 cpu, void *buf, u32 len,
		 u32 *out_len, u64 *drops)
{
	*drops = 0;
	return trl_dev_copy_out(d, TR_IOC_READ, "READ", cpu, buf, len,
				out_len, drops);
}

int trl_dev_snapshot(struct trl_dev *d, u32 cpu, void *buf, u32 len,
		     u32 *out_len)
{
	return trl_dev_copy_out(d, TR_IOC_SNAPSHOT, "SNAPSHOT", cpu, buf, len,
				out_len, NULL);
}

int trl_dev_wait(struct trl_dev *d, u64 ns)
{
	struct pollfd p = { .fd = d->fd, .events = POLLIN };
	struct timespec ts = { ns / 1000000000, ns % 1000000000 };

	return ppoll(&p, 1, &ts, NULL) < 0 ? -errno : 0;
}
