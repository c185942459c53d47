/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler/catalog.h - the probes this kernel offers, and the one glob
 * matcher of probe descriptions; used by the compiler (probes.c expands a
 * description into the probes it matches) and by `tracer -l`.
 *
 * Where the catalogue comes from (compiler/catalog.c):
 *   $TRACER_TRACEFS, else /sys/kernel/tracing, else
 *   /sys/kernel/debug/tracing: available_filter_functions (fbt) and
 *   events/CATEGORY/EVENT/ (tracepoint, and syscall from events/syscalls);
 *   $TRACER_KPROBES_BLACKLIST, else /sys/kernel/debug/kprobes/blacklist:
 *   the functions kprobes refuse, left out of fbt.
 */
#ifndef TRC_CATALOG_H
#define TRC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#define TRC_PDESC_FIELDS	4	/* provider:module:function:name */

/* One probe of the catalogue; the strings live as long as the process. */
struct trc_cprobe {
	const char *f[TRC_PDESC_FIELDS];	/* provider, module, function,
						 * name */
};

/*
 * Split @text at ':' into the four fields, filled from the right as DTrace
 * does ("BEGIN" is the name alone), each copied into @buf (at least
 * strlen(@text) + TRC_PDESC_FIELDS bytes); false if there are more than
 * four fields.
 */
bool trc_pdesc_split(const char *text, char *buf,
		     const char *f[TRC_PDESC_FIELDS]);

/* Does @s contain a glob character (* ? [)? */
bool trc_glob_has(const char *s);

/*
 * Does the description @d (four fields, each a glob as dtrace's gmatch()
 * reads it: * ? [...] [!...]; an empty field matches anything) match @p?
 */
bool trc_pdesc_match(const char *const d[TRC_PDESC_FIELDS],
		     const struct trc_cprobe *p);

/*
 * Call @fn for every probe of the catalogue that @d could match (NULL: every
 * probe), in listing order: dtrace BEGIN END ERROR; fbt entry and return of
 * every function of available_filter_functions (module "vmlinux" unless a
 * "[module]" follows), less the kprobe blacklist, the tracer module's own
 * functions, __ftrace_invalid_address___* and repeated lines; profile and
 * tick at the usual rates; syscall::NAME:entry and return for every
 * events/syscalls/sys_enter_NAME; tracepoint:CATEGORY::EVENT for every
 * event, those of category syscalls included.  @fn returning non-zero stops
 * the walk and is returned.  A part of the kernel's lists that @d needs and
 * that cannot be read is -errno with a message in @msg.
 */
int trc_catalog_walk(const char *const d[TRC_PDESC_FIELDS],
		     int (*fn)(const struct trc_cprobe *p, void *arg),
		     void *arg, char *msg, size_t msg_len);

/* Why fbt function @func (of module @mod, "" for any) cannot be probed. */
enum trc_fbt_status {
	TRC_FBT_OK,		/* in the catalogue */
	TRC_FBT_NO_LIST,	/* available_filter_functions unreadable */
	TRC_FBT_ABSENT,		/* not in available_filter_functions */
	TRC_FBT_BLACKLISTED,	/* on the kprobe blacklist */
	TRC_FBT_OWN,		/* a function of the tracer module */
};

enum trc_fbt_status trc_catalog_fbt(const char *mod, const char *func);

/*
 * tracefs's root: $TRACER_TRACEFS if set, else /sys/kernel/tracing if it
 * has events/, else /sys/kernel/debug/tracing (compiler/tracefs.c); the
 * path the catalogue reads @file from ("available_filter_functions").
 */
const char *trc_tracefs_root(void);

/*
 * The syscall provider's name of the system call a syscalls event
 * (sys_enter_NAME) stands for: "stat" for sys_enter_newstat; NULL if none
 * (compiler/syscalls.c).
 */
const char *trc_syscall_event_name(const char *event);
const char *trc_catalog_path(const char *file, char *buf, size_t len);

/* Forget what was read (tests that change the environment). */
void trc_catalog_reset(void);

#endif /* TRC_CATALOG_H */
