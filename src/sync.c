/*
 * sync.c — where synchronised scrolling puts the other pane (sync.h).
 *
 * The anchors are the matched pairs, quotation to source span and
 * paraphrase to source sentence, sorted by their report offset.  A
 * report that reorders its sources would make the mapping go back and
 * forth; the longest subsequence whose statement offsets do not
 * decrease is kept (patience sorting, O(n log n)), and the rest are
 * skipped.  Both offset columns then never decrease, so a binary search
 * on either finds the anchors around a top line without laying out
 * anything: anchor k is on or above line top exactly when it starts
 * before line top + 1 does.  Only those two anchors are measured in
 * lines, each a binary search of its layout (layout_line_of).
 */
#include <stdint.h>
#include <stdlib.h>

#include "sync.h"
#include "xmalloc.h"

static int
sync_cmp(const void *a, const void *b)
{
	const struct sync_anchor	*x = a, *y = b;
	int				 r = DOC_REPORT, s = DOC_STATEMENT;

	if (x->off[r] != y->off[r])
		return x->off[r] < y->off[r] ? -1 : 1;
	return (x->off[s] > y->off[s]) - (x->off[s] < y->off[s]);
}

/* Keep the longest run of a[0..n) whose statement offsets do not decrease. */
static size_t
sync_monotone(struct sync_anchor *a, size_t n)
{
	size_t	*tail, *prev, len = 0, i, lo, hi, mid, k;
	struct sync_anchor *keep;

	if (n == 0)
		return 0;
	tail = xreallocarray(NULL, n, sizeof(*tail));	/* index ending a run */
	prev = xreallocarray(NULL, n, sizeof(*prev));	/* of length slot + 1 */
	for (i = 0; i < n; i++) {
		/* The first run whose last offset is above this one's. */
		lo = 0;
		hi = len;
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (a[tail[mid]].off[DOC_STATEMENT] <=
			    a[i].off[DOC_STATEMENT])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? tail[lo - 1] : SIZE_MAX;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	keep = xreallocarray(NULL, len, sizeof(*keep));
	for (k = len, i = tail[len - 1]; k > 0; i = prev[i])
		keep[--k] = a[i];
	for (k = 0; k < len; k++)
		a[k] = keep[k];
	free(keep);
	free(tail);
	free(prev);
	return len;
}

struct sync *
sync_new(const struct model *m)
{
	struct sync		*s = xcalloc(1, sizeof(*s));
	const struct quote	*q;
	size_t			 i, n = 0;

	s->a = xreallocarray(NULL, m->nquotes + m->nparas + 1,
	    sizeof(*s->a));
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		if (q->verdict == VERDICT_NOT_FOUND || q->src.len == 0)
			continue;
		s->a[n].off[DOC_STATEMENT] = q->src.off;
		s->a[n++].off[DOC_REPORT] = quote_outer(q).off;
	}
	for (i = 0; i < m->nparas; i++) {
		if (m->paras[i].src.len == 0)
			continue;
		s->a[n].off[DOC_STATEMENT] = m->paras[i].src.off;
		s->a[n++].off[DOC_REPORT] = m->paras[i].rep.off;
	}
	qsort(s->a, n, sizeof(*s->a), sync_cmp);
	s->n = sync_monotone(s->a, n);
	return s;
}

void
sync_free(struct sync *s)
{
	if (s == NULL)
		return;
	free(s->a);
	free(s);
}

/* The line of byte off in l, laid out as far as that. */
static size_t
sync_line(struct layout *l, size_t off)
{
	layout_extend(l, off, 0);
	return layout_line_of(l, off);
}

/* Anchors starting before byte lim of document side. */
static size_t
sync_before(const struct sync *s, int side, size_t lim)
{
	size_t	lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->a[mid].off[side] < lim)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool
sync_top(const struct sync *s, enum doc_kind side, struct layout *from,
    size_t top, struct layout *to, size_t *out)
{
	int		 other = side == DOC_STATEMENT ? DOC_REPORT : DOC_STATEMENT;
	size_t		 k, lim, r0, r1, s0, s1;

	if (s->n == 0)
		return false;
	layout_extend(from, 0, top + 2);
	if (from->nlines == 0)
		return false;
	if (top >= from->nlines)
		top = from->nlines - 1;
	lim = top + 1 < from->nlines ? from->lines[top + 1].off : SIZE_MAX;
	/* Anchors 0..k-1 are on lines up to top, the rest below it. */
	k = sync_before(s, side, lim);
	if (k == 0) {
		r0 = sync_line(from, s->a[0].off[side]);
		s0 = sync_line(to, s->a[0].off[other]);
		*out = s0 > r0 - top ? s0 - (r0 - top) : 0;
		return true;
	}
	r0 = sync_line(from, s->a[k - 1].off[side]);
	s0 = sync_line(to, s->a[k - 1].off[other]);
	if (k == s->n) {
		*out = s0 + (top - r0);
		return true;
	}
	/* r0 <= top < r1, and s0 <= s1: the offsets never decrease. */
	r1 = sync_line(from, s->a[k].off[side]);
	s1 = sync_line(to, s->a[k].off[other]);
	*out = s0 + (size_t)((uint64_t)(top - r0) * (s1 - s0) / (r1 - r0));
	return true;
}
