/*
 * coverlist.c — the rows of the coverage list (coverlist.h).
 *
 * The quotations and paraphrases that name a proposal are sorted once
 * by proposal number and report offset; each proposal then finds its
 * own with a binary search, so that no proposal scans every quotation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverlist.h"
#include "doc.h"
#include "quote.h"
#include "quotelist.h"
#include "xmalloc.h"

/* A quotation or paraphrase under a proposal. */
struct coverlist_ref {
	int	prop;		/* proposal number */
	size_t	off;		/* report offset */
	int	kind;		/* LIST_QUOTE or LIST_PARAPHRASE */
	size_t	item;
};

enum role
coverlist_role(enum coverage c)
{
	switch (c) {
	case COVER_QUOTED:
		return ROLE_EXACT;
	case COVER_QUOTED_ALTERED:
		return ROLE_ALTERED;
	case COVER_PARAPHRASED:
		return ROLE_PARAPHRASE;
	default:
		return ROLE_NOT_FOUND;
	}
}

static int
coverlist_cmp(const void *a, const void *b)
{
	const struct coverlist_ref	*x = a, *y = b;

	if (x->prop != y->prop)
		return x->prop < y->prop ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

/* Every quotation and paraphrase with a proposal, sorted; *n of them. */
static struct coverlist_ref *
coverlist_refs(const struct model *m, size_t *n)
{
	struct coverlist_ref	*refs;
	size_t			 i, k = 0;
	int			 prop;

	refs = xreallocarray(NULL, m->nquotes + m->nparas + 1,
	    sizeof(*refs));
	for (i = 0; i < m->nquotes; i++)
		if ((prop = quote_proposal(m, &m->quotes[i])) > 0)
			refs[k++] = (struct coverlist_ref){ prop,
			    quote_outer(&m->quotes[i]).off, LIST_QUOTE, i };
	for (i = 0; i < m->nparas; i++)
		if (m->paras[i].proposal > 0)
			refs[k++] = (struct coverlist_ref){
			    m->paras[i].proposal, m->paras[i].rep.off,
			    LIST_PARAPHRASE, i };
	qsort(refs, k, sizeof(*refs), coverlist_cmp);
	*n = k;
	return refs;
}

/* The first of refs[0..n) of proposal number p, or n. */
static size_t
coverlist_first(const struct coverlist_ref *refs, size_t n, int p)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (refs[mid].prop < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
coverlist_paraphrase(struct listview *lv, const struct quotelist_cols *c,
    const struct model *m, size_t i)
{
	const struct paraphrase	*p = &m->paras[i];
	struct listview_row	*r;
	char			 pos[64], b[256];
	size_t			 line, col;
	int			 n;

	doc_position(&m->rep, p->rep.off, &line, &col);
	snprintf(pos, sizeof(pos), "%zu:%zu", line, col);
	r = listview_add(lv, COVERLIST_INDENT, LIST_PARAPHRASE, i, 0);
	n = snprintf(b, sizeof(b), "%*s  %-*s  %4s  %-4d  %-*s  ", c->num,
	    "-", QUOTELIST_VERDICT, "paraphrase", "", p->proposal, c->pos,
	    pos);
	if (n > 0)
		listview_run(r, b, (size_t)n < sizeof(b) ? (size_t)n :
		    sizeof(b) - 1, ROLE_PARAPHRASE);
	quotelist_words(r, m->rep.text + p->rep.off, p->rep.len,
	    ROLE_PARAPHRASE);
}

static void
coverlist_proposal(struct listview *lv, const struct model *m, size_t i,
    int numw)
{
	const struct proposal	*pr = &m->stmt->props[i];
	enum coverage		 cov = m->coverage != NULL ? m->coverage[i] :
				    COVER_NOT_COVERED;
	struct listview_row	*r;
	char			 b[128];
	int			 n;

	r = listview_add(lv, 0, LIST_PROPOSAL, i, 0);
	n = snprintf(b, sizeof(b), "%*d  %-14s  ", numw, pr->number,
	    coverage_name(cov));
	if (n > 0)
		listview_run(r, b, (size_t)n < sizeof(b) ? (size_t)n :
		    sizeof(b) - 1, coverlist_role(cov));
	quotelist_words(r, m->stmt->text + pr->span.off, pr->span.len,
	    ROLE_PLAIN);
}

void
coverlist_build(struct listview *lv, const struct model *m)
{
	const struct doc	*d = m->stmt;
	struct coverlist_ref	*refs;
	struct quotelist_cols	 c;
	struct listview_row	*r;
	char			 b[128];
	size_t			 n, i, k;
	int			 numw = 1, w;

	snprintf(b, sizeof(b), "Coverage of %zu %s", d->nprops,
	    d->nprops == 1 ? "proposal" : "proposals");
	listview_init(lv, b, "Enter go  q back");
	lv->count = false;
	for (i = 0; i < d->nprops; i++) {
		w = snprintf(b, sizeof(b), "%d", d->props[i].number);
		if (w > numw)
			numw = w;
	}
	snprintf(b, sizeof(b), "%*s  %-14s  %s", numw, "#", "coverage",
	    "proposal, and what covers it");
	listview_set_header(lv, b);
	quotelist_measure(m, &c);
	refs = coverlist_refs(m, &n);
	for (i = 0; i < d->nprops; i++) {
		coverlist_proposal(lv, m, i, numw);
		/* Bounded by the refs of this proposal's number. */
		for (k = coverlist_first(refs, n, d->props[i].number);
		    k < n && refs[k].prop == d->props[i].number; k++) {
			if (refs[k].kind == LIST_PARAPHRASE) {
				coverlist_paraphrase(lv, &c, m, refs[k].item);
				continue;
			}
			r = listview_add(lv, COVERLIST_INDENT, LIST_QUOTE,
			    refs[k].item, 0);
			quotelist_columns(r, &c, m, &m->quotes[refs[k].item]);
		}
	}
	free(refs);
}
