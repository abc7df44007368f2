/* xmalloc.c — allocation wrappers; out of memory is fatal. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "xmalloc.h"

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, sz == 0 ? 1 : sz)) == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, sz);
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t sz)
{
	void	*p;

	if (sz != 0 && n > SIZE_MAX / sz)
		fatal("allocation overflow (%zu x %zu bytes)", n, sz);
	if ((p = realloc(old, n * sz == 0 ? 1 : n * sz)) == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, sz);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
xgrow(void *arrayp, size_t *capp, size_t n, size_t sz)
{
	void	**ap = arrayp;
	size_t	  cap = *capp;

	if (n <= cap)
		return;
	if (cap < 16)
		cap = 16;
	while (cap < n) {
		if (cap > SIZE_MAX / 2)
			fatal("allocation overflow");
		cap *= 2;
	}
	*ap = xreallocarray(*ap, cap, sz);
	*capp = cap;
}
