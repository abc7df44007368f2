/*
 * replay.c — a main() for the fuzz harnesses without libFuzzer: runs
 * LLVMFuzzerTestOneInput once on each file named (a folder: on each file
 * in it).  make check links it with each harness and replays the seed
 * corpus and the crash regressions in every build, plain or sanitized,
 * gcc or clang.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static size_t	nrun;

/* stdout: the harness may have muted stderr. */
static void
replay_error(const char *path)
{
	printf("%s: %s\n", path, strerror(errno));
}

static int
replay_file(const char *path)
{
	FILE	*fp;
	char	*buf = NULL;
	size_t	 len = 0, cap = 0, r;

	if ((fp = fopen(path, "rb")) == NULL) {
		replay_error(path);
		return -1;
	}
	do {
		if (cap - len < 65536) {
			cap = cap * 2 + 65536;
			if ((buf = realloc(buf, cap)) == NULL)
				abort();
		}
		r = fread(buf + len, 1, cap - len, fp);
		len += r;
	} while (r > 0);
	if (ferror(fp)) {
		replay_error(path);
		fclose(fp);
		free(buf);
		return -1;
	}
	fclose(fp);
	/* Named first: if the input fails, it is the last line shown. */
	printf("%s\n", path);
	fflush(stdout);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	nrun++;
	return 0;
}

static int
replay(const char *path)
{
	struct stat	 st;
	struct dirent	*de;
	DIR		*dir;
	char		*sub;
	int		 rv = 0;

	if (stat(path, &st) == -1) {
		replay_error(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	if ((dir = opendir(path)) == NULL) {
		replay_error(path);
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if ((sub = malloc(strlen(path) + strlen(de->d_name) + 2)) ==
		    NULL)
			abort();
		sprintf(sub, "%s/%s", path, de->d_name);
		if (replay(sub) == -1)
			rv = -1;
		free(sub);
	}
	closedir(dir);
	return rv;
}

int
main(int argc, char *argv[])
{
	int	i, rv = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++)
		if (replay(argv[i]) == -1)
			rv = 1;
	printf("%s: %zu inputs replayed\n", argv[0], nrun);
	return rv;
}
