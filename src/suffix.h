/*
 * suffix.h — the statement's word positions sorted by the SUFFIX_DEPTH
 * words each starts (a suffix array cut at that depth), built once per
 * statement and then only read, so that a report's grams are counted
 * and placed without a scan of the statement.  Rows are indices into
 * the sorted order; positions are statement word indices.
 */
#ifndef QC_SUFFIX_H
#define QC_SUFFIX_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define SUFFIX_DEPTH	8	/* words a row is sorted by */

struct suffix {
	uint32_t	*pos;		/* position of each row */
	size_t		 n;		/* rows: the statement's words */
	uint32_t	*start;		/* first row of each first-word key */
	size_t		 nkeys;		/* the statement's keys: [0, nkeys) */
	uint32_t	*rmq;		/* per level, per block: row of min pos */
	size_t		 nblocks, nlevels;
	const struct word *words;	/* the statement's (borrowed) */
};

/* Sort the words of st (which must outlive it): O(SUFFIX_DEPTH x n). */
struct suffix	*suffix_build(const struct doc *st);
void		 suffix_free(struct suffix *);
/*
 * Narrow rows [*lo, *hi), whose positions start with the same d words
 * (d < SUFFIX_DEPTH; for d = 0 any range), to those whose word d has
 * key: O(log(*hi - *lo)).  Returns the rows left.
 */
size_t		 suffix_narrow(const struct suffix *, size_t d, uint32_t key,
		    uint32_t *lo, uint32_t *hi);
/*
 * The n (<= hi - lo) smallest positions of rows [lo, hi), ascending,
 * into out: O(n log n) whatever the range's size.
 */
void		 suffix_first(const struct suffix *, uint32_t lo, uint32_t hi,
		    size_t n, uint32_t *out);
/* Bytes the index holds. */
size_t		 suffix_bytes(const struct suffix *);

#endif
