// SPDX-License-Identifier: GPL-2.0
/*
 * compiler/catalog.c - the probe catalogue (compiler/catalog.h): the kernel's
 * lists read once per process on first need, each part (fbt, events) on
 * its own so that a program of BEGIN and tick probes reads nothing, and the
 * glob matcher of probe descriptions, dtrace's gmatch() through fnmatch(3).
 *
 * fbt: available_filter_functions lists the functions ftrace can trace, a
 * module's followed by "[module]"; a function listed twice (static functions
 * of the same name) is one probe.  Every line is also kept, with the reason
 * it is not a probe, so that naming an unprobeable function exactly gets an
 * error saying why (trc_catalog_fbt()).
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "catalog.h"

#define TRC_CAT_OWN_MODULE	"tracer"
#define TRC_CAT_INVALID		"__ftrace_invalid_address___"
#define TRC_CAT_BLACKLIST	"/sys/kernel/debug/kprobes/blacklist"

/* The profile provider's probes that -l shows (any rate can be used). */
static const char *const trc_cat_timed[] = {
	"profile-97", "profile-199", "profile-499", "profile-997",
	"profile-1999", "profile-4001", "profile-4999", "tick-1", "tick-10",
	"tick-100", "tick-500", "tick-1000", "tick-5000",
};

/* A function of available_filter_functions, chained by name. */
struct trc_cat_func {
	const char *func, *mod;
	enum trc_fbt_status status;
	struct trc_cat_func *next;	/* same hash bucket */
};

struct trc_cat_event {
	const char *cat, *name;
};

/* Part of the catalogue: loaded once; err and msg if it failed. */
struct trc_cat_part {
	bool loaded;
	int err;
	char msg[640];
};

static struct {
	struct trc_cat_part fbt, events;
	struct trc_cat_func *funcs;	/* every line, in file order */
	size_t nfuncs;
	struct trc_cat_func **buckets;	/* by function name */
	size_t nbuckets;
	char **blacklist;		/* sorted names */
	size_t nblacklist;
	struct trc_cat_event *tps;	/* tracepoints, sorted */
	size_t ntps;
	char *text;			/* available_filter_functions */
} trc_cat;

/* ---- matching ---------------------------------------------------------- */

bool trc_pdesc_split(const char *text, char *buf,
		     const char *f[TRC_PDESC_FIELDS])
{
	const char *parts[TRC_PDESC_FIELDS];
	size_t lens[TRC_PDESC_FIELDS];
	const char *p = text, *c;
	int n = 0, i;

	for (;;) {
		if (n == TRC_PDESC_FIELDS)
			return false;
		c = strchr(p, ':');
		parts[n] = p;
		lens[n++] = c ? (size_t)(c - p) : strlen(p);
		if (!c)
			break;
		p = c + 1;
	}
	for (i = 0; i < TRC_PDESC_FIELDS; i++)
		f[i] = "";
	for (i = 0; i < n; i++) {
		memcpy(buf, parts[i], lens[i]);
		buf[lens[i]] = '\0';
		f[TRC_PDESC_FIELDS - n + i] = buf;
		buf += lens[i] + 1;
	}
	return true;
}

bool trc_glob_has(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

static bool trc_field_match(const char *pat, const char *s)
{
	return !*pat || !fnmatch(pat, s, 0);
}

bool trc_pdesc_match(const char *const d[TRC_PDESC_FIELDS],
		     const struct trc_cprobe *p)
{
	int i;

	for (i = 0; i < TRC_PDESC_FIELDS; i++)
		if (!trc_field_match(d[i], p->f[i]))
			return false;
	return true;
}

/* ---- reading the kernel's lists ---------------------------------------- */

const char *trc_catalog_path(const char *file, char *buf, size_t len)
{
	snprintf(buf, len, "%s/%s", trc_tracefs_root(), file);
	return buf;
}

static int trc_cat_fail(struct trc_cat_part *part, const char *path, int err)
{
	part->err = -err;
	snprintf(part->msg, sizeof(part->msg),
		 "cannot read %s: %s (is tracefs mounted, and are you root?)",
		 path, strerror(err));
	return part->err;
}

static int trc_cat_strcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The kprobe blacklist's names ("0xstart-0xend\tfunc"); none if unread. */
static void trc_cat_load_blacklist(void)
{
	const char *path = getenv("TRACER_KPROBES_BLACKLIST");
	char line[512], *name, **v;
	size_t cap = 0;
	FILE *f;

	f = fopen(path && *path ? path : TRC_CAT_BLACKLIST, "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		name = strchr(line, '\t');
		if (!name)
			continue;
		name++;
		name[strcspn(name, " \t\n")] = '\0';
		if (trc_cat.nblacklist == cap) {
			cap = cap ? cap * 2 : 256;
			v = realloc(trc_cat.blacklist, cap * sizeof(*v));
			if (!v)
				break;
			trc_cat.blacklist = v;
		}
		name = strdup(name);
		if (!name)
			break;
		trc_cat.blacklist[trc_cat.nblacklist++] = name;
	}
	fclose(f);
	if (trc_cat.nblacklist)
		qsort(trc_cat.blacklist, trc_cat.nblacklist,
		      sizeof(*trc_cat.blacklist), trc_cat_strcmp);
}

static bool trc_cat_blacklisted(const char *func)
{
	return trc_cat.nblacklist &&
	       bsearch(&func, trc_cat.blacklist, trc_cat.nblacklist,
		       sizeof(*trc_cat.blacklist), trc_cat_strcmp);
}

static size_t trc_cat_hash(const char *s)
{
	size_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h & (trc_cat.nbuckets - 1);
}

static struct trc_cat_func *trc_cat_find(const char *mod, const char *func)
{
	struct trc_cat_func *fn;

	if (!trc_cat.nbuckets)
		return NULL;
	for (fn = trc_cat.buckets[trc_cat_hash(func)]; fn; fn = fn->next)
		if (!strcmp(fn->func, func) && (!*mod || !strcmp(fn->mod, mod)))
			return fn;
	return NULL;
}

/* Read the whole of @path into trc_cat.text; -errno. */
static int trc_cat_slurp(const char *path, size_t *lines)
{
	size_t len = 0, cap = 0, n;
	char *buf = NULL, *nb;
	FILE *f = fopen(path, "r");

	if (!f)
		return -errno;
	do {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			nb = realloc(buf, cap + 1);
			if (!nb) {
				free(buf);
				fclose(f);
				return -ENOMEM;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n);
	fclose(f);
	buf[len] = '\0';
	*lines = 0;
	for (nb = buf; (nb = strchr(nb, '\n')); nb++)
		++*lines;
	trc_cat.text = buf;
	return 0;
}

static int trc_cat_load_fbt(void)
{
	struct trc_cat_func *fn;
	char path[512], *line, *next, *p;
	size_t lines = 0, b;
	int err;

	if (trc_cat.fbt.loaded)
		return trc_cat.fbt.err;
	trc_cat.fbt.loaded = true;
	trc_catalog_path("available_filter_functions", path, sizeof(path));
	err = trc_cat_slurp(path, &lines);
	if (err)
		return trc_cat_fail(&trc_cat.fbt, path, -err);
	trc_cat_load_blacklist();
	trc_cat.funcs = calloc(lines + 1, sizeof(*trc_cat.funcs));
	for (trc_cat.nbuckets = 64; trc_cat.nbuckets < 2 * lines;)
		trc_cat.nbuckets *= 2;
	trc_cat.buckets = calloc(trc_cat.nbuckets, sizeof(*trc_cat.buckets));
	if (!trc_cat.funcs || !trc_cat.buckets)
		return trc_cat_fail(&trc_cat.fbt, path, ENOMEM);
	for (line = trc_cat.text; *line; line = next) {
		next = line + strcspn(line, "\n");
		if (*next)
			*next++ = '\0';
		fn = &trc_cat.funcs[trc_cat.nfuncs];
		fn->func = line;
		fn->mod = "vmlinux";
		p = strchr(line, ' ');
		if (p) {
			*p++ = '\0';
			if (*p == '[' && strchr(p, ']')) {
				fn->mod = p + 1;
				*strchr(p, ']') = '\0';
			}
		}
		if (!*line || !strncmp(line, TRC_CAT_INVALID,
				       strlen(TRC_CAT_INVALID)) ||
		    trc_cat_find(fn->mod, fn->func))
			continue;
		if (!strcmp(fn->mod, TRC_CAT_OWN_MODULE))
			fn->status = TRC_FBT_OWN;
		else if (trc_cat_blacklisted(fn->func))
			fn->status = TRC_FBT_BLACKLISTED;
		b = trc_cat_hash(fn->func);
		fn->next = trc_cat.buckets[b];
		trc_cat.buckets[b] = fn;
		trc_cat.nfuncs++;
	}
	return 0;
}

static int trc_cat_dirs(const char *path, struct dirent ***out)
{
	struct dirent **v;
	int n, i, k = 0;

	n = scandir(path, &v, NULL, alphasort);
	if (n < 0)
		return -errno;
	for (i = 0; i < n; i++) {
		if (v[i]->d_name[0] == '.' ||
		    (v[i]->d_type != DT_DIR && v[i]->d_type != DT_UNKNOWN))
			free(v[i]);
		else
			v[k++] = v[i];
	}
	*out = v;
	return k;
}

static int trc_cat_load_events(void)
{
	struct dirent **cats, **evs;
	char root[512], path[1024];
	struct trc_cat_event *v;
	size_t cap = 0;
	int nc, ne, i, j;

	if (trc_cat.events.loaded)
		return trc_cat.events.err;
	trc_cat.events.loaded = true;
	trc_catalog_path("events", root, sizeof(root));
	nc = trc_cat_dirs(root, &cats);
	if (nc < 0)
		return trc_cat_fail(&trc_cat.events, root, -nc);
	for (i = 0; i < nc; i++) {
		snprintf(path, sizeof(path), "%s/%s", root, cats[i]->d_name);
		/* events/ftrace/ describes the ftrace buffer, no tracepoints */
		ne = strcmp(cats[i]->d_name, "ftrace") ?
		     trc_cat_dirs(path, &evs) : 0;
		for (j = 0; j < ne; j++) {
			if (trc_cat.ntps == cap) {
				cap = cap ? cap * 2 : 1024;
				v = realloc(trc_cat.tps, cap * sizeof(*v));
				if (!v)
					return trc_cat_fail(&trc_cat.events,
							    root, ENOMEM);
				trc_cat.tps = v;
			}
			v = &trc_cat.tps[trc_cat.ntps++];
			v->cat = strdup(cats[i]->d_name);
			v->name = strdup(evs[j]->d_name);
			free(evs[j]);
			if (!v->cat || !v->name)
				return trc_cat_fail(&trc_cat.events, root,
						    ENOMEM);
		}
		if (ne > 0)
			free(evs);
		free(cats[i]);
	}
	free(cats);
	return 0;
}

void trc_catalog_reset(void)
{
	size_t i;

	for (i = 0; i < trc_cat.nblacklist; i++)
		free(trc_cat.blacklist[i]);
	for (i = 0; i < trc_cat.ntps; i++) {
		free((char *)trc_cat.tps[i].cat);
		free((char *)trc_cat.tps[i].name);
	}
	free(trc_cat.blacklist);
	free(trc_cat.tps);
	free(trc_cat.funcs);
	free(trc_cat.buckets);
	free(trc_cat.text);
	memset(&trc_cat, 0, sizeof(trc_cat));
}

enum trc_fbt_status trc_catalog_fbt(const char *mod, const char *func)
{
	struct trc_cat_func *fn;

	if (trc_cat_load_fbt())
		return TRC_FBT_NO_LIST;
	fn = trc_cat_find(mod, func);
	if (fn)
		return fn->status;
	/* listed in another module: still a reason, if it has one */
	fn = trc_cat_find("", func);
	if (fn && fn->status != TRC_FBT_OK)
		return fn->status;
	return trc_cat_blacklisted(func) ? TRC_FBT_BLACKLISTED :
					   TRC_FBT_ABSENT;
}

/* ---- the walk ------------------------------------------------------------ */

/* Could a probe of provider @prov match @d at all? */
static bool trc_cat_wants(const char *const d[TRC_PDESC_FIELDS],
			  const char *prov)
{
	return !d || trc_field_match(d[0], prov);
}

static int trc_cat_walk_fbt(const char *const d[TRC_PDESC_FIELDS],
			    int (*fn)(const struct trc_cprobe *, void *),
			    void *arg)
{
	struct trc_cprobe p = { { "fbt" } };
	size_t i;
	int err;

	for (i = 0; i < trc_cat.nfuncs; i++) {
		if (trc_cat.funcs[i].status != TRC_FBT_OK)
			continue;
		p.f[1] = trc_cat.funcs[i].mod;
		p.f[2] = trc_cat.funcs[i].func;
		if (d && (!trc_field_match(d[1], p.f[1]) ||
			  !trc_field_match(d[2], p.f[2])))
			continue;
		p.f[3] = "entry";
		if ((err = fn(&p, arg)))
			return err;
		p.f[3] = "return";
		if ((err = fn(&p, arg)))
			return err;
	}
	return 0;
}

static int trc_cat_walk_events(int (*fn)(const struct trc_cprobe *, void *),
			       void *arg)
{
	static const char enter[] = "sys_enter_";
	struct trc_cprobe p = { { "syscall", "" } };
	size_t i;
	int err;

	for (i = 0; i < trc_cat.ntps; i++) {
		if (strcmp(trc_cat.tps[i].cat, "syscalls") ||
		    strncmp(trc_cat.tps[i].name, enter, strlen(enter)))
			continue;
		p.f[2] = trc_syscall_event_name(trc_cat.tps[i].name);
		if (!p.f[2])
			continue;
		p.f[3] = "entry";
		if ((err = fn(&p, arg)))
			return err;
		p.f[3] = "return";
		if ((err = fn(&p, arg)))
			return err;
	}
	p.f[0] = "tracepoint";
	p.f[2] = "";
	for (i = 0; i < trc_cat.ntps; i++) {
		p.f[1] = trc_cat.tps[i].cat;
		p.f[3] = trc_cat.tps[i].name;
		if ((err = fn(&p, arg)))
			return err;
	}
	return 0;
}

int trc_catalog_walk(const char *const d[TRC_PDESC_FIELDS],
		     int (*fn)(const struct trc_cprobe *p, void *arg),
		     void *arg, char *msg, size_t msg_len)
{
	static const char *const dtrace[] = { "BEGIN", "END", "ERROR" };
	struct trc_cprobe p = { { "dtrace", "", "" } };
	struct trc_cat_part *bad = NULL;
	size_t i;
	int err;

	if (trc_cat_wants(d, "fbt") && trc_cat_load_fbt())
		bad = &trc_cat.fbt;
	if ((trc_cat_wants(d, "syscall") || trc_cat_wants(d, "tracepoint")) &&
	    trc_cat_load_events() && !bad)
		bad = &trc_cat.events;
	if (bad) {
		snprintf(msg, msg_len, "%s", bad->msg);
		return bad->err;
	}
	for (i = 0; i < sizeof(dtrace) / sizeof(*dtrace); i++) {
		p.f[3] = dtrace[i];
		if ((err = fn(&p, arg)))
			return err;
	}
	if (trc_cat_wants(d, "fbt") && (err = trc_cat_walk_fbt(d, fn, arg)))
		return err;
	p.f[0] = "profile";
	for (i = 0; i < sizeof(trc_cat_timed) / sizeof(*trc_cat_timed); i++) {
		p.f[3] = trc_cat_timed[i];
		if ((err = fn(&p, arg)))
			return err;
	}
	if (trc_cat_wants(d, "syscall") || trc_cat_wants(d, "tracepoint"))
		return trc_cat_walk_events(fn, arg);
	return 0;
}
