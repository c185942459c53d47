// SPDX-License-Identifier: GPL-2.0
/*
 * common/helpers.c - the helpers the CALL instruction runs: D's string
 * subroutines and rand(), with DTrace's semantics (illumos dtrace.c,
 * dtrace_dif_subr()) except where noted.  Compiled into the module and the
 * host tests, like the interpreter that calls it.
 *
 * Invariants: every string is read through tr_hlp_src(), which bounds it by
 * its memory region and by the strsize bound c (at most c - 1 bytes, as a
 * result must fit c bytes with its NUL); every result is written through
 * tr_hlp_put() into the c-byte buffer at VA R[a], NUL-padded to its end so
 * that keys built from results compare as bytes.  Source and result may
 * overlap only in a hand-made image: the output is then garbage, but every
 * access stays in bounds (memmove, lengths fixed before writing).  Nothing
 * here allocates, sleeps or locks.
 *
 * Where DTrace returns a NULL string (strstr, strchr, strrchr finding
 * nothing, strtok at the end), these set R[a] to 0, NULL: STRCMP reads it
 * as "" (as dtrace_strncmp() does), and anything else that reads it (a
 * record, a variable, a key, a helper's argument) faults at address 0, as
 * DTrace's loads do.  strjoin() of strings that do not fit strsize
 * together faults as DTrace's runs out of scratch space.
 *
 * stack() fills its c-byte buffer with the environment's kernel stack
 * (tr_env_stack(): kmod/stack.c, or the host mock), zero after the last
 * frame, so that equal stacks are equal keys.  ustack() fills its buffer
 * as DTrace's dtrace_getupcstack() does: the process id, then the user pc,
 * then the return addresses of the user's frame-pointer chain (each frame
 * holds the caller's frame pointer, then the return address), read with
 * the no-fault user accessor; the walk stops at the buffer's end, an
 * unreadable or misaligned frame, a zero return address, or a frame
 * pointer that does not go up the stack (so it always ends).  Code built
 * without frame pointers (Debian's libc) ends it early or leads it astray,
 * as in every frame-pointer unwinder.  A thread without user context
 * gives only zeros: pid 0, no frame.
 *
 * stringof(), copyinstr(), copyin() and __kcopy read kernel or user memory
 * through the environment's no-fault accessors (tracer/kmem.h) straight
 * into their result buffer, bounded by c; an unreadable address is a
 * BADADDR fault naming it, a copy longer than its buffer an ILLOP fault.
 */
#include "tracer/isa.h"
#include "tracer/builtins.h"
#include "tracer/helpers.h"
#include "tracer/interp.h"
#include "tracer/kmem.h"
#include "tracer/va.h"

/* A string argument: its bytes and length, without the NUL. */
struct tr_hstr {
	const u8 *p;
	u32 len;
};

static bool tr_hlp_src(struct tr_vm *vm, u64 va, u32 c, struct tr_hstr *s)
{
	u64 room = tr_va_room(vm, va), max = c - 1;
	u32 n;

	s->p = tr_va_ptr(vm, va, 1, false);
	if (!s->p)
		return false;
	if (room < max)
		max = room;
	for (n = 0; n < max && s->p[n]; n++)
		;
	s->len = n;
	return true;
}

/* Write @n bytes of @src (at most c - 1) into @d, NUL-padded to c. */
static void tr_hlp_put(u8 *d, u32 c, const u8 *src, u64 n)
{
	if (n > c - 1)
		n = c - 1;
	memmove(d, src, n);
	memset(d + n, 0, c - n);
}

static u64 tr_hlp_min(u64 x, u64 y)
{
	return x < y ? x : y;
}

/*
 * strjoin(): DIF_SUBR_STRJOIN sets CPU_DTRACE_NOSCRATCH when the result and
 * its NUL do not fit strsize (c) bytes; false then.
 */
static bool tr_hlp_strjoin(u8 *d, u32 c, const struct tr_hstr *s1,
			   const struct tr_hstr *s2)
{
	u64 n1 = s1->len, n2 = s2->len;

	if (n1 + n2 > c - 1)
		return false;
	memmove(d, s1->p, n1);
	memmove(d + n1, s2->p, n2);
	memset(d + n1 + n2, 0, c - n1 - n2);
	return true;
}

/* substr(s, index, remaining): DIF_SUBR_SUBSTR's arithmetic. */
static void tr_hlp_substr(u8 *d, u32 c, const struct tr_hstr *s, s64 index,
			  s64 remaining)
{
	s64 len = s->len, size = c;

	/* As dtrace.c, with each sum ordered so that none can overflow. */
	if (index < 0) {
		index += len;
		if (index < 0 && remaining > 0 && index + remaining > 0) {
			remaining += index;
			index = 0;
		}
	}
	if (index >= len || index < 0)
		remaining = 0;
	else if (remaining < 0)
		remaining += len - index;
	else if (remaining > size - index)
		remaining = size - index;
	if (remaining <= 0)
		tr_hlp_put(d, c, s->p, 0);
	else
		tr_hlp_put(d, c, s->p + index,
			   tr_hlp_min(remaining, len - index));
}

static bool tr_hlp_match(const struct tr_hstr *s, s64 at,
			 const struct tr_hstr *sub)
{
	return at >= 0 && at + sub->len <= s->len &&
	       !memcmp(s->p + at, sub->p, sub->len);
}

/*
 * index() and rindex(): DIF_SUBR_INDEX/RINDEX, Perl's position rules
 * included.  @has_pos says whether the position argument was given.
 */
static s64 tr_hlp_index(const struct tr_hstr *s, const struct tr_hstr *sub,
			s64 pos, bool has_pos, bool reverse)
{
	s64 len = s->len, at;

	if (!sub->len && !len)
		return 0;
	if (!reverse) {
		at = 0;
		if (has_pos) {
			if (pos < 0)
				pos = 0;
			if (pos >= len)
				return sub->len ? -1 : len;
			at = pos;
		}
		for (; at < len; at++)
			if (tr_hlp_match(s, at, sub))
				return at;
		return -1;
	}
	at = len;
	if (has_pos) {
		if (pos < 0)
			return sub->len ? -1 : 0;
		if (pos < len)
			at = pos;
	}
	for (; at >= 0; at--)
		if (tr_hlp_match(s, at, sub))
			return at;
	return -1;
}

/* strstr(): the rest of @s from the first @sub; -1: none. */
static s64 tr_hlp_strstr(const struct tr_hstr *s, const struct tr_hstr *sub)
{
	s64 at;

	if (!sub->len)
		return 0;
	for (at = 0; at < s->len; at++)
		if (tr_hlp_match(s, at, sub))
			return at;
	return -1;
}

/* strchr() and strrchr(): a NUL target finds the terminator. */
static s64 tr_hlp_strchr(const struct tr_hstr *s, u8 ch, bool reverse)
{
	s64 at, found = -1;

	for (at = 0; at <= s->len; at++) {
		if ((at < s->len ? s->p[at] : 0) != ch)
			continue;
		found = at;
		if (!reverse)
			break;
	}
	return found;
}

/* basename() and dirname(): DIF_SUBR_BASENAME/DIRNAME's scan. */
static void tr_hlp_path(u8 *d, u32 c, const struct tr_hstr *s, bool dir)
{
	static const u8 dot[] = ".";
	const u8 *src = s->p;
	s64 len = s->len, i, lastbase = -1, firstbase = -1, lastdir = -1;
	s64 start, end;

	if (!len) {
		src = dot;
		len = 1;
	}
	for (i = len - 1; i >= 0 && src[i] == '/'; i--)
		;
	if (i >= 0)
		lastbase = i;
	for (; i >= 0 && src[i] != '/'; i--)
		;
	if (i >= 0)
		firstbase = i + 1;
	for (; i >= 0 && src[i] == '/'; i--)
		;
	if (i >= 0)
		lastdir = i;

	if (lastbase == -1)		/* all slashes: "/" either way */
		firstbase = lastbase = lastdir = 0;
	if (firstbase == -1) {		/* no slash at all */
		if (dir) {
			src = dot;
			lastdir = 0;
		} else {
			firstbase = 0;
		}
	}
	if (dir) {
		start = 0;
		end = lastdir == -1 ? 0 : lastdir;	/* "/name" -> "/" */
	} else {
		start = firstbase;
		end = lastbase;
	}
	tr_hlp_put(d, c, src + start, end - start + 1);
}

/* lltostr(): DIF_SUBR_LLTOSTR, bases 2 to 36; false for another base. */
static bool tr_hlp_lltostr(u8 *d, u32 c, s64 v, u64 base)
{
	u8 buf[72], *end = buf + sizeof(buf);
	u64 val, digit;

	if (base < 2 || base > 36)
		return false;
	val = base == 10 && v < 0 ? 0 - (u64)v : (u64)v;
	for (; val; val /= base) {
		digit = val % base;
		*--end = digit < 10 ? '0' + digit : 'a' + digit - 10;
	}
	if (!v && base == 16)
		*--end = '0';
	if (base == 16)
		*--end = 'x';
	if (!v || base == 8 || base == 16)
		*--end = '0';
	if (v < 0 && base == 10)
		*--end = '-';
	tr_hlp_put(d, c, end, buf + sizeof(buf) - end);
	return true;
}

/*
 * strtok(): DIF_SUBR_STRTOK on a copy of the string (vm->strtok_buf), so
 * that the string may live in scratch that later statements reuse.  The
 * next token skips the delimiters, then runs to the next one; false when
 * none is left (DTrace's NULL).
 */
static bool tr_hlp_strtok(struct tr_vm *vm, u8 *d, u32 c,
			  const struct tr_hstr *delims)
{
	u32 len = tr_hlp_min(vm->strtok_len, sizeof(vm->strtok_buf));
	u32 pos = tr_hlp_min(vm->strtok_pos, len), start, i;
	u8 map[32] = { 0 };

	for (i = 0; i < delims->len; i++)
		map[delims->p[i] >> 3] |= 1u << (delims->p[i] & 7);
#define TR_IS_DELIM(ch)	(map[(ch) >> 3] & (1u << ((ch) & 7)))
	while (pos < len && TR_IS_DELIM(vm->strtok_buf[pos]))
		pos++;
	start = pos;
	while (pos < len && !TR_IS_DELIM(vm->strtok_buf[pos]))
		pos++;
#undef TR_IS_DELIM
	vm->strtok_pos = pos;
	if (start == len)
		return false;
	tr_hlp_put(d, c, vm->strtok_buf + start, pos - start);
	return true;
}

static void tr_hlp_case(u8 *d, u32 c, const struct tr_hstr *s, bool upper)
{
	u32 i, n = tr_hlp_min(s->len, c - 1);
	u8 ch;

	for (i = 0; i < n; i++) {
		ch = s->p[i];
		if (upper && ch >= 'a' && ch <= 'z')
			ch -= 'a' - 'A';
		else if (!upper && ch >= 'A' && ch <= 'Z')
			ch += 'a' - 'A';
		d[i] = ch;
	}
	memset(d + n, 0, c - n);
}

/*
 * stringof() and copyinstr(): the string at kernel or user address @src,
 * at most @lim - 1 bytes (1 <= @lim <= @c), into @d, NUL-padded to @c.
 */
static int tr_hlp_readstr(struct tr_vm *vm, u8 *d, u32 c, u64 src, u32 lim,
			  bool user)
{
	long n = user ? tr_env_read_user_str((char *)d, src, lim) :
			tr_env_read_kernel_str((char *)d, src, lim);

	if (n < 0) {
		vm->fault_addr = src;
		return TR_FAULT_BADADDR;
	}
	memset(d + n, 0, c - n);
	return TR_FAULT_NONE;
}

/* copyin() and __kcopy: @len (<= @c) bytes at @src, 0-padded to @c. */
static int tr_hlp_copy(struct tr_vm *vm, u8 *d, u32 c, u64 src, u64 len,
		       bool user)
{
	if (len > c)
		return TR_FAULT_ILLOP;
	if (len && (user ? tr_env_read_user(d, src, len) :
			   tr_env_read_kernel(d, src, len))) {
		vm->fault_addr = src;
		return TR_FAULT_BADADDR;
	}
	memset(d + len, 0, c - len);
	return TR_FAULT_NONE;
}

/* ustack(): @max words at @d (the pid, then pcs); returns how many. */
static u32 tr_hlp_ustack(struct tr_vm *vm, u8 *d, u32 max)
{
	u64 pid, pc, fp, frame[2];	/* frame: the caller's fp, return pc */
	u32 n;

	if (max < 2 || !tr_env_uregs(vm, &pid, &pc, &fp) || !pc)
		return 0;
	memcpy(d, &pid, sizeof(pid));
	memcpy(d + 8, &pc, sizeof(pc));
	n = 2;
	while (n < max && fp && !(fp & 7) &&
	       !tr_env_read_user(frame, fp, sizeof(frame)) && frame[1]) {
		memcpy(d + (size_t)n++ * 8, &frame[1], sizeof(frame[1]));
		fp = frame[0] > fp ? frame[0] : 0;	/* up the stack, or end */
	}
	return n;
}

int tr_helper_call(struct tr_vm *vm, u64 *regs, unsigned int a, u32 c,
		   unsigned int id)
{
	const struct tr_helper_info *h = &tr_helper_table[id];
	struct tr_hstr s1, s2;
	u64 *r = regs + a;
	u8 *d = NULL;
	s64 at;

	if (id == TR_HLP_RAND) {
		/* DTrace's DIF_SUBR_RAND, from the clock */
		r[0] = (tr_env_builtin(vm, TR_BI_TIMESTAMP) * 2416 + 374441) %
		       1771875;
		return TR_FAULT_NONE;
	}
	if (h->ret != TR_HELPER_INT) {
		d = tr_va_ptr(vm, r[0], c, true);
		if (!d)
			return TR_FAULT_BADADDR;
	}

	switch (id) {
	case TR_HLP_STRLEN:
		if (!tr_hlp_src(vm, r[0], c, &s1))
			return TR_FAULT_BADADDR;
		r[0] = s1.len;
		return TR_FAULT_NONE;
	case TR_HLP_INDEX:
	case TR_HLP_RINDEX:
		if (!tr_hlp_src(vm, r[0], c, &s1) ||
		    !tr_hlp_src(vm, r[1], c, &s2))
			return TR_FAULT_BADADDR;
		r[0] = (u64)tr_hlp_index(&s1, &s2, (s64)r[2], r[3] != 0,
					 id == TR_HLP_RINDEX);
		return TR_FAULT_NONE;
	case TR_HLP_LLTOSTR:
		return tr_hlp_lltostr(d, c, (s64)r[1], r[2]) ?
		       TR_FAULT_NONE : TR_FAULT_ILLOP;
	case TR_HLP_STRTOK:
		if (!tr_hlp_src(vm, r[2], c, &s2))
			return TR_FAULT_BADADDR;
		if (r[1]) {
			if (!tr_hlp_src(vm, r[1], c, &s1))
				return TR_FAULT_BADADDR;
			vm->strtok_len = tr_hlp_min(s1.len,
						    sizeof(vm->strtok_buf));
			vm->strtok_pos = 0;
			memmove(vm->strtok_buf, s1.p, vm->strtok_len);
		}
		if (!tr_hlp_strtok(vm, d, c, &s2))
			r[0] = 0;
		return TR_FAULT_NONE;
	case TR_HLP_STACK:
		at = (s64)tr_hlp_min(tr_env_stack(vm, d, c / 8), c / 8) * 8;
		memset(d + at, 0, c - at);
		return TR_FAULT_NONE;
	case TR_HLP_USTACK:
		at = (s64)tr_hlp_ustack(vm, d, c / 8) * 8;
		memset(d + at, 0, c - at);
		return TR_FAULT_NONE;
	case TR_HLP_KSTR:
		return tr_hlp_readstr(vm, d, c, r[1], c, false);
	case TR_HLP_COPYINSTR:
		/* DTrace: copyinstr(addr, n) keeps n bytes, strsize - 1 at most */
		return tr_hlp_readstr(vm, d, c, r[1],
				      r[2] < c ? (u32)r[2] + 1 : c, true);
	case TR_HLP_COPYIN:
	case TR_HLP_KCOPY:
		return tr_hlp_copy(vm, d, c, r[1], r[2],
				   id == TR_HLP_COPYIN);
	}

	/* The others return a string made from the string in R[a+1]. */
	if (!tr_hlp_src(vm, r[1], c, &s1))
		return TR_FAULT_BADADDR;
	switch (id) {
	case TR_HLP_STRJOIN:
		if (!tr_hlp_src(vm, r[2], c, &s2))
			return TR_FAULT_BADADDR;
		if (!tr_hlp_strjoin(d, c, &s1, &s2))
			return TR_FAULT_NOSCRATCH;
		break;
	case TR_HLP_SUBSTR:
		tr_hlp_substr(d, c, &s1, (s64)r[2], (s64)r[3]);
		break;
	case TR_HLP_STRSTR:
		if (!tr_hlp_src(vm, r[2], c, &s2))
			return TR_FAULT_BADADDR;
		at = tr_hlp_strstr(&s1, &s2);
		if (at < 0)
			r[0] = 0;
		else
			tr_hlp_put(d, c, s1.p + at, s1.len - at);
		break;
	case TR_HLP_STRCHR:
	case TR_HLP_STRRCHR:
		at = tr_hlp_strchr(&s1, (u8)r[2], id == TR_HLP_STRRCHR);
		if (at < 0)
			r[0] = 0;
		else
			tr_hlp_put(d, c, s1.p + at, s1.len - at);
		break;
	case TR_HLP_BASENAME:
	case TR_HLP_DIRNAME:
		tr_hlp_path(d, c, &s1, id == TR_HLP_DIRNAME);
		break;
	case TR_HLP_TOUPPER:
	case TR_HLP_TOLOWER:
		tr_hlp_case(d, c, &s1, id == TR_HLP_TOUPPER);
		break;
	}
	return TR_FAULT_NONE;	/* R[a]: the result's VA, or 0 (NULL) */
}
