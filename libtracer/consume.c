// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/consume.c - the record loop: read every CPU's record buffer
 * (TR_IOC_READ) and act on each record: printf() output to c->out, exit()
 * status, and DTrace's error message for each fault record.
 *
 * A buffer is a sequence of whole records, each a struct tr_rec_hdr and its
 * payload, 8-aligned (include/uapi/tracer.h).  Nothing in it is trusted: a
 * record that does not match the program is reported and skipped, and a
 * buffer whose framing is broken is abandoned, each with a message.
 *
 * Order across CPUs is time order, as DTrace's "temporal" option gives:
 * every record carries the time its probe fired, and a pass holds what it
 * read (libtracer/order.c) until the next pass, then releases, oldest
 * first, every record that fired before the previous pass began.  A probe
 * that was still running when a pass began has committed its records by
 * the next one, so nothing older can show up later -- unless a clause runs
 * for longer than a pass (switchrate).  After STOP everything is
 * released.
 * Ties keep the CPU order: the CPU that ran BEGIN first and the CPU that
 * ran END last (cmd/tracer.c learns those CPUs by pinning itself while it
 * issues GO and STOP).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tracer.h"

#define TRL_READS_PER_PASS	4	/* per CPU while tracing runs */

void trl_consumer_init(struct trl_consumer *c, const struct tr_program *p,
		       FILE *out, FILE *err, const char *name)
{
	memset(c, 0, sizeof(*c));
	c->prog = p;
	c->out = out;
	c->err = err;
	c->name = name;
}

void trl_consumer_free(struct trl_consumer *c)
{
	u32 i;

	if (c->formats)
		for (i = 0; i < c->prog->nrecs; i++)
			free(c->formats[i]);
	free(c->formats);
	c->formats = NULL;
}

/*
 * printf() record @id with format @rm->fmt: its format parsed once, at its
 * first record, with its fields @rm->args; one that does not parse (or no
 * memory) goes through trl_printf() each time, which reports its error.
 */
static int trl_consume_printf(struct trl_consumer *c, u32 id,
			      const struct tr_rec_meta *rm, const u8 *payload,
			      u32 size, char *msg, size_t msg_len)
{
	const char *fmt = rm->fmt ? rm->fmt : "";

	if (!c->formats)
		c->formats = calloc(c->prog->nrecs, sizeof(*c->formats));
	if (c->formats && !c->formats[id])
		c->formats[id] = trl_printf_prepare(fmt, rm->args,
						    rm->nargs);
	if (c->formats && c->formats[id])
		return trl_printf_prepared(c->out, c->formats[id], rm->args,
					   rm->nargs, payload, size, msg,
					   msg_len);
	return trl_printf(c->out, fmt, rm->args, rm->nargs, payload, size,
			  msg, msg_len);
}

/* An error message on c->err, after flushing what was printed before it. */
static void trl_consume_error(struct trl_consumer *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void trl_consume_error(struct trl_consumer *c, const char *fmt, ...)
{
	va_list ap;

	fflush(c->out);
	fprintf(c->err, "%s: ", c->name);
	va_start(ap, fmt);
	vfprintf(c->err, fmt, ap);
	va_end(ap);
	fputc('\n', c->err);
}

/* Element @i (@size bytes) of section @sec of the image, or NULL. */
static const void *trl_image_elem(const struct tr_program *p,
				  enum tr_section sec, u32 i, size_t size)
{
	const struct tr_image_hdr *h = p->image;
	const struct tr_image_sect *sect;

	if (!h || p->image_len < sizeof(*h))
		return NULL;
	sect = &h->sect[sec];
	if (i >= sect->count || sect->off > p->image_len ||
	    (u64)(i + 1) * size > p->image_len - sect->off)
		return NULL;
	return (const u8 *)h + sect->off + (size_t)i * size;
}

static const struct tr_image_clause *
trl_image_clause(const struct tr_program *p, u32 i)
{
	return trl_image_elem(p, TR_SECT_CLAUSES, i,
			      sizeof(struct tr_image_clause));
}

/* The ID of image probe @i (tr_probe_id()), 0 if there is none. */
static u32 trl_probe_id(const struct tr_program *p, u32 i)
{
	const struct tr_image_probe *ip = trl_image_elem(p, TR_SECT_PROBES, i,
							 sizeof(*ip));

	return ip ? tr_probe_id(ip->kind, i) : 0;
}

/* The image probe whose ID is @id; false if there is none. */
static bool trl_probe_of_id(const struct tr_program *p, u64 id, u32 *index)
{
	u32 i;

	if (id >= TR_PROBE_ID_BASE && id - TR_PROBE_ID_BASE < p->nprobes) {
		*index = (u32)(id - TR_PROBE_ID_BASE);
		return trl_probe_id(p, *index) == id;
	}
	for (i = 0; i < p->nprobes; i++) {
		if (trl_probe_id(p, i) == id) {
			*index = i;
			return true;
		}
	}
	return false;
}

static const char *trl_str(const char *s)
{
	return s ? s : "";
}

/*
 * A fault record, worded as dt_handle_err() in illumos dt_handle.c words
 * it: "error on enabled probe ID %u (ID %u: %s:%s:%s:%s): %s%s in %s%s".
 * The probe ID is tr_probe_id()'s, as in the default output; the DIF offset
 * is the faulting instruction's byte offset in its clause (8 bytes per
 * instruction), as DTrace's is in its DIF object.  A bad address is shown
 * as DTrace shows it, " (0x...)" after the fault's name; ours is a VM
 * address (include/tracer/isa.h), or the kernel or user address a no-fault
 * read could not reach (include/tracer/kmem.h).
 */
static void trl_consume_fault(struct trl_consumer *c, u32 cpu,
			      const u8 *payload, u32 size)
{
	const struct tr_program *p = c->prog;
	const struct tr_image_clause *ic;
	const struct tr_clause_meta *cm;
	const struct tr_probe_meta *pm;
	struct tr_rec_fault f;
	char where[32], details[32] = "";
	u32 action;

	if (size < sizeof(f)) {
		trl_consume_error(c, "fault record of %u bytes on CPU %u is too short",
				  size, cpu);
		return;
	}
	memcpy(&f, payload, sizeof(f));
	ic = trl_image_clause(p, f.clause);
	if (f.probe >= p->nprobes || f.clause >= p->nclauses || !ic ||
	    f.pc >= ic->insn_count || f.fault >= TR_NFAULTS) {
		trl_consume_error(c,
			"fault record on CPU %u names probe %u, clause %u, pc %u, fault %u: not in this program",
			cpu, f.probe, f.clause, f.pc, f.fault);
		return;
	}
	c->faults_reported[f.fault]++;
	pm = &p->probes[f.probe];
	cm = &p->clauses[f.clause];
	action = cm->action_of_pc ? cm->action_of_pc[f.pc] : 0;
	if (action)
		snprintf(where, sizeof(where), "action #%u", action);
	else
		snprintf(where, sizeof(where), "predicate");
	if (f.fault == TR_FAULT_BADADDR)
		snprintf(details, sizeof(details), " (0x%llx)",
			 (unsigned long long)f.addr);
	if (pm->provider)
		trl_consume_error(c,
			"error on enabled probe ID %u (ID %u: %s:%s:%s:%s): %s%s in %s at DIF offset %u",
			cm->epid, trl_probe_id(p, f.probe), pm->provider,
			trl_str(pm->module), trl_str(pm->function),
			trl_str(pm->name), tr_fault_names[f.fault], details,
			where, f.pc * (u32)sizeof(u64));
	else
		trl_consume_error(c,
			"error on enabled probe ID %u (ID %u: %s): %s%s in %s at DIF offset %u",
			cm->epid, trl_probe_id(p, f.probe), trl_str(pm->desc),
			tr_fault_names[f.fault], details, where,
			f.pc * (u32)sizeof(u64));
}

/* The probe ID a TR_RK_PROBE record @rm holds, 0 if it holds none. */
static u64 trl_probe_rec_id(const struct tr_rec_meta *rm, const u8 *payload,
			    u32 size)
{
	u64 id = 0;

	if (rm->nargs == 1 && rm->args[0].offset <= size &&
	    size - rm->args[0].offset >= sizeof(id))
		memcpy(&id, payload + rm->args[0].offset, sizeof(id));
	return id;
}

/*
 * flowindent: the firing that follows on @cpu, as dt_flowindent() looks
 * ahead in the CPU's buffer for the next EPID: the next probe record of
 * @cpu among the records being released.  false if there is none.
 */
static bool trl_flow_next(const struct trl_consumer *c, u32 cpu,
			  struct trl_flow_ecb *next)
{
	const struct tr_rec_hdr *h;
	const struct tr_rec_meta *rm;
	size_t pos = 0;

	while (c->order && (h = trl_order_next(c->order, cpu, &pos))) {
		if (h->id >= c->prog->nrecs)
			continue;	/* a fault or a pad */
		rm = &c->prog->recs[h->id];
		if (rm->kind != TR_RK_PROBE || h->size - sizeof(*h) < rm->size)
			continue;
		next->clause = h->id;
		next->probe = trl_probe_rec_id(rm, (const u8 *)(h + 1),
					       h->size - sizeof(*h));
		return true;
	}
	return false;
}

/* The FUNCTION column of flowindent (flow.c) for a firing of @ecb. */
static void trl_flow_column(struct trl_consumer *c, u32 cpu,
			    const struct tr_probe_meta *pm,
			    const struct trl_flow_ecb *ecb, char *name,
			    size_t len)
{
	struct trl_flow_ecb next;
	bool ahead = false;

	if (trl_flow_kind(pm->name) == TRL_FLOW_RETURN)
		ahead = trl_flow_next(c, cpu, &next);
	if (!c->flow || trl_flow_name(c->flow, cpu, pm, ecb,
				      ahead ? &next : NULL, name, len)) {
		trl_consume_error(c, "no flowindent state for CPU %u", cpu);
		snprintf(name, len, "| %s:%s", trl_str(pm->function),
			 trl_str(pm->name));
	}
}

/*
 * Without quiet, DTrace's chew() (cmd/dtrace/dtrace.c) starts the output of
 * each firing of a clause with the CPU, the probe ID and FUNCTION:NAME,
 * after a heading printed once: "%3s %6s %32s\n" and "%3d %6d %32s ".
 * The probe ID is the "id" builtin: tr_probe_id() (uapi/tracer.h), also in
 * fault messages.  With flowindent, quiet or not, the heading is
 * "%3s %-41s\n" of CPU and FUNCTION and each firing "%3d %-41s " of the
 * CPU and flow.c's column; its line ends (chewrec()) only without quiet.
 * A line a fault left open is ended first.
 */
static void trl_consume_probe(struct trl_consumer *c, u32 cpu, u32 rec,
			      const struct tr_rec_meta *rm, const u8 *payload,
			      u32 size)
{
	const struct tr_probe_meta *pm;
	struct trl_flow_ecb ecb;
	char name[512];
	u64 id = trl_probe_rec_id(rm, payload, size);
	u32 i;

	if (!trl_probe_of_id(c->prog, id, &i)) {
		trl_consume_error(c, "probe record on CPU %u names probe ID %llu: not in this program",
				  cpu, (unsigned long long)id);
		return;
	}
	pm = &c->prog->probes[i];
	if (c->line_open)
		fputc('\n', c->out);
	c->line_open = !c->prog->quiet;
	if (c->prog->flowindent) {
		if (!c->heading)
			fprintf(c->out, "%3s %-41s\n", "CPU", "FUNCTION");
		c->heading = true;
		ecb = (struct trl_flow_ecb){ rec, id };
		trl_flow_column(c, cpu, pm, &ecb, name, sizeof(name));
		fprintf(c->out, "%3u %-41s ", cpu, name);
		return;
	}
	if (!c->heading)
		fprintf(c->out, "%3s %6s %32s\n", "CPU", "ID",
			"FUNCTION:NAME");
	c->heading = true;
	snprintf(name, sizeof(name), "%s:%s", trl_str(pm->function),
		 trl_str(pm->name));
	fprintf(c->out, "%3u %6u %32s ", cpu, (unsigned int)id, name);
}

static void trl_consume_record(struct trl_consumer *c, u32 cpu, u32 id,
			       const u8 *payload, u32 size)
{
	const struct tr_rec_meta *rm;
	char msg[TRL_MSG_LEN];
	u64 raw;

	if (id == TR_REC_ID_FAULT) {
		if (c->line_open)
			fputc('\n', c->out);
		c->line_open = false;
		trl_consume_fault(c, cpu, payload, size);
		return;
	}
	if (id >= c->prog->nrecs) {
		trl_consume_error(c, "record id %u on CPU %u is not in this program (it has %u)",
				  id, cpu, c->prog->nrecs);
		return;
	}
	rm = &c->prog->recs[id];
	if (size < rm->size) {
		trl_consume_error(c, "record %u on CPU %u has %u bytes; the program says %u",
				  id, cpu, size, rm->size);
		return;
	}
	switch (rm->kind) {
	case TR_RK_PRINTF:
		if (trl_consume_printf(c, id, rm, payload, size, msg,
				       sizeof(msg)))
			trl_consume_error(c, "printf() of record %u: %s", id,
					  msg);
		break;
	case TR_RK_EXIT:
		if (rm->nargs < 1 || rm->args[0].type != TR_VT_INT ||
		    rm->args[0].offset > size ||
		    size - rm->args[0].offset < sizeof(raw)) {
			trl_consume_error(c, "exit() record %u has no status",
					  id);
			raw = 0;
		} else {
			memcpy(&raw, payload + rm->args[0].offset, sizeof(raw));
		}
		/* dtrace.c chewrec(): g_status = *((uint32_t *)addr) */
		c->exited = true;
		c->exit_status = (int)(u32)raw;
		break;
	case TR_RK_PRINTA:
	case TR_RK_CLEAR:
	case TR_RK_TRUNC:
	case TR_RK_NORMALIZE:
	case TR_RK_DENORMALIZE:
		if (!c->aggs)
			trl_consume_error(c, "record %u acts on aggregations, which this consumer does not keep",
					  id);
		else if (trl_aggstate_action(c->aggs, rm, payload, size,
					     c->out, msg, sizeof(msg)))
			trl_consume_error(c, "aggregation action of record %u: %s",
					  id, msg);
		break;
	case TR_RK_TRACE:
		if (trl_trace(c->out, rm, payload, size, c->prog->quiet, msg,
			      sizeof(msg)))
			trl_consume_error(c, "trace() of record %u: %s", id,
					  msg);
		break;
	case TR_RK_PROBE:
		trl_consume_probe(c, cpu, id, rm, payload, size);
		break;
	default:
		trl_consume_error(c, "record %u has unknown kind %u", id,
				  rm->kind);
		break;
	}
	if (rm->eol && c->line_open) {	/* dtrace.c chewrec() */
		fputc('\n', c->out);
		c->line_open = false;
	}
}

/*
 * Hold the @len bytes read from @cpu into @o's room (trl_order_room()), at
 * @buf: every whole record but pads, where it is.  Framing is checked here:
 * a pad may be 8 bytes (TR_REC_PAD_MIN), every other record holds a whole
 * struct tr_rec_hdr.  If it is broken, what comes before the break is held
 * and the rest dropped: -EINVAL after a message.  The entries' room is
 * made once, for as many records as @len bytes can hold: -ENOMEM.
 */
static int trl_hold_buf(struct trl_consumer *c, struct trl_order *o, u32 cpu,
			const u8 *buf, u32 len)
{
	struct tr_rec_hdr h;
	u32 off = 0, min;
	int err = 0;

	if (trl_order_reserve(o, len / sizeof(h)))
		return -ENOMEM;
	while (off < len) {
		if (len - off < TR_REC_PAD_MIN) {
			trl_consume_error(c, "CPU %u: %u stray bytes after the last record",
					  cpu, len - off);
			err = -EINVAL;
			break;
		}
		memset(&h, 0, sizeof(h));
		memcpy(&h, buf + off, TR_REC_PAD_MIN);
		min = h.id == TR_REC_ID_PAD ? TR_REC_PAD_MIN : sizeof(h);
		if (h.size < min || h.size % 8 || h.size > len - off) {
			trl_consume_error(c, "CPU %u: record at offset %u has size %u; abandoning %u bytes",
					  cpu, off, h.size, len - off);
			err = -EINVAL;
			break;
		}
		if (h.id != TR_REC_ID_PAD) {
			memcpy(&h, buf + off, sizeof(h));
			trl_order_hold(o, cpu, h.ts, off);
		}
		off += h.size;
	}
	trl_order_keep(o, off);
	return err;
}

void trl_consume_rec(void *arg, u32 cpu, const struct tr_rec_hdr *h,
		     const u8 *payload)
{
	struct trl_consumer *c = arg;

	c->records++;
	trl_consume_record(c, cpu, h->id, payload, h->size - sizeof(*h));
}

int trl_consume_buf(struct trl_consumer *c, u32 cpu, const u8 *buf,
		    u32 len)
{
	struct trl_order o = { .nents = 0 };
	u8 *room = trl_order_room(&o, len);
	int err = -ENOMEM;

	/* a copy held in an order of its own, for flowindent's look ahead */
	if (room) {
		memcpy(room, buf, len);
		err = trl_hold_buf(c, &o, cpu, room, len);
	}
	if (err == -ENOMEM)
		trl_consume_error(c, "out of memory for the records of CPU %u",
				  cpu);
	c->order = &o;
	trl_order_flush(&o, ~0ull, trl_consume_rec, c);
	c->order = NULL;
	trl_order_free(&o);
	return err;
}

int trl_reader_init(struct trl_reader *r, struct trl_dev *dev, u32 ncpus,
		    u32 buf_len)
{
	memset(r, 0, sizeof(*r));
	r->dev = dev;
	r->ncpus = ncpus;
	r->first_cpu = -1;
	r->last_cpu = -1;
	if (buf_len < TR_MIN_BUF_SIZE)
		buf_len = TR_MIN_BUF_SIZE;
	r->drops = calloc(ncpus ? ncpus : 1, sizeof(*r->drops));
	if (!trl_order_room(&r->order, buf_len) || !r->drops) {
		trl_reader_free(r);
		return -ENOMEM;
	}
	r->buf_len = buf_len;
	return 0;
}

void trl_reader_free(struct trl_reader *r)
{
	free(r->drops);
	r->drops = NULL;
	trl_order_free(&r->order);
}

/* dt_handle_cpudrop(): "%llu drop%s on CPU %d" for what is new. */
static void trl_report_drops(struct trl_reader *r, struct trl_consumer *c,
			     u32 cpu, u64 drops)
{
	u64 n;

	if (drops <= r->drops[cpu])
		return;
	n = drops - r->drops[cpu];
	r->drops[cpu] = drops;
	trl_consume_error(c, "%llu drop%s on CPU %u", (unsigned long long)n,
			  n == 1 ? "" : "s", cpu);
}

/*
 * Read @cpu's buffer until it is empty (or, while tracing, a few times),
 * each read into the room at the end of the records held, where they stay.
 */
static int trl_read_cpu(struct trl_reader *r, struct trl_consumer *c,
			u32 cpu, bool final)
{
	unsigned int reads;
	u64 drops;
	u32 got;
	u8 *buf;
	int err;

	for (reads = 0; final || reads < TRL_READS_PER_PASS; reads++) {
		buf = trl_order_room(&r->order, r->buf_len);
		if (!buf)
			goto out_of_memory;
		err = trl_dev_read(r->dev, cpu, buf, r->buf_len, &got, &drops);
		if (err == -ENOSPC && got > r->buf_len) {
			/* A record larger than the buffer: make room. */
			r->buf_len = got;
			continue;
		}
		if (err)
			return err;
		trl_report_drops(r, c, cpu, drops);
		if (!got)
			return 0;
		if (trl_hold_buf(c, &r->order, cpu, buf, got) == -ENOMEM)
			goto out_of_memory;
	}
	return 0;

out_of_memory:
	snprintf(r->dev->msg, sizeof(r->dev->msg),
		 "out of memory for the records of CPU %u", cpu);
	return -ENOMEM;
}

static u64 trl_now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts))
		return 0;
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

int trl_read_all(struct trl_reader *r, struct trl_consumer *c, bool final)
{
	u64 start = trl_now_ns();
	int err;
	u32 cpu;

	if (c->aggs)
		trl_aggstate_pass(c->aggs);
	if (r->first_cpu >= 0 && (u32)r->first_cpu < r->ncpus) {
		err = trl_read_cpu(r, c, r->first_cpu, final);
		if (err)
			return err;
	}
	for (cpu = 0; cpu < r->ncpus; cpu++) {
		if ((int)cpu == r->first_cpu || (int)cpu == r->last_cpu)
			continue;
		err = trl_read_cpu(r, c, cpu, final);
		if (err)
			return err;
	}
	if (r->last_cpu >= 0 && (u32)r->last_cpu < r->ncpus &&
	    r->last_cpu != r->first_cpu) {
		err = trl_read_cpu(r, c, r->last_cpu, final);
		if (err)
			return err;
	}
	c->order = &r->order;
	trl_order_flush(&r->order, final ? ~0ull : r->horizon,
			trl_consume_rec, c);
	c->order = NULL;
	r->horizon = start;
	return 0;
}
