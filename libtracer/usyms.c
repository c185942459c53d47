// SPDX-License-Identifier: GPL-2.0
/*
 * libtracer/usyms.c - user addresses to names, as DTrace's
 * dtrace_uaddr2str() prints them (printf's %A): "object`symbol+0xoff"
 * ("object`symbol" at the symbol itself), "object`0x..." in a mapped file
 * without a symbol there, and "0x..." when the process or the address is
 * unknown.  The object is the mapped file's base name, as dt_basename()
 * gives it.
 *
 * A process's mappings come from /proc/PID/maps: a snapshot per pid, taken
 * when an address is not found in the last one (at most once a second) and
 * whenever the CLI asks (trl_usym_refresh(): at every read of the buffers
 * while $target lives, if the program names user addresses), and kept after the process is gone, so that what
 * the END clauses and the final printa() print resolves as DTrace's does
 * for the process it held.  An address maps to a file offset (address -
 * mapping start + mapping offset), the file offset to the ELF virtual
 * address through the PT_LOAD segment that holds it (so PIE executables
 * and shared objects, whatever their load bias, resolve the same way), and
 * that to the closest function or object symbol at or below it, from
 * .symtab and .dynsym (libelf).  Each file's symbols are read once, on
 * first use, and kept for the life of the process, by path.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "tracer.h"

#define TRL_USYM_REREAD_NS	1000000000ull	/* lookups re-read maps at
						 * most this often */

struct trl_usym {
	u64 addr, size;
	char *name;		/* owned */
	int rank;		/* among symbols at one address: the lowest
				 * is named (a global function first) */
};

struct trl_useg {		/* a PT_LOAD segment */
	u64 off, vaddr, filesz;
};

struct trl_uobj {		/* one ELF file */
	char *path;
	bool loaded;		/* its symbols were read (or could not be) */
	struct trl_usym *syms;	/* by address */
	size_t nsyms;
	struct trl_useg *segs;
	size_t nsegs;
	struct trl_uobj *next;
};

struct trl_umap {		/* one file mapping of a process */
	u64 start, end, off;
	struct trl_uobj *obj;
};

struct trl_uproc {
	pid_t pid;
	struct trl_umap *maps;	/* by start address */
	size_t nmaps;
	u64 read_ns;		/* when maps were last read (or tried) */
	struct trl_uproc *next;
};

static struct {
	struct trl_uobj *objs;
	struct trl_uproc *procs;
	pid_t target;
} trl_usyms;

static u64 trl_usym_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

/* ---- ELF files ---------------------------------------------------- */

static int trl_usym_cmp(const void *a, const void *b)
{
	const struct trl_usym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->rank - y->rank;
}

/* A global function ranks before a weak one, a local one, an object. */
static int trl_usym_rank(const GElf_Sym *s)
{
	int type = GELF_ST_TYPE(s->st_info), bind = GELF_ST_BIND(s->st_info);

	return (type == STT_FUNC || type == STT_GNU_IFUNC ? 0 : 4) +
	       (bind == STB_GLOBAL ? 0 : bind == STB_WEAK ? 1 : 2);
}

static int trl_uobj_add_sym(struct trl_uobj *o, size_t *cap,
			    const GElf_Sym *s, const char *name)
{
	struct trl_usym *u;
	int type = GELF_ST_TYPE(s->st_info);

	if ((type != STT_FUNC && type != STT_GNU_IFUNC &&
	     type != STT_OBJECT) || s->st_shndx == SHN_UNDEF ||
	    !s->st_value || !name || !*name)
		return 0;
	if (trl_grow((void **)&o->syms, sizeof(*o->syms), o->nsyms + 1, cap))
		return -ENOMEM;
	u = &o->syms[o->nsyms];
	u->name = strdup(name);
	if (!u->name)
		return -ENOMEM;
	u->addr = s->st_value;
	u->size = s->st_size;
	u->rank = trl_usym_rank(s);
	o->nsyms++;
	return 0;
}

static int trl_uobj_read_syms(struct trl_uobj *o, Elf *e, size_t *cap)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	Elf_Data *d;
	GElf_Sym s;
	size_t i, n;

	while ((scn = elf_nextscn(e, scn))) {
		if (!gelf_getshdr(scn, &sh) || !sh.sh_entsize ||
		    (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM))
			continue;
		d = elf_getdata(scn, NULL);
		n = sh.sh_size / sh.sh_entsize;
		for (i = 0; d && i < n; i++) {
			if (!gelf_getsym(d, (int)i, &s))
				break;
			if (trl_uobj_add_sym(o, cap, &s,
					     elf_strptr(e, sh.sh_link,
							s.st_name)))
				return -ENOMEM;
		}
	}
	return 0;
}

static int trl_uobj_read_segs(struct trl_uobj *o, Elf *e)
{
	size_t i, n, cap = 0;
	GElf_Phdr ph;

	if (elf_getphdrnum(e, &n))
		return -EINVAL;
	for (i = 0; i < n; i++) {
		if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		if (trl_grow((void **)&o->segs, sizeof(*o->segs),
			     o->nsegs + 1, &cap))
			return -ENOMEM;
		o->segs[o->nsegs++] = (struct trl_useg){
			ph.p_offset, ph.p_vaddr, ph.p_filesz };
	}
	return 0;
}

/* Read @o's segments and symbols once; a file that is no ELF has none. */
static void trl_uobj_load(struct trl_uobj *o)
{
	size_t cap = 0;
	Elf *e;
	int fd;

	o->loaded = true;
	if (elf_version(EV_CURRENT) == EV_NONE)
		return;
	fd = open(o->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (e && elf_kind(e) == ELF_K_ELF &&
	    !trl_uobj_read_segs(o, e) && !trl_uobj_read_syms(o, e, &cap))
		qsort(o->syms, o->nsyms, sizeof(*o->syms), trl_usym_cmp);
	else
		o->nsyms = o->nsegs = 0;
	if (e)
		elf_end(e);
	close(fd);
}

static struct trl_uobj *trl_uobj_get(const char *path)
{
	struct trl_uobj *o;

	for (o = trl_usyms.objs; o; o = o->next)
		if (!strcmp(o->path, path))
			return o;
	o = calloc(1, sizeof(*o));
	if (!o)
		return NULL;
	o->path = strdup(path);
	if (!o->path) {
		free(o);
		return NULL;
	}
	o->next = trl_usyms.objs;
	trl_usyms.objs = o;
	return o;
}

/*
 * The symbol of @o at file offset @off: false if no segment holds it or
 * no symbol covers it (one with a size must hold the address).
 */
static bool trl_uobj_lookup(struct trl_uobj *o, u64 off,
			    const struct trl_usym **sym, u64 *delta)
{
	size_t i, lo = 0, hi;
	u64 va = 0;

	if (!o->loaded)
		trl_uobj_load(o);
	for (i = 0; i < o->nsegs; i++)
		if (off >= o->segs[i].off &&
		    off - o->segs[i].off < o->segs[i].filesz)
			break;
	if (i == o->nsegs)
		return false;
	va = off - o->segs[i].off + o->segs[i].vaddr;
	hi = o->nsyms;
	if (!hi || va < o->syms[0].addr)
		return false;
	while (hi - lo > 1) {		/* the last symbol at or below va */
		size_t mid = lo + (hi - lo) / 2;

		if (o->syms[mid].addr <= va)
			lo = mid;
		else
			hi = mid;
	}
	while (lo && o->syms[lo - 1].addr == o->syms[lo].addr)
		lo--;			/* the best-ranked at that address */
	if (o->syms[lo].size && va - o->syms[lo].addr >= o->syms[lo].size)
		return false;
	*sym = &o->syms[lo];
	*delta = va - o->syms[lo].addr;
	return true;
}

/* ---- processes ---------------------------------------------------- */

static struct trl_uproc *trl_uproc_get(pid_t pid, bool create)
{
	struct trl_uproc *p;

	for (p = trl_usyms.procs; p; p = p->next)
		if (p->pid == pid)
			return p;
	if (!create)
		return NULL;
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->pid = pid;
	p->next = trl_usyms.procs;
	trl_usyms.procs = p;
	return p;
}

/* One line of /proc/PID/maps, if it maps a file by its path. */
static bool trl_umap_parse(char *line, struct trl_umap *m, char **path)
{
	unsigned long long start, end, off;
	unsigned long inode;
	char perms[8];
	int n = 0;
	char *p;

	if (sscanf(line, "%llx-%llx %7s %llx %*s %lu %n", &start, &end, perms,
		   &off, &inode, &n) < 5 || !n || !inode)
		return false;
	p = line + n;
	p[strcspn(p, "\n")] = 0;
	if (*p != '/')
		return false;
	m->start = start;
	m->end = end;
	m->off = off;
	*path = p;
	return true;
}

int trl_usym_refresh(pid_t pid)
{
	struct trl_umap *maps = NULL, m;
	struct trl_uproc *p;
	size_t n = 0, cap = 0, llen = 0;
	char file[64], *line = NULL, *path;
	FILE *f;
	int err = 0;

	if (pid <= 0)
		return -ESRCH;
	p = trl_uproc_get(pid, true);
	if (!p)
		return -ENOMEM;
	p->read_ns = trl_usym_now();
	snprintf(file, sizeof(file), "/proc/%d/maps", (int)pid);
	f = fopen(file, "re");
	if (!f)
		return -errno;
	while (getline(&line, &llen, f) > 0) {
		if (!trl_umap_parse(line, &m, &path))
			continue;
		m.obj = trl_uobj_get(path);
		if (!m.obj ||
		    trl_grow((void **)&maps, sizeof(*maps), n + 1, &cap)) {
			err = -ENOMEM;
			break;
		}
		maps[n++] = m;
	}
	free(line);
	fclose(f);
	if (err || !n) {	/* gone meanwhile: keep the last snapshot */
		free(maps);
		return err ? err : -ESRCH;
	}
	free(p->maps);
	p->maps = maps;
	p->nmaps = n;
	return 0;
}

static const struct trl_umap *trl_uproc_find(const struct trl_uproc *p,
					     u64 addr)
{
	size_t i;

	for (i = 0; p && i < p->nmaps; i++)
		if (addr >= p->maps[i].start && addr < p->maps[i].end)
			return &p->maps[i];
	return NULL;
}

/* The mapping of @pid that holds @addr, re-reading maps on a miss. */
static const struct trl_umap *trl_usym_map(pid_t pid, u64 addr)
{
	const struct trl_uproc *p = pid > 0 ? trl_uproc_get(pid, false) : NULL;
	const struct trl_umap *m = trl_uproc_find(p, addr);

	if (!m && pid > 0 && (!p || trl_usym_now() - p->read_ns >=
					   TRL_USYM_REREAD_NS) &&
	    !trl_usym_refresh(pid))
		m = trl_uproc_find(trl_uproc_get(pid, false), addr);
	return m;
}

int trl_usym_format_as(pid_t pid, u64 addr, enum trl_usym_how how,
		       char *buf, size_t len)
{
	const struct trl_umap *m = trl_usym_map(pid, addr);
	const struct trl_usym *s;
	const char *obj;
	u64 delta;

	if (!m)
		return snprintf(buf, len, "0x%llx", (unsigned long long)addr);
	obj = strrchr(m->obj->path, '/');
	obj = obj ? obj + 1 : m->obj->path;
	if (how == TRL_USYM_MOD)
		return snprintf(buf, len, "%s", obj);
	if (!trl_uobj_lookup(m->obj, addr - m->start + m->off, &s, &delta))
		return snprintf(buf, len, "%s`0x%llx", obj,
				(unsigned long long)addr);
	if (delta && how == TRL_USYM_ADDR)
		return snprintf(buf, len, "%s`%s+0x%llx", obj, s->name,
				(unsigned long long)delta);
	return snprintf(buf, len, "%s`%s", obj, s->name);
}

int trl_usym_format(pid_t pid, u64 addr, char *buf, size_t len)
{
	return trl_usym_format_as(pid, addr, TRL_USYM_ADDR, buf, len);
}

u64 trl_usym_base(pid_t pid, u64 addr, enum trl_usym_how how)
{
	const struct trl_umap *m = how == TRL_USYM_ADDR ? NULL :
				   trl_usym_map(pid, addr);
	const struct trl_usym *s;
	u64 delta;

	if (!m)
		return addr;
	if (how == TRL_USYM_MOD)
		return m->start;
	if (!trl_uobj_lookup(m->obj, addr - m->start + m->off, &s, &delta))
		return addr;
	return addr - delta;
}

void trl_usym_set_target(pid_t pid)
{
	trl_usyms.target = pid;
}

pid_t trl_usym_target(void)
{
	return trl_usyms.target;
}

static int trl_usym_is_uaddr(void *arg, enum trl_pf_argkind kind,
			     const char *conv, size_t len)
{
	(void)arg;
	return kind == TRL_PF_ARG_INT && conv[len - 1] == 'A';
}

static bool trl_usym_in(const struct tr_field *f, u32 n)
{
	u32 i;

	for (i = 0; i < n; i++)
		if (f[i].type == TR_VT_USTACK || trl_is_usym(f[i].type))
			return true;
	return false;
}

bool trl_usym_wanted(const struct tr_program *p)
{
	char msg[TRL_MSG_LEN];
	u32 i;

	for (i = 0; i < p->nrecs; i++)
		if ((p->recs[i].fmt &&
		     trl_printf_scan(p->recs[i].fmt, trl_usym_is_uaddr, NULL,
				     msg, sizeof(msg)) > 0) ||
		    trl_usym_in(p->recs[i].args, p->recs[i].nargs))
			return true;
	for (i = 0; i < p->naggs; i++)
		if (trl_usym_in(p->aggs[i].keys, p->aggs[i].nkeys))
			return true;
	return false;
}
