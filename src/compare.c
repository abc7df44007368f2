/*
 * compare.c — group the quotations and paraphrases of many reports by
 * the statement passage they come from.
 *
 * Every source span (of a quotation found in the statement, or of a
 * paraphrase) is an interval of statement bytes.  Sorted by start, the
 * intervals are merged wherever they overlap: each merged run is one
 * passage.  Each use is then placed in its passage by binary search.
 * O(u log u) for u uses in all, whatever the statement's size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "display.h"
#include "doc.h"
#include "xmalloc.h"

static int
compare_span_cmp(const void *a, const void *b)
{
	const struct span	*x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return 0;
}

static bool
compare_quote_placed(const struct quote *q)
{
	return q->verdict != VERDICT_NOT_FOUND && q->src.len > 0;
}

/* Every source span of every report, sorted; *n gets the count. */
static struct span *
compare_spans(const struct compare *c, size_t *n)
{
	const struct model	*m;
	struct span		*v;
	size_t			 i, k, total = 0, at = 0;

	for (i = 0; i < c->nreps; i++)
		total += c->reps[i]->nquotes + c->reps[i]->nparas;
	v = xreallocarray(NULL, total + 1, sizeof(*v));
	for (i = 0; i < c->nreps; i++) {
		m = c->reps[i];
		for (k = 0; k < m->nquotes; k++)
			if (compare_quote_placed(&m->quotes[k]))
				v[at++] = m->quotes[k].src;
		for (k = 0; k < m->nparas; k++)
			if (m->paras[k].src.len > 0)
				v[at++] = m->paras[k].src;
	}
	qsort(v, at, sizeof(*v), compare_span_cmp);
	*n = at;
	return v;
}

/* Merge the sorted spans into passages. */
static void
compare_passages(struct compare *c)
{
	struct cmp_passage	*p;
	struct span		*v;
	size_t			 n, i, end;

	v = compare_spans(c, &n);
	c->passages = xreallocarray(NULL, n + 1, sizeof(*c->passages));
	for (i = 0; i < n; i++) {
		end = v[i].off + v[i].len;
		p = c->npassages > 0 ? &c->passages[c->npassages - 1] : NULL;
		if (p != NULL && v[i].off < p->src.off + p->src.len) {
			if (end > p->src.off + p->src.len)
				p->src.len = end - p->src.off;
			continue;
		}
		p = &c->passages[c->npassages++];
		memset(p, 0, sizeof(*p));
		p->src = v[i];
	}
	free(v);
	for (i = 0; i < c->npassages; i++) {
		p = &c->passages[i];
		doc_position(c->stmt, p->src.off, &p->line, &p->col);
		p->proposal = doc_proposal_at(c->stmt, p->src.off);
		p->cells = xcalloc(c->nreps, sizeof(*p->cells));
	}
}

long
compare_passage_at(const struct compare *c, size_t off)
{
	size_t	 lo = 0, hi = c->npassages, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->passages[mid].src.off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	if (off >= c->passages[lo - 1].src.off + c->passages[lo - 1].src.len)
		return -1;
	return (long)lo - 1;
}

static void
compare_mark(struct cmp_cell *cell, enum cmp_mark mark)
{
	if (mark > cell->mark)
		cell->mark = mark;
}

static void
compare_place_quote(struct compare *c, size_t r, const struct quote *q)
{
	struct cmp_invented	*inv;
	struct cmp_cell		*cell;
	long			 p;

	if (!compare_quote_placed(q) ||
	    (p = compare_passage_at(c, q->src.off)) < 0) {
		c->invented = xreallocarray(c->invented, c->ninvented + 1,
		    sizeof(*c->invented));
		inv = &c->invented[c->ninvented++];
		inv->report = r;
		inv->quote = quote_id(c->reps[r], q);
		return;
	}
	cell = &c->passages[p].cells[r];
	cell->quotes = xreallocarray(cell->quotes, cell->nquotes + 1,
	    sizeof(*cell->quotes));
	cell->quotes[cell->nquotes++] = quote_id(c->reps[r], q);
	compare_mark(cell, q->verdict == VERDICT_EXACT ? CMP_EXACT :
	    CMP_ALTERED);
}

static void
compare_place(struct compare *c, size_t r)
{
	const struct model	*m = c->reps[r];
	struct cmp_cell		*cell;
	size_t			 k;
	long			 p;

	for (k = 0; k < m->nquotes; k++)
		compare_place_quote(c, r, &m->quotes[k]);
	for (k = 0; k < m->nparas; k++) {
		if (m->paras[k].src.len == 0 ||
		    (p = compare_passage_at(c, m->paras[k].src.off)) < 0)
			continue;
		cell = &c->passages[p].cells[r];
		cell->nparas++;
		compare_mark(cell, CMP_PARAPHRASED);
	}
}

/* Outlet from the dateline, else headline, else the file's name. */
const char *
compare_name_of(const struct model *m)
{
	const char	*slash;

	if (m->rep.outlet != NULL && *m->rep.outlet != '\0')
		return m->rep.outlet;
	if (m->rep.headline != NULL && *m->rep.headline != '\0')
		return m->rep.headline;
	slash = strrchr(m->rep.path, '/');
	return slash != NULL && slash[1] != '\0' ? slash + 1 : m->rep.path;
}

/*
 * The first word of name, at most CMP_ABBREV_CELLS cells of whole
 * glyphs (raw bytes: printing sanitises them).
 */
static char *
compare_abbrev_of(const char *name)
{
	struct glyph	 g;
	size_t		 n = strlen(name), at = 0, used;
	int		 cells = 0;

	while (at < n) {
		used = display_next(name + at, n - at, cells, false, &g);
		if (g.kind == GLYPH_SPACE || g.kind == GLYPH_NEWLINE ||
		    cells + g.width > CMP_ABBREV_CELLS)
			break;
		cells += g.width;
		at += used;
	}
	return xstrndup(name, at);
}

static const char *const *compare_sort_keys;

static int
compare_key_cmp(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;
	int	 d;

	if ((d = strcmp(compare_sort_keys[x], compare_sort_keys[y])) != 0)
		return d;
	return x < y ? -1 : x > y;
}

/*
 * For each of the n keys, its place (from 1) among the keys equal to
 * it, in index order, or 0 when no other key is equal.  Sorting keeps
 * this O(n log n) for any number of reports.
 */
static size_t *
compare_dups(const char *const *keys, size_t n)
{
	size_t	*ix, *nth, i, k, j;

	ix = xreallocarray(NULL, n + 1, sizeof(*ix));
	nth = xcalloc(n + 1, sizeof(*nth));
	for (i = 0; i < n; i++)
		ix[i] = i;
	compare_sort_keys = keys;
	qsort(ix, n, sizeof(*ix), compare_key_cmp);
	for (i = 0; i < n; i = k) {
		for (k = i + 1; k < n && strcmp(keys[ix[k]], keys[ix[i]]) == 0;
		    k++)
			;
		for (j = i; k - i > 1 && j < k; j++)
			nth[ix[j]] = j - i + 1;
	}
	free(ix);
	return nth;
}

/* The first cut bytes of s and nth: "TASS (2)", or "TASS2" tight. */
static char *
compare_numbered(const char *s, size_t cut, bool tight, size_t nth)
{
	char	*out;
	int	 len;

	len = snprintf(NULL, 0, tight ? "%.*s%zu" : "%.*s (%zu)", (int)cut,
	    s, nth);
	out = xmalloc((size_t)len + 1);
	if (tight)
		snprintf(out, (size_t)len + 1, "%.*s%zu", (int)cut, s, nth);
	else
		snprintf(out, (size_t)len + 1, "%.*s (%zu)", (int)cut, s, nth);
	return out;
}

/* Cut an abbreviation so that "N" still fits, then append it. */
static char *
compare_abbrev_numbered(const char *ab, size_t nth)
{
	struct glyph	 g;
	size_t		 n = strlen(ab), at = 0, digits = 1, x;
	int		 cells = 0;

	for (x = nth; x >= 10; x /= 10)
		digits++;
	while (at < n) {
		display_next(ab + at, n - at, cells, false, &g);
		if (cells + g.width + digits > CMP_ABBREV_CELLS)
			break;
		cells += g.width;
		at += g.len;
	}
	return compare_numbered(ab, at, true, nth);
}

/* Names two reports share get " (1)", " (2)" ... in the order given. */
static void
compare_names(struct compare *c)
{
	const char	**base;
	size_t		 *nth, i;
	char		 *ab;

	base = xcalloc(c->nreps + 1, sizeof(*base));
	for (i = 0; i < c->nreps; i++)
		base[i] = compare_name_of(c->reps[i]);
	nth = compare_dups(base, c->nreps);
	c->names = xcalloc(c->nreps + 1, sizeof(*c->names));
	c->abbrevs = xcalloc(c->nreps + 1, sizeof(*c->abbrevs));
	for (i = 0; i < c->nreps; i++) {
		c->names[i] = nth[i] == 0 ? xstrdup(base[i]) :
		    compare_numbered(base[i], strlen(base[i]), false,
		    nth[i]);
		c->abbrevs[i] = compare_abbrev_of(base[i]);
	}
	free(nth);
	nth = compare_dups((const char *const *)c->abbrevs, c->nreps);
	for (i = 0; i < c->nreps; i++) {
		if (nth[i] == 0 && *c->abbrevs[i] != '\0')
			continue;
		ab = compare_abbrev_numbered(c->abbrevs[i],
		    nth[i] == 0 ? i + 1 : nth[i]);
		free(c->abbrevs[i]);
		c->abbrevs[i] = ab;
	}
	free(nth);
	free(base);
}

void
compare_build(struct compare *c, const struct model *const *reps, size_t n)
{
	size_t	 r, p, np;

	memset(c, 0, sizeof(*c));
	c->reps = xcalloc(n + 1, sizeof(*c->reps));
	memcpy(c->reps, reps, n * sizeof(*reps));
	c->nreps = n;
	if (n == 0)
		return;
	c->stmt = reps[0]->stmt;
	compare_names(c);
	compare_passages(c);
	for (r = 0; r < n; r++)
		compare_place(c, r);
	np = c->stmt->nprops;
	c->coverage = xcalloc(np * n + 1, sizeof(*c->coverage));
	for (r = 0; r < n; r++)
		for (p = 0; p < np && reps[r]->coverage != NULL; p++)
			c->coverage[p * n + r] = reps[r]->coverage[p];
}

void
compare_free(struct compare *c)
{
	size_t	 i, r;

	for (i = 0; i < c->npassages; i++) {
		for (r = 0; r < c->nreps; r++)
			free(c->passages[i].cells[r].quotes);
		free(c->passages[i].cells);
	}
	free(c->passages);
	for (r = 0; r < c->nreps && c->names != NULL; r++) {
		free(c->names[r]);
		free(c->abbrevs[r]);
	}
	free(c->names);
	free(c->abbrevs);
	free(c->coverage);
	free(c->invented);
	free(c->reps);
	memset(c, 0, sizeof(*c));
}

char
compare_mark_char(enum cmp_mark mark)
{
	static const char	 marks[] = { '.', 'p', '=', '~' };

	return mark <= CMP_ALTERED ? marks[mark] : '?';
}

const char *
compare_mark_name(enum cmp_mark mark)
{
	switch (mark) {
	case CMP_NOT_USED:
		return "not-used";
	case CMP_PARAPHRASED:
		return "paraphrased";
	case CMP_EXACT:
		return "exact";
	case CMP_ALTERED:
		return "altered";
	}
	return "unknown";
}
