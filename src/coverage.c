/*
 * coverage.c — each proposal's coverage, from the quotations' sources
 * and the paraphrased statement sentences.  A binary search (offset.h)
 * finds the first proposal a span overlaps; proposals are in text order
 * and do not overlap.
 */
#include <stddef.h>
#include <stdlib.h>

#include "coverage.h"
#include "model.h"
#include "offset.h"
#include "xmalloc.h"

/* Raise the coverage of every proposal that span overlaps to c. */
static void
coverage_span(struct model *m, struct span sp, enum coverage c)
{
	const struct proposal	*pr = m->stmt->props;
	size_t			 lo;

	lo = offset_spans_ended(pr, m->stmt->nprops, sizeof(*pr),
	    offsetof(struct proposal, span), sp.off);
	for (; lo < m->stmt->nprops && pr[lo].span.off < sp.off + sp.len; lo++)
		if (m->coverage[lo] < c)
			m->coverage[lo] = c;
}

void
coverage_fill(struct model *m)
{
	const struct quote	*q;
	size_t			 i;

	free(m->coverage);
	m->coverage = xcalloc(m->stmt->nprops, sizeof(*m->coverage));
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		if (q->verdict == VERDICT_EXACT)
			coverage_span(m, q->src, COVER_QUOTED);
		else if (q->verdict == VERDICT_ALTERED)
			coverage_span(m, q->src, COVER_QUOTED_ALTERED);
	}
	for (i = 0; i < m->nparas; i++)
		coverage_span(m, m->paras[i].src, COVER_PARAPHRASED);
}
