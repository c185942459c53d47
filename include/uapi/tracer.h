/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * include/uapi/tracer.h - the ABI between the tracer module and userspace:
 * the /dev/tracer ioctls, the program image they load, and the layout of the
 * record buffers and aggregation tables they copy out.
 *
 * Growth: every ioctl argument starts with its own size, and the image
 * header carries a version and its size.  The module rejects sizes and
 * versions it does not know with -EINVAL and a message.
 *
 * Session life cycle, one per open file:
 *   TR_IOC_LOAD (verify the image, allocate everything) -> TR_IOC_ATTACH
 *   (given the fbt functions' addresses, register probes, still
 *   inactive) -> TR_IOC_GO (run BEGIN, activate) ->
 *   TR_IOC_READ / TR_IOC_SNAPSHOT / TR_IOC_STATUS while tracing ->
 *   TR_IOC_STOP (deactivate, detach and wait for handlers, run END).
 *   close() at any point undoes all of it.
 */
#ifndef _UAPI_TRACER_H
#define _UAPI_TRACER_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define TR_DEVICE_PATH	"/dev/tracer"
#define TR_ABI_VERSION	4	/* 2: ATTACH takes fbt entry addresses;
				 * 3: and fbt return addresses;
				 * 4: SNAPSHOT drains, no AGG_CLEAR */

/* ---- the program image ---------------------------------------------- */

#define TR_IMAGE_MAGIC		0x52435254u	/* "TRCR" little-endian */
#define TR_IMAGE_VERSION	1

/* Sections, in file order: X(NAME, element type) */
#define TR_SECTIONS(X)							\
	X(INSNS,   __u64)		/* instructions (isa.h) */	\
	X(CONSTS,  __u64)		/* 64-bit constant pool */	\
	X(RODATA,  __u8)		/* NUL-terminated strings */	\
	X(CLAUSES, struct tr_image_clause)				\
	X(PROBES,  struct tr_image_probe)				\
	X(AGGS,    struct tr_image_agg)					\
	X(RECS,    struct tr_image_rec)					\
	X(ACTIONS, __u16)	/* per insn, its action number */	\
	/* vars: dynamic variables (assoc arrays, self->) */		\
	X(DVARS,   struct tr_image_dvar)

enum tr_section {
#define TR_X_ENUM(name, type) TR_SECT_##name,
	TR_SECTIONS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NSECTIONS
};

struct tr_image_sect {
	__u32 off;		/* from the start of the image, 8-aligned */
	__u32 count;		/* elements (bytes for RODATA) */
};

struct tr_image_hdr {
	__u32 magic;		/* TR_IMAGE_MAGIC */
	__u16 version;		/* TR_IMAGE_VERSION */
	__u16 hdr_size;		/* sizeof(struct tr_image_hdr) */
	__u32 total_size;	/* bytes, header included */
	__u32 scratch_size;	/* per-CPU scratch memory, bytes */
	__u32 agg_entries;	/* per-CPU aggregation table slots */
	__u32 buf_size;		/* per-CPU record buffer, bytes */
	__u32 flags;		/* must be 0 */
	__u32 reserved;		/* must be 0 */
	struct tr_image_sect sect[TR_NSECTIONS];
	/* vars: variables */
	__u32 globals_size;	/* session-wide global variables, bytes */
	__u32 this_size;	/* clause-local (this->) bytes at the start
				 * of scratch, zeroed at every firing */
	__u32 dynvar_size;	/* dynamic variable space, bytes; 0 when
				 * there are no dynamic variables */
	__u32 vars_reserved;	/* must be 0 */
};

/* A clause: a predicate and its actions, one straight-line program. */
struct tr_image_clause {
	__u32 insn_first;
	__u32 insn_count;	/* >= 1, the last one is RET */
};

#define TR_PROBE_KINDS(X)						\
	X(BEGIN,  "BEGIN")						\
	X(END,    "END")						\
	X(KPROBE, "fbt entry: ftrace on the function")			\
	/* probes: */							\
	X(KRETPROBE, "fbt return: fprobe or kretprobe on the function")	\
	X(TICK,   "tick-N: hrtimer on one CPU every param ns")		\
	X(PROFILE, "profile-N: pinned hrtimer on every CPU")		\
	X(ERROR,  "dtrace:::ERROR: a fault ended a clause")		\
	/* tpsys: */							\
	X(SYSCALL_ENTRY,  "syscall::NAME:entry: the sys_enter tracepoint, syscall number param") \
	X(SYSCALL_RETURN, "syscall::NAME:return: the sys_exit tracepoint, syscall number param") \
	X(TRACEPOINT, "tracepoint:CAT::EVENT: perf counter on event id param")

enum tr_probe_kind {
#define TR_X_ENUM(name, meaning) TR_PROBE_##name,
	TR_PROBE_KINDS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NPROBE_KINDS
};

/* A probe and the clauses it runs, in order, when it fires. */
struct tr_image_probe {
	__u32 kind;		/* enum tr_probe_kind */
	__u32 func;		/* rodata offset of the function name, or of "" */
	__u32 clause_first;
	__u32 clause_count;
	/* probes: */
	__u32 provider;		/* rodata offsets of the description's */
	__u32 module;		/* canonical parts, for probeprov, */
	__u32 name;		/* probemod and probename */
	__u32 flags;		/* must be 0 */
	__u64 param;		/* by kind (verifier rule I12):
				 * TICK, PROFILE: the period in ns,
				 *   TR_MIN_PERIOD_NS or more;
				 * SYSCALL_*: the syscall number (x86-64),
				 *   below TR_MAX_SYSCALL_NR;
				 * TRACEPOINT: the event's tracefs id, 1 to
				 *   TR_MAX_TRACEPOINT_ID;
				 * other kinds: 0 */
};

/*
 * lang: a probe's ID (the "id" builtin, the ID column of the default
 * output and of fault messages): dtrace:::BEGIN, END and ERROR have
 * DTrace's IDs 1, 2 and 3 (tracer -l lists them so); image probe i of any
 * other kind has TR_PROBE_ID_BASE + i.
 */
#define TR_PROBE_ID_BASE	4u

static inline __u32 tr_probe_id(__u32 kind, __u32 index)
{
	switch (kind) {
	case TR_PROBE_BEGIN:
		return 1;
	case TR_PROBE_END:
		return 2;
	case TR_PROBE_ERROR:
		return 3;
	}
	return TR_PROBE_ID_BASE + index;
}

/* Timer probes fire at most this often (DTrace's default: 200us). */
#define TR_MIN_PERIOD_NS	200000ull
/* tpsys: syscall numbers and tracepoint event ids a probe may name. */
#define TR_MAX_SYSCALL_NR	1024u
#define TR_MAX_TRACEPOINT_ID	65535u
/* tpsys: the largest tracepoint record a probe reads (PCTX offsets). */
#define TR_MAX_PCTX_OFF		65535u

/*
 * X(NAME, "d-name", values per entry; 0: from the parameters).  The values
 * of an entry are 64-bit words (common/agg.c has their meaning):
 *   count sum min max	the value
 *   avg		count, sum
 *   stddev		count, sum, sum of squares (128 bits, low word first)
 *   quantize		TR_AGG_QUANTIZE_NBUCKETS power-of-two buckets
 *   lquantize		levels + 2 buckets: < base, linear, >= limit
 *   llquantize		tr_agg_llquantize_nbuckets() log-linear buckets
 */
#define TR_AGG_FUNCS(X)							\
	X(COUNT,      "count",      1)					\
	X(SUM,        "sum",        1)					\
	/* aggs: the remaining aggregating functions */			\
	X(MIN,        "min",        1)					\
	X(MAX,        "max",        1)					\
	X(AVG,        "avg",        2)					\
	X(STDDEV,     "stddev",     4)					\
	X(QUANTIZE,   "quantize",   127)				\
	X(LQUANTIZE,  "lquantize",  0)					\
	X(LLQUANTIZE, "llquantize", 0)

enum tr_agg_func {
#define TR_X_ENUM(name, dname, nvals) TR_AGG_##name,
	TR_AGG_FUNCS(TR_X_ENUM)
#undef TR_X_ENUM
	TR_NAGG_FUNCS
};

struct tr_image_agg {
	__u32 func;		/* enum tr_agg_func */
	__u32 key_size;		/* bytes, multiple of 8, <= TR_MAX_KEY_SIZE */
	__u32 nvals;		/* values per entry, <= TR_MAX_AGG_VALS */
	__s32 base;		/* lquantize: lower bound */
	__u16 step;		/* lquantize: bucket width */
	__u16 levels;		/* lquantize: buckets from base to limit */
	__u16 factor;		/* llquantize: the factor */
	__u16 low;		/* llquantize: low magnitude */
	__u16 high;		/* llquantize: high magnitude */
	__u16 nsteps;		/* llquantize: steps per magnitude */
	__u32 reserved;		/* must be 0 */
};

struct tr_image_rec {
	__u32 size;		/* payload bytes, multiple of 8 */
	__u32 flags;		/* TR_REC_F_* */
};

/*
 * A dynamic variable (vars): an associative array or a thread-local
 * (self->) variable, whose entries live in the session's dynamic variable
 * space.  An entry holds the key (key_size bytes, compared as raw bytes;
 * a thread-local's key is the thread id) followed by the value.
 */
struct tr_image_dvar {
	__u32 key_size;		/* bytes, a multiple of 8, not 0 */
	__u32 val_size;		/* bytes, a multiple of 8, not 0; the sum is
				 * at most TR_MAX_DVAR_DATA */
};

/* Emitting this record ends tracing: no probe but END fires afterwards. */
#define TR_REC_F_EXIT	0x1u

/* Hard caps, checked by the verifier before anything is allocated. */
#define TR_MAX_IMAGE_SIZE	(4u << 20)
#define TR_MAX_INSNS		65536u	/* also: in all clauses together */
#define TR_MAX_PROBE_WORK	(1u << 20)	/* insns of all probes' clauses */
#define TR_MAX_CONSTS		65536u
#define TR_MAX_CLAUSES		4096u
/*
 * probes2: fbt:ext4::entry is ~850 probes, fbt::vfs_*:entry ~60; 32768
 * image probes take 1.3 MB of the image, their names most of the rest.
 */
#define TR_MAX_PROBES		32768u
#define TR_MAX_AGGS		256u
#define TR_MAX_RECS		4096u
#define TR_MAX_KEY_SIZE		1024u
#define TR_MAX_AGG_VALS		1024u	/* values of one entry */
#define TR_MAX_REC_SIZE		8192u
#define TR_MAX_SCRATCH_SIZE	(64u << 10)
#define TR_MAX_AGG_ENTRIES	(1u << 20)
#define TR_MIN_BUF_SIZE		(64u << 10)
#define TR_MAX_BUF_SIZE		(64u << 20)
#define TR_MAX_SESSION_BYTES	(1ull << 30)	/* all CPUs, all buffers */
/* vars */
#define TR_MAX_DVARS		1024u
#define TR_MAX_DVAR_DATA	4096u	/* key + value of one entry */
#define TR_MAX_GLOBALS_SIZE	(1u << 20)
#define TR_MAX_DYNVAR_SIZE	(256u << 20)

/* ---- record buffers (TR_IOC_READ) ----------------------------------- */

/* Every record starts 8-aligned with this header; payload follows. */
struct tr_rec_hdr {
	__u32 id;		/* record id, or one of TR_REC_ID_* */
	__u32 size;		/* bytes including this header, 8-aligned */
	__u64 ts;		/* when the probe fired, ns of
				 * CLOCK_MONOTONIC (ktime_get_mono_fast_ns);
				 * absent in a pad record */
};

/*
 * A TR_REC_ID_PAD record may be as short as its id and size (8 bytes);
 * every other record holds the whole header.
 */
#define TR_REC_PAD_MIN		8u

#define TR_REC_ID_PAD	0xffffffffu	/* filler up to the buffer's end: skip */
#define TR_REC_ID_FAULT	0xfffffffeu	/* payload: struct tr_rec_fault */

struct tr_rec_fault {
	__u32 probe;		/* index into the image's probes */
	__u32 clause;		/* index into the image's clauses */
	__u32 fault;		/* enum tr_fault */
	__u32 pc;		/* instruction index within the clause */
	__u64 addr;		/* probes: TR_FAULT_BADADDR: the address */
};

/* ---- aggregation tables (TR_IOC_SNAPSHOT) --------------------------- */

/*
 * A CPU's table is this header followed by `entries` slots of `stride`
 * bytes.  A slot is a struct tr_agg_slot, the key (stride-sized key area)
 * and the values; common/agg.h has the accessors.
 */
struct tr_agg_table_hdr {
	__u32 entries;
	__u32 stride;		/* bytes per slot, multiple of 8 */
	__u32 key_area;		/* bytes of key space in every slot */
	__u32 used;		/* slots in use */
};

struct tr_agg_slot {
	__u32 agg;		/* aggregation id + 1; 0: empty slot */
	__u32 hash;
};

/* ---- ioctls --------------------------------------------------------- */

#define TR_IOC_MAGIC	0xd7

struct tr_ioc_load {
	__u32 size;		/* sizeof(struct tr_ioc_load) */
	__u32 abi_version;	/* TR_ABI_VERSION */
	__u64 image;		/* user pointer */
	__u32 image_len;
	__u32 errmsg_len;
	__u64 errmsg;		/* user buffer for the rejection message */
};

/*
 * ATTACH (probes2): the address of each fbt probe's function, which the
 * module cannot look up by name (kallsyms_lookup_name() is not exported):
 * addrs[i] is the first byte of the function of the i-th probe of kind
 * TR_PROBE_KPROBE or TR_PROBE_KRETPROBE (entry and return probes alike,
 * ABI 3), in image order, as /proc/kallsyms gives it.  The module trusts
 * none of it: each address must be where kallsyms puts the probe's
 * function (and module), and one ftrace can trace.
 */
struct tr_ioc_attach {
	__u32 size;		/* sizeof(struct tr_ioc_attach) */
	__u32 flags;		/* must be 0 */
	__u32 errmsg_len;
	__u32 naddrs;		/* the image's KPROBE + KRETPROBE probes */
	__u64 errmsg;		/* user buffer, or 0 */
	__u64 addrs;		/* user pointer: __u64[naddrs] */
};

/* GO and STOP: no input but room for a message on failure. */
struct tr_ioc_cmd {
	__u32 size;		/* sizeof(struct tr_ioc_cmd) */
	__u32 flags;		/* must be 0 */
	__u32 errmsg_len;
	__u32 reserved;		/* must be 0 */
	__u64 errmsg;		/* user buffer, or 0 */
};

/*
 * READ (records) and SNAPSHOT (aggregation table) of one CPU.  SNAPSHOT
 * drains, as DTrace's aggregation buffer switch does: it returns the
 * updates since the previous SNAPSHOT of that CPU, and the CPU's probes go
 * on in an empty table.  The consumer keeps the sums; clear() and trunc()
 * act on those.
 */
struct tr_ioc_read {
	__u32 size;		/* sizeof(struct tr_ioc_read) */
	__u32 cpu;		/* 0 .. ncpus-1 from TR_IOC_STATUS */
	__u64 buf;		/* user buffer */
	__u32 buf_len;
	__u32 out_len;		/* out: bytes written */
	__u64 drops;		/* out, READ: records this CPU lost to
				 * a full buffer since the session was
				 * loaded */
};

enum tr_session_state {
	TR_STATE_EMPTY,		/* nothing loaded */
	TR_STATE_LOADED,
	TR_STATE_ATTACHED,
	TR_STATE_ACTIVE,
	TR_STATE_STOPPED,
};

#define TR_STATUS_MAX_FAULTS	8

struct tr_ioc_status {
	__u32 size;		/* sizeof(struct tr_ioc_status) */
	__u32 ncpus;		/* out: nr_cpu_ids */
	__u32 state;		/* out: enum tr_session_state */
	__u32 reserved;
	__u64 fired;		/* out: probe handler entries, all CPUs */
	__u64 guard_drops;	/* out: fired while another probe ran on the CPU */
	__u64 buf_drops;	/* out: records lost to a full buffer */
	__u64 agg_drops;	/* out: updates lost to a full aggregation table */
	__u64 faults[TR_STATUS_MAX_FAULTS];	/* out: by enum tr_fault */
	__u64 ret_missed;	/* out: fbt return firings lost (kretprobe
				 * nmissed: more concurrent calls than
				 * maxactive) */
	__u64 dyn_drops;	/* out: dynamic variables not created: the
				 * dynamic variable space was full */
	__u64 tp_missed;	/* out, tpsys: tracepoint firings that came
				 * without their record (never expected) */
};

#define TR_IOC_LOAD	_IOW(TR_IOC_MAGIC, 1, struct tr_ioc_load)
#define TR_IOC_ATTACH	_IOW(TR_IOC_MAGIC, 2, struct tr_ioc_attach)
#define TR_IOC_GO	_IOW(TR_IOC_MAGIC, 3, struct tr_ioc_cmd)
#define TR_IOC_STOP	_IOW(TR_IOC_MAGIC, 4, struct tr_ioc_cmd)
#define TR_IOC_READ	_IOWR(TR_IOC_MAGIC, 5, struct tr_ioc_read)
#define TR_IOC_SNAPSHOT	_IOWR(TR_IOC_MAGIC, 6, struct tr_ioc_read)
#define TR_IOC_STATUS	_IOWR(TR_IOC_MAGIC, 7, struct tr_ioc_status)

#endif /* _UAPI_TRACER_H */
