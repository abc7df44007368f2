/*
 * offset.h — the one binary search over arrays kept in byte-offset
 * order (lines, words, matches, proposals).  An element is size bytes
 * and holds its byte offset, a size_t, at byte field of itself (use
 * offsetof); the offsets do not decrease from one element to the next.
 * O(log n) probes.
 */
#ifndef QC_OFFSET_H
#define QC_OFFSET_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "model.h"

/* The offset of element i. */
static inline size_t
offset_of(const void *base, size_t size, size_t field, size_t i)
{
	size_t	off;

	memcpy(&off, (const char *)base + i * size + field, sizeof(off));
	return off;
}

/*
 * How many of the n elements have an offset of at most off (below:
 * less than off, when strict); that is, the index of the first one
 * that does not.
 */
static inline size_t
offset_count(const void *base, size_t n, size_t size, size_t field,
    size_t off, bool strict)
{
	size_t	lo = 0, hi = n, mid, k;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		k = offset_of(base, size, field, mid);
		if (k < off || (!strict && k == off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The same over spans that do not overlap: the struct span (model.h)
 * is at byte field.  How many end at or before off; that is, the index
 * of the first one ending after off.
 */
static inline size_t
offset_spans_ended(const void *base, size_t n, size_t size, size_t field,
    size_t off)
{
	struct span	sp;
	size_t		lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		memcpy(&sp, (const char *)base + mid * size + field,
		    sizeof(sp));
		if (sp.off + sp.len <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The same over spans in the order they start: the struct span is at
 * byte field.  How many start at or before off (before off, when
 * strict).
 */
static inline size_t
offset_spans_started(const void *base, size_t n, size_t size, size_t field,
    size_t off, bool strict)
{
	struct span	sp;
	size_t		lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		memcpy(&sp, (const char *)base + mid * size + field,
		    sizeof(sp));
		if (sp.off < off || (!strict && sp.off == off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

#endif
