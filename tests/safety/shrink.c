/*
 * shrink.c — an LD_PRELOAD shim that makes a file change size while
 * quotecheck reads it, deterministically (see shrink.sh).
 *
 * For the file named by $QC_SHRINK_PATH, the first read() returns only
 * half of what was asked for; before the second read() the file is cut
 * to $QC_SHRINK_TO bytes (or, if that is larger than the file, grown to
 * it with more text).  Other files are read as usual.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static ssize_t (*real_read)(int, void *, size_t);
static int	calls;

static int
is_target(int fd, const char *want)
{
	char	link[64], path[PATH_MAX];
	ssize_t	n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if ((n = readlink(link, path, sizeof(path) - 1)) == -1)
		return 0;
	path[n] = '\0';
	return strcmp(path, want) == 0;
}

static void
resize(const char *path, off_t to)
{
	struct stat	 st;
	static const char more[] = " And the file grew while it was read.";
	int		 fd;

	if (stat(path, &st) == -1)
		return;
	if (to <= st.st_size) {
		if (truncate(path, to) == -1)
			perror("shrink: truncate");
		return;
	}
	if ((fd = open(path, O_WRONLY | O_APPEND)) == -1)
		return;
	while (st.st_size < to) {
		if (write(fd, more, sizeof(more) - 1) == -1)
			break;
		st.st_size += sizeof(more) - 1;
	}
	close(fd);
}

ssize_t
read(int fd, void *buf, size_t n)
{
	const char	*path = getenv("QC_SHRINK_PATH");
	const char	*to = getenv("QC_SHRINK_TO");

	if (real_read == NULL)
		real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT,
		    "read");
	if (path == NULL || to == NULL || !is_target(fd, path))
		return real_read(fd, buf, n);
	if (calls++ == 0 && n > 1)
		return real_read(fd, buf, n / 2);
	if (calls == 2)
		resize(path, (off_t)strtoll(to, NULL, 10));
	return real_read(fd, buf, n);
}
