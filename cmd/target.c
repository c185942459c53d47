// SPDX-License-Identifier: GPL-2.0
/*
 * cmd/target.c - the target process of -c and -p, whose pid is $target.
 *
 * -c CMD forks a child that blocks reading a pipe until tracing has begun
 * (cli_target_release() closes the write end), then execs CMD; dtrace(1M)
 * likewise creates the process stopped and sets it running after GO.  The
 * child's exit ends tracing.  -p PID follows an existing process, whose
 * end (kill(pid, 0) failing with ESRCH) ends tracing the same way.  While
 * it runs, the CLI snapshots its mappings for %A (libtracer/usyms.c) once
 * it runs its own program (cli_target_execed()).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cli.h"

#define CLI_MAX_ARGV	256

int cli_target_spawn(struct cli_target *t, const char *cmd, char *msg,
		     size_t msg_len)
{
	char *copy, *argv[CLI_MAX_ARGV], *save = NULL, *w, go;
	int fds[2], n = 0;
	pid_t pid;

	memset(t, 0, sizeof(*t));
	t->go_fd = -1;
	copy = strdup(cmd);
	if (!copy) {
		snprintf(msg, msg_len, "out of memory");
		return -ENOMEM;
	}
	for (w = strtok_r(copy, " \t\n", &save); w && n < CLI_MAX_ARGV - 1;
	     w = strtok_r(NULL, " \t\n", &save))
		argv[n++] = w;
	argv[n] = NULL;
	if (!n) {
		free(copy);
		snprintf(msg, msg_len, "-c needs a command");
		return -EINVAL;
	}
	if (pipe2(fds, O_CLOEXEC)) {
		free(copy);
		snprintf(msg, msg_len, "failed to create a pipe: %s",
			 strerror(errno));
		return -errno;
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		free(copy);
		close(fds[0]);
		close(fds[1]);
		snprintf(msg, msg_len, "failed to fork: %s", strerror(errno));
		return -errno;
	}
	if (!pid) {
		close(fds[1]);
		/* EOF: tracing has begun; a byte would mean the same */
		while (read(fds[0], &go, 1) < 0 && errno == EINTR)
			;
		execvp(argv[0], argv);
		fprintf(stderr, "tracer: failed to execute %s: %s\n", argv[0],
			strerror(errno));
		_exit(127);
	}
	free(copy);
	close(fds[0]);
	t->pid = pid;
	t->child = true;
	t->go_fd = fds[1];
	return 0;
}

int cli_target_attach(struct cli_target *t, const char *pid, char *msg,
		      size_t msg_len)
{
	char *end;
	long v;

	memset(t, 0, sizeof(*t));
	t->go_fd = -1;
	errno = 0;
	v = strtol(pid, &end, 10);
	if (errno || *end || v <= 0 || v != (pid_t)v) {
		snprintf(msg, msg_len, "invalid process id '%s'", pid);
		return -EINVAL;
	}
	if (kill((pid_t)v, 0) && errno == ESRCH) {
		snprintf(msg, msg_len,
			 "failed to grab pid %ld: No such process", v);
		return -ESRCH;
	}
	t->pid = (pid_t)v;
	return 0;
}

void cli_target_release(struct cli_target *t)
{
	if (t->go_fd >= 0) {
		close(t->go_fd);
		t->go_fd = -1;
	}
}

bool cli_target_gone(struct cli_target *t)
{
	pid_t r;

	if (!t->pid)
		return false;
	if (t->reaped)
		return true;
	if (t->child) {
		r = waitpid(t->pid, &t->status, WNOHANG);
		t->reaped = r == t->pid || (r < 0 && errno == ECHILD);
		return t->reaped;
	}
	return kill(t->pid, 0) && errno == ESRCH;
}

bool cli_target_execed(const struct cli_target *t)
{
	struct stat self, exe;
	char path[64];

	if (!t->child)
		return true;
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)t->pid);
	if (stat(path, &exe) || stat("/proc/self/exe", &self))
		return false;
	return exe.st_dev != self.st_dev || exe.st_ino != self.st_ino;
}

void cli_target_abandon(struct cli_target *t)
{
	if (!t->child || !t->pid || t->reaped)
		return;
	kill(t->pid, SIGKILL);
	cli_target_release(t);
	while (waitpid(t->pid, &t->status, 0) < 0 && errno == EINTR)
		;
	t->pid = 0;
}
