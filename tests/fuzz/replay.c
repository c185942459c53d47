// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/replay.c - build/tests/fuzz-replay: runs every file of the
 * directories (or files) given through the fuzz harness, each in its own
 * child process so that a sanitizer report or a broken invariant fails
 * that input only.  make check replays tests/fuzz/: the seed corpus, the
 * corpus kept from campaigns and every crash ever found.  Prints one line
 * per failing input and "fuzz-replay: N passed, N failed".
 *
 *	fuzz-replay DIR|FILE ...
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "corpus.h"
#include "harness.h"

#define FZ_ACCEPTED	10	/* the child's status: verified and run */

static int fz_accepted;

static int fz_replay_file(const char *path)
{
	size_t n;
	u8 *buf = fz_read_file(path, &n);

	if (!buf)
		return 2;
	n = fz_run_one(buf, n);
	free(buf);
	return n ? FZ_ACCEPTED : 0;
}

static void fz_replay(const char *path)
{
	int status;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		/* exit(), not _exit(): fuzz-cov's profile is written then. */
		exit(fz_replay_file(path));
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid &&
	      WIFEXITED(status) && (WEXITSTATUS(status) == 0 ||
				    WEXITSTATUS(status) == FZ_ACCEPTED),
	      "fuzz-replay: %s fails", path);
	fz_accepted += WIFEXITED(status) && WEXITSTATUS(status) == FZ_ACCEPTED;
}

static void fz_replay_dir(const char *dir)
{
	size_t n;
	char **list = fz_list_dir(dir, &n), **p;

	if (!list)
		CHECK(0, "fuzz-replay: cannot open %s", dir);
	for (p = list; p && *p; p++)
		fz_replay(*p);
	fz_free_list(list);
}

int main(int argc, char **argv)
{
	struct stat st;
	int i;

	for (i = 1; i < argc; i++) {
		if (!stat(argv[i], &st) && S_ISDIR(st.st_mode))
			fz_replay_dir(argv[i]);
		else
			fz_replay(argv[i]);
	}
	printf("fuzz-replay: %d of the inputs verified and ran\n", fz_accepted);
	return check_report("fuzz-replay");
}
