// SPDX-License-Identifier: GPL-2.0
/*
 * kmod/probe_kprobe.c - fbt::FUNC:entry probes: one kprobe per image probe
 * of kind TR_PROBE_KPROBE, on the function its rodata string names.
 *
 * The kprobe array is allocated at LOAD; ATTACH registers every kprobe while
 * the session is not yet ACTIVE, so the handler ignores firings until GO.
 * Detaching unregisters them all at once: unregister_kprobes() waits for
 * handlers still running on other CPUs, after which nothing of the session
 * is reachable from probe context.
 */
#include <linux/kprobes.h>
#include <linux/string.h>
#include "mem.h"
#include "run.h"

static int tr_kprobe_pre(struct kprobe *kp, struct pt_regs *regs)
{
	struct tr_kprobe *tk = container_of(kp, struct tr_kprobe, kp);

	if (READ_ONCE(tk->sess->state) != TR_STATE_ACTIVE ||
	    READ_ONCE(tk->sess->exited))
		return 0;
	tr_run_probe(tk->sess, tk->probe, regs);
	return 0;
}

u32 tr_probes_count(const struct tr_prog *prog, u32 kind)
{
	u32 i, n = 0;

	for (i = 0; i < prog->nprobes; i++)
		n += prog->probes[i].kind == kind;
	return n;
}

static size_t tr_kprobes_size(u32 n)
{
	return n * (sizeof(struct tr_kprobe) + sizeof(struct kprobe *));
}

size_t tr_kprobes_bytes(const struct tr_prog *prog)
{
	return tr_kprobes_size(tr_probes_count(prog, TR_PROBE_KPROBE));
}

int tr_kprobes_prepare(struct tr_session *s)
{
	u32 i, n = tr_probes_count(&s->prog, TR_PROBE_KPROBE);
	void *mem;

	if (!n)
		return 0;
	mem = tr_mem_alloc(tr_kprobes_size(n), NUMA_NO_NODE);
	if (!mem)
		return -ENOMEM;
	s->kps = mem;
	s->kp_ptrs = mem + n * sizeof(struct tr_kprobe);
	s->nkps = 0;
	for (i = 0; i < s->prog.nprobes; i++) {
		if (s->prog.probes[i].kind != TR_PROBE_KPROBE)
			continue;
		s->kps[s->nkps].sess = s;
		s->kps[s->nkps].probe = i;
		s->kp_ptrs[s->nkps] = &s->kps[s->nkps].kp;
		s->nkps++;
	}
	return 0;
}

void tr_kprobes_free(struct tr_session *s)
{
	WARN_ON_ONCE(s->nkps_registered);
	tr_mem_free(s->kps, tr_kprobes_size(s->nkps));
	s->kps = NULL;
	s->kp_ptrs = NULL;
	s->nkps = 0;
}

/* Why registering the fbt::@func:@name probe failed, in @msg. */
void tr_kprobes_error(const char *func, const char *name, int err, char *msg)
{
	switch (err) {
	case -ENOENT:
		snprintf(msg, TR_MSG_LEN,
			 "fbt::%s:%s: no such kernel function (register_kprobe: -ENOENT)",
			 func, name);
		break;
	case -EINVAL:
		snprintf(msg, TR_MSG_LEN,
			 "fbt::%s:%s: function cannot be probed (-EINVAL)",
			 func, name);
		break;
	case -EILSEQ:
		snprintf(msg, TR_MSG_LEN,
			 "fbt::%s:%s: not at an instruction boundary (-EILSEQ)",
			 func, name);
		break;
	default:
		snprintf(msg, TR_MSG_LEN,
			 "fbt::%s:%s: register_kprobe failed (%d)",
			 func, name, err);
		break;
	}
}

int tr_kprobes_attach(struct tr_session *s, char *msg)
{
	struct tr_kprobe *tk;
	const char *func;
	int err;

	if (WARN_ON_ONCE(s->nkps_registered))
		return -EBUSY;
	for (; s->nkps_registered < s->nkps; s->nkps_registered++) {
		tk = &s->kps[s->nkps_registered];
		func = s->prog.rodata + s->prog.probes[tk->probe].func;
		/* A kprobe must be clean to be registered (again). */
		memset(&tk->kp, 0, sizeof(tk->kp));
		tk->kp.symbol_name = func;
		tk->kp.pre_handler = tr_kprobe_pre;
		err = register_kprobe(&tk->kp);
		if (err) {
			tr_kprobes_error(func, "entry", err, msg);
			goto unregister_attached;
		}
	}
	return 0;

unregister_attached:
	tr_kprobes_detach(s);
	return err;
}

void tr_kprobes_detach(struct tr_session *s)
{
	if (!s->nkps_registered)
		return;
	unregister_kprobes(s->kp_ptrs, s->nkps_registered);
	s->nkps_registered = 0;
}
