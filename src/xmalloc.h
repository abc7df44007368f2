/* xmalloc.h — allocation that never returns NULL: failure is fatal(). */
#ifndef QC_XMALLOC_H
#define QC_XMALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* Grow *arrayp (of *capp elements of size sz) to hold at least n. */
void	 xgrow(void *arrayp, size_t *capp, size_t n, size_t sz);

#endif
