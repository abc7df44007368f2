/*
 * maxrss.c — run a command and print its peak resident set in KB, then
 * exit with its status: "maxrss CMD ARG..." prints "KB STATUS".
 *
 * Linux counts in a process's peak the memory of the process it was
 * exec'd from, so a command started straight from python carries the
 * interpreter's peak with it.  Started from this small program, the
 * figure is the command's own (and this program's few hundred KB,
 * taken off with the floor that tests/scaling/memory measures the same
 * way).
 */
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct rusage	ru;
	pid_t		pid;
	int		status;

	if (argc < 2) {
		fprintf(stderr, "usage: maxrss command [argument ...]\n");
		return 2;
	}
	if ((pid = fork()) == -1) {
		perror("maxrss: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror("maxrss: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1) {
		perror("maxrss: wait4");
		return 2;
	}
	printf("%ld %d\n", ru.ru_maxrss, WIFEXITED(status) ?
	    WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
