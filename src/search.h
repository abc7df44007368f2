/*
 * search.h — find a pattern in a document as a reader means it: the
 * document and the pattern are folded alike (text_fold: NFKC, case,
 * quotation marks, dashes, white space), so that "putin's" finds
 * "Putin’s".  A document is folded once into an index that maps the
 * folded text back to the document; matches are byte spans of the
 * document.  No view and no terminal here: view.c keeps the pattern,
 * the matches and the current one, and scrolls to it.
 */
#ifndef QC_SEARCH_H
#define QC_SEARCH_H

#include <stddef.h>

#include "model.h"

/* The folded text of one document, with a map back to its bytes. */
struct search_index;

/* Fold text[0..len) (valid UTF-8) into a new index. */
struct search_index *search_index_new(const char *text, size_t len);
void		 search_index_free(struct search_index *);

/*
 * Every match of pattern (a NUL-terminated UTF-8 string, folded here)
 * in the indexed document, in text order and not overlapping, as byte
 * spans of the document.  *n gets their count; NULL when there are
 * none, as for a pattern that folds to nothing.
 */
struct span	*search_find(const struct search_index *, const char *pattern,
		    size_t *n);

/* Index of the first of the n matches ending after byte off, or n. */
size_t		 search_from(const struct span *, size_t n, size_t off);
/* Index of the first of the n matches starting at byte off or later. */
size_t		 search_at(const struct span *, size_t n, size_t off);

/*
 * Match index i (any value, once past either end) brought back into
 * [0, n) by wrapping round, n > 0.  *wrapped gets 1 when the search
 * went past the last match, -1 past the first, else 0.
 */
long		 search_wrap(long i, long n, int *wrapped);

#endif
