/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libtracer/tracer.h - the userspace runtime of tracer: talking to
 * /dev/tracer, consuming the record buffers it returns, formatting printf()
 * output, and merging and printing aggregations byte for byte the way
 * DTrace's dtrace(1M) does.  Everything here is prefixed trl_.
 *
 * One concern per file:
 *   device.c     open /dev/tracer and wrap each ioctl, with error text
 *   consume.c    read every CPU's records and act on them (printf, exit,
 *                fault messages), in time order across CPUs
 *   order.c      records held between reads and released in time order
 *   flow.c       the flowindent option: "-> func", indented per CPU
 *   printf.c     DTrace's printf() on a record's payload, and the format
 *                check the compiler makes with the same parser
 *   aggregate.c  snapshot every CPU's aggregation table, merge, sort
 *   agg_print.c  DTrace's default aggregation layout
 *   agg_value.c  avg, stddev, bucket values and value order of an entry
 *   agg_action.c printa(), clear(), trunc(), normalize() records and the
 *                aggregations printed at the end
 *   grow.c       trl_grow(), arrays that grow
 *   ksyms.c      kernel addresses to names (/proc/kallsyms)
 *   usyms.c      user addresses to names (/proc/PID/maps, ELF symbols)
 *   symprint.c   stacks, ustacks and symbols of records and keys
 *
 * Conventions: commands return 0 or a negative errno.  A failing call leaves
 * a one-line explanation (no "tracer: " prefix, no newline) in the message
 * buffer it was given, ready for the CLI to print.  Nothing here exits or
 * installs signal handlers; cmd/tracer.c owns the process.
 */
#ifndef LIBTRACER_TRACER_H
#define LIBTRACER_TRACER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include "tracer/env.h"
#include "tracer/agg.h"
#include "tracer/faults.h"
#include "program.h"

#define TRL_MSG_LEN	512	/* any message, the module's too */

/* trl_grow() when *@p must grow (grow.c). */
int trl_grow_to(void **p, size_t elem, size_t need, size_t *cap);

/*
 * Make room for @need elements of @elem bytes in *@p (capacity *@cap,
 * doubled as needed).  0 or -ENOMEM.  Inline: callers make room for each
 * element they add (an aggregation entry, a symbol), and there mostly is
 * some.
 */
static inline int trl_grow(void **p, size_t elem, size_t need, size_t *cap)
{
	if (need <= *cap && *p)
		return 0;
	return trl_grow_to(p, elem, need, cap);
}

/* ---- device.c: /dev/tracer ----------------------------------------- */

struct trl_dev {
	int fd;				/* -1 when closed */
	char msg[TRL_MSG_LEN];		/* why the last call failed */
};

/*
 * Open @path (TR_DEVICE_PATH).  The message says what to do about the
 * common failures: module not loaded, not root.
 */
int trl_dev_open(struct trl_dev *d, const char *path);
void trl_dev_close(struct trl_dev *d);

/* Each returns 0 or -errno; msg holds the module's message if it gave one. */
int trl_dev_load(struct trl_dev *d, const void *image, u32 len);
/*
 * ATTACH the program @image (@len bytes, loaded before): the addresses of
 * its fbt entry probes' functions come from kallsyms (trl_ksym_addr()).
 */
int trl_dev_attach(struct trl_dev *d, const void *image, u32 len);
int trl_dev_go(struct trl_dev *d);
int trl_dev_stop(struct trl_dev *d);
int trl_dev_status(struct trl_dev *d, struct tr_ioc_status *st);

/*
 * READ records / SNAPSHOT the aggregation table of @cpu into @buf.  On
 * success and on -ENOSPC, *out_len is set (on -ENOSPC: the size needed).
 * READ also sets *drops: the records @cpu lost so far.
 */
int trl_dev_read(struct trl_dev *d, u32 cpu, void *buf, u32 len,
		 u32 *out_len, u64 *drops);

/*
 * Sleep until @ns have passed, a CPU's record buffer is half full (the
 * module's poll()), or a signal comes: the consumer's wait between its
 * passes.  0 or -errno (-EINTR for a signal).
 */
int trl_dev_wait(struct trl_dev *d, u64 ns);
int trl_dev_snapshot(struct trl_dev *d, u32 cpu, void *buf, u32 len,
		     u32 *out_len);

/* ---- printf.c: DTrace's printf() ------------------------------------ */

/*
 * Format @fmt with @nargs fields read from @payload (@len bytes) onto @f.
 * Returns 0, or -EINVAL with a message in @msg for a conversion this
 * runtime does not know or an argument that does not fit it; the output
 * up to the bad conversion has been written.
 */
int trl_printf(FILE *f, const char *fmt, const struct tr_field *args,
	       u32 nargs, const u8 *payload, u32 len, char *msg,
	       size_t msg_len);

/*
 * A format parsed once, for printing many records of one type with it
 * (the consumer prepares each printf() record's on first use): NULL if
 * @fmt has an error, which trl_printf() then reports, or out of memory.
 * Its plain integer conversions ("%d", "%x", ...) of the type's @nargs
 * fields @args are resolved here, to print straight from the record.  It
 * points into @fmt, which must outlive it; free() it.
 */
struct trl_pf_prog *trl_printf_prepare(const char *fmt,
				       const struct tr_field *args, u32 nargs);

/*
 * trl_printf() with a format prepared with the same @args and @nargs: the
 * same output and errors.
 */
int trl_printf_prepared(FILE *f, const struct trl_pf_prog *p,
			const struct tr_field *args, u32 nargs,
			const u8 *payload, u32 len, char *msg, size_t msg_len);

/* How many conversions of @p print straight from the record (for tests). */
unsigned int trl_printf_resolved(const struct trl_pf_prog *p);

/* What a conversion of a format prints: an argument of which kind. */
enum trl_pf_argkind {
	TRL_PF_ARG_NONE,	/* %%: none */
	TRL_PF_ARG_INT,		/* c p a Y e E f g G; d i o u x X, alone or
				 * after h l ll */
	TRL_PF_ARG_STR,		/* s */
	TRL_PF_ARG_AGG,		/* aggs: '@', printa()'s value */
	TRL_PF_ARG_STACK,	/* k: a stack() key, in printa() */
};

/*
 * Parse @fmt as trl_printf() does and call @each on every conversion in
 * order, with the kind of argument it takes and its text (@len bytes from
 * its '%').  Returns 0; the first non-zero value @each returns, which ends
 * the scan; or -EINVAL with the message trl_printf() would give in @msg
 * for a conversion it cannot print.  The compiler checks formats with it.
 */
int trl_printf_scan(const char *fmt,
		    int (*each)(void *arg, enum trl_pf_argkind kind,
				const char *conv, size_t len),
		    void *arg, char *msg, size_t msg_len);

/* ---- trace.c: DTrace's trace() -------------------------------------- */

/*
 * Print the trace() record @rm (@payload, @len bytes) on @f as
 * dt_consume.c prints a DIFEXPR record, and end the line after the
 * clause's last one unless @quiet.  -EINVAL with a message in @msg for a
 * record that does not match its description.
 */
int trl_trace(FILE *f, const struct tr_rec_meta *rm, const u8 *payload,
	      u32 len, bool quiet, char *msg, size_t msg_len);

/* agg_print.c: dt_print_bytes(), quiet off, for keys and trace() data. */
void trl_print_bytes(FILE *f, const u8 *c, u32 nbytes, int width);
/* agg_print.c: a byte dt_print_bytes() takes for text. */
bool trl_is_text(u8 c);

/* ---- ksyms.c: kernel symbols --------------------------------------- */

/*
 * @pc as DTrace names a kernel address, "module`function+0xoff" (without
 * the offset at the symbol itself, or if not @offset) or "0x..." when no
 * symbol is known, into
 * @buf; returns what snprintf() returns.  Reads /proc/kallsyms (or
 * $TRACER_KALLSYMS) once, on first use.
 */
int trl_ksym_format(u64 pc, bool offset, char *buf, size_t len);

/* The start of the kernel symbol at or below @pc, @pc if none is known. */
u64 trl_ksym_base(u64 pc);

/*
 * The address of function @func of @module ("vmlinux" the kernel proper,
 * "" any), the lowest when several have the name; -ENOENT if kallsyms
 * has none (or shows only zeros: not root).
 */
int trl_ksym_addr(const char *module, const char *func, u64 *addr);

/* ---- usyms.c: user symbols ----------------------------------------- */

/*
 * @addr in process @pid as DTrace's dtrace_uaddr2str() names it:
 * "object`symbol+0xoff", "object`symbol" at the symbol itself,
 * "object`0x..." in a mapped file without a symbol there, "0x..." when
 * neither the process (also pid 0) nor the address is known; into @buf,
 * returns what snprintf() returns.  Uses the last snapshot of the
 * process's mappings, re-read when the address is not in it.
 */
int trl_usym_format(pid_t pid, u64 addr, char *buf, size_t len);

/* How a user address is named: uaddr(), usym() and ufunc(), umod(). */
enum trl_usym_how {
	TRL_USYM_ADDR,		/* as trl_usym_format(), and %A */
	TRL_USYM_FUNC,		/* the same without "+0xoff" */
	TRL_USYM_MOD,		/* "object" alone, or "0x..." */
};

int trl_usym_format_as(pid_t pid, u64 addr, enum trl_usym_how how,
		       char *buf, size_t len);

/*
 * The address that stands for @addr in an aggregation key: with
 * TRL_USYM_FUNC its symbol's, with TRL_USYM_MOD its mapping's start
 * (dt_aggregate_usym(), dt_aggregate_umod()); else, or when not found,
 * @addr itself.
 */
u64 trl_usym_base(pid_t pid, u64 addr, enum trl_usym_how how);

/*
 * Snapshot /proc/@pid/maps now; the last good snapshot is kept once the
 * process is gone.  0, or -errno (-ESRCH: no such process).
 */
int trl_usym_refresh(pid_t pid);

/* The process whose symbols %A names (dt_printf.c: $target); 0: none. */
void trl_usym_set_target(pid_t pid);
pid_t trl_usym_target(void);

/*
 * Does @p print a user address: a %A conversion in printf or printa, or a
 * ustack(), usym(), ufunc(), uaddr() or umod() value?
 */
bool trl_usym_wanted(const struct tr_program *p);

/*
 * func() and sym() (@type TR_VT_SYM, 8 bytes at @v), or usym(), ufunc(),
 * uaddr() and umod() (TR_VT_USYM, TR_VT_UADDR, TR_VT_UMOD: the pid and
 * the address, 16 bytes): dt_print_sym()'s and dt_print_usym()'s
 * "  %-50s" of the name.
 */
void trl_print_sym(FILE *f, enum tr_vtype type, const u8 *v);

/* Is @type one of the user symbols above? */
static inline bool trl_is_usym(enum tr_vtype type)
{
	return type == TR_VT_USYM || type == TR_VT_UADDR || type == TR_VT_UMOD;
}

#define TRL_STACK_INDENT	14	/* _dtrace_stkindent */

/*
 * A stack() value (@type TR_VT_STACK) or a ustack() value (TR_VT_USTACK:
 * the pid, then the pcs, named in that process) of @size bytes, as
 * dt_print_stack() and dt_print_ustack() print them.
 */
void trl_print_stack(FILE *f, enum tr_vtype type, const u8 *v, u32 size);
/*
 * The same with @indent spaces before each frame and the frame's name
 * formatted by @cfmt, a C format of one %s (printa's %k: pfprint_stack()).
 */
void trl_print_stack_as(FILE *f, enum tr_vtype type, const u8 *v, u32 size,
			int indent, const char *cfmt);

/* ---- consume.c: record buffers ------------------------------------- */

struct trl_consumer {
	const struct tr_program *prog;
	FILE *out;			/* printf() output */
	FILE *err;			/* error messages */
	const char *name;		/* prefix of messages: "tracer" */
	bool exited;			/* an exit() record was consumed */
	int exit_status;		/* its value */
	u64 faults_reported[TR_NFAULTS];	/* fault records printed */
	struct trl_aggstate *aggs;	/* aggregation actions; NULL: none */
	u64 records;			/* records consumed, not pads */
	struct trl_flow *flow;		/* flowindent's depths; NULL: none */
	const struct trl_order *order;	/* the records being released, for
					 * flowindent's look ahead; NULL:
					 * none */
	bool heading;			/* "CPU ID FUNCTION:NAME" printed */
	bool line_open;			/* a firing's line awaits its end */
	/* each printf() record's format, parsed at its first record (NULL:
	 * not yet, or it has an error); prog->nrecs of them */
	struct trl_pf_prog **formats;
};

void trl_consumer_init(struct trl_consumer *c, const struct tr_program *p,
		       FILE *out, FILE *err, const char *name);

/* Free what the consumer allocated (not its program or files). */
void trl_consumer_free(struct trl_consumer *c);

/*
 * Act on the whole records in @buf (as TR_IOC_READ returns them) read from
 * @cpu.  Bad records are reported on c->err and skipped; a buffer whose
 * framing is broken is abandoned with -EINVAL.
 */
int trl_consume_buf(struct trl_consumer *c, u32 cpu, const u8 *buf,
		    u32 len);

/* What is done with one record: consume it, hold it, ... */
typedef void (*trl_rec_fn)(void *arg, u32 cpu, const struct tr_rec_hdr *h,
			   const u8 *payload);

/* A trl_rec_fn: act on the record at once; @arg is the consumer. */
void trl_consume_rec(void *arg, u32 cpu, const struct tr_rec_hdr *h,
		     const u8 *payload);

/* ---- flow.c: flowindent ---------------------------------------------- */

/* One clause run by one probe (DTrace's ECB, named by its EPID). */
struct trl_flow_ecb {
	u32 clause;			/* its TR_RK_PROBE record id */
	u64 probe;			/* the probe ID ("id") */
};

struct trl_flow_cpu {
	int indent;			/* spaces before the prefix */
	bool has_last;
	struct trl_flow_ecb last;	/* the last firing printed */
};

struct trl_flow {
	struct trl_flow_cpu *cpus;
	u32 ncpus;
};

enum trl_flow_kind {
	TRL_FLOW_NONE,			/* "| func:name" */
	TRL_FLOW_ENTRY,			/* " -> func", then indent */
	TRL_FLOW_RETURN,		/* unindent, then " <- func" */
};

int trl_flow_init(struct trl_flow *f, u32 ncpus);	/* -ENOMEM */
void trl_flow_free(struct trl_flow *f);

/* What a probe named @name is to flowindent. */
enum trl_flow_kind trl_flow_kind(const char *name);

/*
 * The FUNCTION column of a firing of @ecb (probe @pm) on @cpu, into @buf,
 * and the CPU's depth updated.  @next is the firing that follows on @cpu
 * (NULL if none is known), which decides whether a return unindents.
 * -ERANGE if @cpu is beyond the CPUs of trl_flow_init().
 */
int trl_flow_name(struct trl_flow *f, u32 cpu, const struct tr_probe_meta *pm,
		  const struct trl_flow_ecb *ecb,
		  const struct trl_flow_ecb *next, char *buf, size_t len);

/* ---- order.c: records held for time order --------------------------- */

struct trl_order_ent;

struct trl_order {
	struct trl_order_ent *ents;	/* held records */
	size_t nents, ents_cap;
	u8 *bytes;			/* their headers and payloads, as read,
					 * and pads */
	size_t bytes_len, bytes_cap;
	u64 seq;			/* arrivals so far */
	size_t cursor;			/* while flushing: the record being
					 * released ... */
	size_t released;		/* ... and the end of those released */
};

/*
 * Room for @len more bytes at the end of the store, where a read puts whole
 * records to be held where they are: its address (until the store grows),
 * or NULL if there is no memory.
 */
u8 *trl_order_room(struct trl_order *o, size_t len);
/* Room for the entries of @n more records; -ENOMEM. */
int trl_order_reserve(struct trl_order *o, size_t n);
/*
 * Hold the record of @cpu @off bytes into the room, which fired at @ts,
 * after those held before it: an entry (trl_order_reserve() made room for
 * it), its bytes stay where they are.
 */
void trl_order_hold(struct trl_order *o, u32 cpu, u64 ts, size_t off);
/* The first @len bytes of the room join the store: records held, pads. */
void trl_order_keep(struct trl_order *o, size_t len);
/*
 * Call @each on every held record whose time is @upto or earlier, oldest
 * first (ties in arrival order), and forget them; the rest stay held.
 */
void trl_order_flush(struct trl_order *o, u64 upto, trl_rec_fn each,
		     void *arg);
/*
 * While trl_order_flush() releases a record: the next record of @cpu that
 * this flush releases after it, or NULL.  *@pos is 0 for the first call,
 * then as the last call left it.
 */
const struct tr_rec_hdr *trl_order_next(const struct trl_order *o, u32 cpu,
					size_t *pos);
void trl_order_free(struct trl_order *o);

/*
 * Reads every CPU's buffer and acts on the records in time order
 * (consume.c says how).  Records of equal time come in CPU order: the CPU
 * that ran BEGIN first, then the others, and once stopped the CPU that ran
 * END last.  Drops are reported per CPU as DTrace words them.
 */
struct trl_reader {
	struct trl_dev *dev;
	u32 ncpus;			/* from TR_IOC_STATUS */
	u32 buf_len;			/* bytes a read asks for, into the
					 * room of order */
	int first_cpu;			/* read first, or -1 */
	int last_cpu;			/* read last, or -1 */
	u64 *drops;			/* per CPU: drops reported so far */
	struct trl_order order;		/* records read, not acted on yet */
	u64 horizon;			/* start of the previous pass, ns */
};

int trl_reader_init(struct trl_reader *r, struct trl_dev *dev, u32 ncpus,
		    u32 buf_len);
void trl_reader_free(struct trl_reader *r);

/*
 * One pass over every CPU.  While tracing runs (@final false) a busy CPU
 * gets a few reads per pass so the others are not starved; after STOP
 * (@final true) every buffer is read until empty.  Returns 0 or -errno
 * with the reason in r->dev->msg.
 */
int trl_read_all(struct trl_reader *r, struct trl_consumer *c, bool final);

/* ---- aggregate.c: snapshot, merge, sort ----------------------------- */

struct trl_agg_entry {
	u32 agg;			/* aggregation id */
	u32 key_off;			/* key at trl_aggs.keys + key_off */
	u64 *vals;			/* desc.nvals values, malloc'ed */
};

struct trl_aggs {
	const struct tr_program *prog;
	struct trl_agg_entry *ents;	/* merged, one per (agg, key) */
	u32 nents;
	size_t ents_cap;
	u8 *keys;			/* key bytes of every entry */
	size_t keys_len, keys_cap;
	u32 *index;			/* hash: entry + 1, or 0: empty */
	u32 index_cap;			/* power of two */
};

void trl_aggs_init(struct trl_aggs *a, const struct tr_program *p);
void trl_aggs_free(struct trl_aggs *a);

/*
 * Merge one CPU's table (TR_IOC_SNAPSHOT output, @len bytes) into @a with
 * tr_agg_merge().  -EINVAL with a message if the table does not fit the
 * program; -ENOMEM.
 */
int trl_aggs_add_table(struct trl_aggs *a, const void *table, size_t len,
		       char *msg, size_t msg_len);

/*
 * SNAPSHOT (drain) every CPU of @d and merge what it returns into @a; the
 * reason of a failure in d->msg.
 */
int trl_aggs_snapshot(struct trl_aggs *a, struct trl_dev *d, u32 ncpus);

/*
 * Sort in DTrace's default order (dt_aggregate.c, dt_aggregate_varvalcmp):
 * by aggregation id, then value, then keys.
 */
void trl_aggs_sort(struct trl_aggs *a);

static inline const u8 *trl_agg_key(const struct trl_aggs *a,
				    const struct trl_agg_entry *e)
{
	return a->keys + e->key_off;
}

/* ---- agg_value.c: what an entry's values mean ----------------------- */

/* avg() and stddev() as DTrace prints them, values divided by @normal. */
s64 trl_agg_avg(const u64 *vals, u64 normal);
u64 trl_agg_stddev(const u64 *vals, u64 normal);
/* The lowest value of bucket @i of a quantization (lquantize 0: base). */
s64 trl_agg_bucket_value(const struct tr_image_agg *d, u32 i);
/* DTrace's order of two entries of one aggregation by value: -1, 0, 1. */
int trl_agg_valcmp(const struct tr_image_agg *d, const u64 *l,
		   const u64 *r);
/* dt_aggregate_keycmp(): keys of @m from key @first on (aggregate.c). */
int trl_agg_keycmp(const struct tr_agg_meta *m, const u8 *l, const u8 *r,
		   u32 first);

/* ---- agg_print.c: DTrace's default layout --------------------------- */

/*
 * Print every entry of @a, in its current order, the way dtrace(1M) prints
 * aggregations that were not printa()'d.  Returns 0, or -EIO if @f failed.
 */
int trl_aggs_print(const struct trl_aggs *a, FILE *f);
/*
 * One entry's value as dt_print_datum() prints it (a quantization's whole
 * table), divided by @normal.
 */
int trl_aggs_print_value(FILE *f, const struct tr_image_agg *d,
			 const u64 *vals, u64 normal);
/* The same for the entries of aggregation @agg, values divided by @normal. */
int trl_aggs_print_one(const struct trl_aggs *a, u32 agg, u64 normal,
		       FILE *f);

/* ---- agg_action.c: printa(), clear(), trunc(), normalize() ------------ */

#define TRL_PRINTA_MAX_AGGS	64	/* aggregations of one printa() */

/* ---- agg_join.c: the rows of a printa() of several aggregations ------- */

struct trl_join_row {
	const u8 *key;
	/* per aggregation of the printa(), its entry for key, or NULL */
	const struct trl_agg_entry *ents[TRL_PRINTA_MAX_AGGS];
};

/* The entry of @agg with the key @key in @a, or NULL. */
const struct trl_agg_entry *trl_aggs_find(const struct trl_aggs *a, u32 agg,
					  const u8 *key);
/*
 * The rows of the @naggs aggregations @aggs (ids; one key signature) in
 * @a, in DTrace's order (dtrace_aggregate_walk_joined()): *@rowsp is
 * malloc()ed, the caller frees it.  0, -EINVAL or -ENOMEM.
 */
int trl_aggs_join(const struct trl_aggs *a, const u32 *aggs, u32 naggs,
		  struct trl_join_row **rowsp, u32 *nrowsp);

struct trl_aggstate {
	const struct tr_program *prog;
	struct trl_dev *dev;		/* snapshots */
	u32 ncpus;
	u64 *normal;			/* per aggregation: normalize() */
	bool *printed;			/* per aggregation: printa()'d */
	struct trl_aggs sums;		/* every snapshot merged, less what
					 * clear() and trunc() removed */
	bool snapped;			/* this pass took its snapshot */
};

int trl_aggstate_init(struct trl_aggstate *st, const struct tr_program *p,
		      struct trl_dev *dev, u32 ncpus);
void trl_aggstate_free(struct trl_aggstate *st);

/* A new consume pass: its first aggregation action takes a snapshot. */
static inline void trl_aggstate_pass(struct trl_aggstate *st)
{
	st->snapped = false;
}

/*
 * Act on an aggregation action's record (kind TR_RK_PRINTA ..
 * TR_RK_DENORMALIZE) with its @payload; printa() prints on @out.  0, or
 * -errno with the reason in @msg.
 */
int trl_aggstate_action(struct trl_aggstate *st, const struct tr_rec_meta *rm,
			const u8 *payload, u32 size, FILE *out, char *msg,
			size_t msg_len);

/* At the end: every aggregation printa() did not print, default layout. */
int trl_aggstate_print_unprinted(struct trl_aggstate *st, FILE *out);

#endif /* LIBTRACER_TRACER_H */
