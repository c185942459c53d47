/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cmd/cli.h - the parts of the tracer command kept in files of their own,
 * for cmd/tracer.c: listing probes (list.c) and the target process of -c
 * and -p (target.c).  Prefix cli_, as in tracer.c.
 */
#ifndef TRACER_CMD_CLI_H
#define TRACER_CMD_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include "tracer/env.h"

/*
 * -l: print the probes matching any of @descs (all if none) on @out, with
 * their argument types if @verbose (-lv).  Returns 0, or -errno with a
 * message when the kernel's lists cannot be read or a description matches
 * nothing.
 */
int cli_list(const char *const *descs, unsigned int ndescs, bool verbose,
	     FILE *out, char *msg, size_t msg_len);

/* The process tracing follows: started by -c, or given by -p. */
struct cli_target {
	pid_t pid;		/* 0: none */
	bool child;		/* started by -c: ours to reap */
	bool reaped;		/* the child's exit was collected */
	int go_fd;		/* -c: closing it lets the child exec */
	int status;		/* wait status once it has exited */
};

/*
 * -c: fork a child that waits until cli_target_release() and then runs
 * @cmd, split at blanks as dtrace(1M) splits it.  -p: follow @pid, which
 * must exist.  Both return 0 or -errno with a message.
 */
int cli_target_spawn(struct cli_target *t, const char *cmd, char *msg,
		     size_t msg_len);
int cli_target_attach(struct cli_target *t, const char *pid, char *msg,
		      size_t msg_len);
void cli_target_release(struct cli_target *t);
/* Has the target exited?  (Reaps a -c child.) */
bool cli_target_gone(struct cli_target *t);
/*
 * Does the target run its own program?  A -c child that has not yet
 * exec'd its command is a copy of tracer, whose mappings are not the
 * command's.
 */
bool cli_target_execed(const struct cli_target *t);
/* Undo cli_target_spawn() before release: kill and reap the child. */
void cli_target_abandon(struct cli_target *t);

#endif /* TRACER_CMD_CLI_H */
