/*
 * side.c — the sidebar's content, as rows of styled runs (side.h).
 *
 * Each piece of text is wrapped on its own: at a space where there is
 * one within the width, else between glyphs, with continuation rows
 * indented two cells more when the row is wide enough to spare them.
 * When the rows run out, the rest is left out and the last row says so.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "display.h"
#include "doc.h"
#include "quote.h"
#include "side.h"
#include "xmalloc.h"

#define SIDE_OPENING	8	/* words of a closest passage shown */

/* The sidebar being written: rows so far, the width and height. */
struct side_pen {
	struct side	*sd;
	int		 w;
	size_t		 h;
	bool		 ascii;
	bool		 full;		/* no more rows, even if some are left */
};

static void
side_add_line(struct side_pen *pn, int indent, const char *s, size_t n,
    enum side_style st)
{
	struct side		*sd = pn->sd;
	struct side_line	*ln;

	sd->lines = xreallocarray(sd->lines, sd->nlines + 1,
	    sizeof(*sd->lines));
	ln = &sd->lines[sd->nlines++];
	ln->indent = indent;
	ln->runs = NULL;
	ln->nruns = 0;
	if (s == NULL)
		return;
	ln->runs = xmalloc(sizeof(*ln->runs));
	ln->runs[0].text = xstrndup(s, n);
	ln->runs[0].len = n;
	ln->runs[0].style = st;
	ln->nruns = 1;
}

/* Where a row of at most w cells of s[pos..n) should end. */
static size_t
side_wrap_point(const char *s, size_t pos, size_t n, int w, bool ascii)
{
	struct glyph	g;
	size_t		start = pos, space = 0, k = 1;
	int		col = 0;

	while (pos < n) {
		k = display_next(s + pos, n - pos, col, ascii, &g);
		if (g.kind == GLYPH_NEWLINE)
			return pos + k;
		if (col + g.width > w)
			break;
		col += g.width;
		pos += k;
		if (g.kind == GLYPH_SPACE)
			space = pos;
	}
	if (pos >= n)
		return n;
	if (space > start)
		return space;
	return pos > start ? pos : start + k;
}

/* s wrapped into rows from indent cells in; the rows it fills at most. */
static void
side_text(struct side_pen *pn, int indent, const char *s,
    enum side_style st)
{
	size_t	n = strlen(s), pos = 0, brk, end;
	int	ind = indent;

	while (pos < n) {
		if (pn->full || pn->sd->nlines >= pn->h || pn->w - ind < 1) {
			pn->sd->cut = true;
			return;
		}
		brk = side_wrap_point(s, pos, n, pn->w - ind, pn->ascii);
		/* The row does not end in the space or line end it broke at. */
		for (end = brk; end > pos &&
		    (s[end - 1] == ' ' || s[end - 1] == '\n'); end--)
			continue;
		side_add_line(pn, ind, s + pos, end - pos, st);
		for (pos = brk; pos < n && (s[pos] == ' ' || s[pos] == '\n');
		    pos++)
			continue;
		if (pn->w - indent > 12)
			ind = indent + 2;
	}
}

static void
side_head(struct side_pen *pn, const char *s)
{
	/* A heading on the last row would have nothing under it. */
	if (pn->sd->nlines + 1 == pn->h)
		pn->full = true;
	side_text(pn, 0, s, SIDE_HEAD);
}

static void
side_blank(struct side_pen *pn)
{
	if (!pn->full && pn->sd->nlines < pn->h)
		side_add_line(pn, 0, NULL, 0, SIDE_TEXT);
}

/* The strings joined, in a new string; the list ends with NULL. */
static char *
side_cat(const char *s, ...)
{
	va_list		 ap;
	const char	*p;
	size_t		 n = 0, k;
	char		*r;

	va_start(ap, s);
	for (p = s; p != NULL; p = va_arg(ap, const char *))
		n += strlen(p);
	va_end(ap);
	r = xmalloc(n + 1);
	n = 0;
	va_start(ap, s);
	for (p = s; p != NULL; p = va_arg(ap, const char *)) {
		k = strlen(p);
		memcpy(r + n, p, k);
		n += k;
	}
	va_end(ap);
	r[n] = '\0';
	return r;
}

static void
side_field(struct side_pen *pn, const char *key, const char *value)
{
	char	*s;

	if (value == NULL || *value == '\0')
		return;
	s = side_cat(key, ": ", value, (char *)NULL);
	side_text(pn, 1, s, SIDE_TEXT);
	free(s);
}

static char *
side_span(const struct doc *d, const struct span *sp)
{
	return xstrndup(d->text + sp->off, sp->len);
}

/* A change as --check words it: op: "statement" → "report". */
static void
side_change(struct side_pen *pn, const struct model *m, const char *op,
    const struct span *src, const struct span *rep)
{
	const char	*arrow = describe_arrow(pn->ascii);
	char		*a, *b, *s;

	a = src->len > 0 ? side_span(m->stmt, src) : NULL;
	b = rep->len > 0 ? side_span(&m->rep, rep) : NULL;
	s = side_cat(op != NULL ? op : "", op != NULL ? ": " : "",
	    a != NULL ? "\"" : "", a != NULL ? a : "", a != NULL ? "\"" : "",
	    a != NULL && b != NULL ? arrow : "",
	    b != NULL ? "\"" : "", b != NULL ? b : "", b != NULL ? "\"" : "",
	    (char *)NULL);
	side_text(pn, 1, s, SIDE_TEXT);
	free(a);
	free(b);
	free(s);
}

static void
side_changes(struct side_pen *pn, const struct model *m,
    const struct quote *q)
{
	const struct change	*c;
	size_t			 i;

	if (quote_nchanges(q) > 0)
		side_text(pn, 0, "Changes", SIDE_HEAD);
	for (i = 0; i < quote_nchanges(q); i++) {
		c = &quote_changes(q)[i];
		side_change(pn, m, change_op_name(c->op), &c->src, &c->rep);
	}
	if (quote_ntypos(q) > 0)
		side_text(pn, 0, "Typography (not a change)", SIDE_HEAD);
	for (i = 0; i < quote_ntypos(q); i++)
		side_change(pn, m, NULL, &quote_typos(q)[i].src, &quote_typos(q)[i].rep);
}

static enum side_style
side_verdict_style(enum verdict v)
{
	switch (v) {
	case VERDICT_EXACT:
		return SIDE_EXACT;
	case VERDICT_ALTERED:
		return SIDE_ALTERED;
	default:
		return SIDE_NOT_FOUND;
	}
}

/*
 * For a quotation not found, the closest passage as --check words it,
 * and its first SIDE_OPENING words (Enter goes there).
 */
static void
side_closest(struct side_pen *pn, const struct model *m,
    const struct quote *q)
{
	const struct span	*sp = &quote_closest(q)->src;
	const char		*t = m->stmt->text + sp->off;
	char			 b[DESCRIBE_MAX], *s, *open;
	size_t			 n, words = 0;

	describe_closest(q, b, sizeof(b));
	if (*b == '\0')
		return;
	side_text(pn, 1, b, SIDE_TEXT);
	if (sp->len == 0)
		return;
	/* Bounded by the passage, and cut at its SIDE_OPENING-th space. */
	for (n = 0; n < sp->len; n++)
		if ((t[n] == ' ' || t[n] == '\n') && n > 0 &&
		    t[n - 1] != ' ' && t[n - 1] != '\n' &&
		    ++words == SIDE_OPENING)
			break;
	open = xstrndup(t, n);
	s = side_cat("\"", open, n < sp->len ? (pn->ascii ? " ..." :
	    " \u2026") : "", "\"", (char *)NULL);
	side_text(pn, 2, s, SIDE_TEXT);
	free(open);
	free(s);
}

static void
side_quote(struct side_pen *pn, const struct model *m, const struct quote *q)
{
	char		 b[DESCRIBE_MAX];
	const char	*w;
	unsigned	 warn = q->warnings;
	uint32_t	 line, col;

	snprintf(b, sizeof(b), "Quotation %zu of %zu",
	    (size_t)quote_id(m, q), m->nquotes);
	side_head(pn, b);
	snprintf(b, sizeof(b), "%s, %u%%", describe_verdict(q->verdict),
	    describe_percent(quote_similarity(q)));
	side_text(pn, 1, b, side_verdict_style(q->verdict));
	quote_position(m, q, &line, &col);
	snprintf(b, sizeof(b), "report %zu:%zu", (size_t)line, (size_t)col);
	side_text(pn, 1, b, SIDE_TEXT);
	describe_source(m, q, b, sizeof(b));
	side_text(pn, 1, b, SIDE_TEXT);
	side_closest(pn, m, q);
	while ((w = describe_warning(&warn)) != NULL) {
		snprintf(b, sizeof(b), "warning: %s", w);
		side_text(pn, 1, b, SIDE_WARNING);
	}
	side_changes(pn, m, q);
	side_blank(pn);
}

/* The shared words as the report writes them: "cyber, security, ...". */
static char *
side_shared_words(const struct model *m, const struct paraphrase *pp)
{
	size_t			 i, n = 0, len;
	char			*s;

	/* Bounded by the sentence: each of its words once at most. */
	for (i = 0; i < pp->nshared; i++)
		n += doc_word_len(&m->rep, pp->shared[i]) + 2;
	s = xmalloc(n + 1);
	for (n = 0, i = 0; i < pp->nshared; i++) {
		len = doc_word_len(&m->rep, pp->shared[i]);
		if (i > 0) {
			memcpy(s + n, ", ", 2);
			n += 2;
		}
		memcpy(s + n,
		    m->rep.text + doc_word_off(&m->rep, pp->shared[i]), len);
		n += len;
	}
	s[n] = '\0';
	return s;
}

static void
side_para(struct side_pen *pn, const struct model *m,
    const struct paraphrase *pp)
{
	char	 b[DESCRIBE_MAX], *s;
	size_t	 line, col;

	snprintf(b, sizeof(b), "Paraphrase %zu of %zu",
	    (size_t)(pp - m->paras) + 1, m->nparas);
	side_head(pn, b);
	describe_shared(pp, b, sizeof(b));
	side_text(pn, 1, b, SIDE_PARAPHRASED);
	doc_position(&m->rep, pp->rep.off, &line, &col);
	snprintf(b, sizeof(b), "report %zu:%zu", line, col);
	side_text(pn, 1, b, SIDE_TEXT);
	describe_para_source(m, pp, b, sizeof(b));
	side_text(pn, 1, b, SIDE_TEXT);
	if (pp->nshared > 0) {
		side_text(pn, 0, "Shared words", SIDE_HEAD);
		s = side_shared_words(m, pp);
		side_text(pn, 1, s, SIDE_TEXT);
		free(s);
	}
	side_blank(pn);
}

static enum side_style
side_coverage_style(enum coverage c)
{
	switch (c) {
	case COVER_QUOTED:
		return SIDE_EXACT;
	case COVER_QUOTED_ALTERED:
		return SIDE_ALTERED;
	case COVER_PARAPHRASED:
		return SIDE_PARAPHRASED;
	default:
		return SIDE_NOT_FOUND;
	}
}

static void
side_summary(struct side_pen *pn, const struct model *m)
{
	char	b[DESCRIBE_MAX];
	size_t	i;

	side_head(pn, "Summary");
	describe_counts(m, b, sizeof(b));
	side_text(pn, 1, b, SIDE_TEXT);
	for (i = 0; i < m->stmt->nprops && m->coverage != NULL; i++) {
		snprintf(b, sizeof(b), "proposal %d: %s",
		    m->stmt->props[i].number, coverage_name(m->coverage[i]));
		side_text(pn, 1, b, side_coverage_style(m->coverage[i]));
	}
	/* What loading repaired or found: hidden characters and the like. */
	for (i = 0; i < m->nnotes; i++)
		side_text(pn, 1, m->notes[i], SIDE_WARNING);
	side_blank(pn);
}

static void
side_meta(struct side_pen *pn, const struct doc *d)
{
	const struct meta_entry	*e;
	size_t			 i, j;
	char			*s, *t;

	for (i = 0; i < d->nmeta; i++) {
		e = &d->meta[i];
		s = xstrdup("");
		for (j = 0; j < e->nvalues; j++) {
			t = side_cat(s, j > 0 ? "; " : "", e->values[j],
			    (char *)NULL);
			free(s);
			s = t;
		}
		side_field(pn, e->key, s);
		free(s);
	}
}

static void
side_docs(struct side_pen *pn, const struct model *m)
{
	side_head(pn, "Statement");
	if (m->stmt->title != NULL)
		side_text(pn, 1, m->stmt->title, SIDE_META);
	side_field(pn, "Date", m->stmt->date);
	side_field(pn, "Time", m->stmt->time);
	side_meta(pn, m->stmt);
	side_blank(pn);
	side_head(pn, "Report");
	if (m->rep.headline != NULL)
		side_text(pn, 1, m->rep.headline, SIDE_META);
	side_field(pn, "Outlet", m->rep.outlet);
	side_field(pn, "Dateline", m->rep.dateline);
	side_meta(pn, &m->rep);
}

static void
side_line_free(struct side_line *ln)
{
	size_t	i;

	for (i = 0; i < ln->nruns; i++)
		free(ln->runs[i].text);
	free(ln->runs);
	ln->runs = NULL;
	ln->nruns = 0;
}

/*
 * Text was left out: a row says so, the last one in place of what it
 * held when all rows are used; else the row after the last (a text cut
 * for its width leaves rows free, which are not padded out: h can be
 * the whole sidebar's, huge).
 */
static void
side_mark_cut(struct side_pen *pn)
{
	const char	*more = pn->ascii ? "... (more)" : "\xe2\x80\xa6 (more)";
	struct side	*sd = pn->sd;

	if (sd->nlines >= pn->h)
		side_line_free(&sd->lines[--sd->nlines]);
	side_add_line(pn, 0, more, strlen(more), SIDE_MORE);
}

/* The sidebar for q or pp (at most one of them), then the rest. */
static void
side_fill(struct side *sd, const struct model *m, const struct quote *q,
    const struct paraphrase *pp, int w, int h, bool ascii)
{
	struct side_pen	pn;

	memset(sd, 0, sizeof(*sd));
	if (w < 1 || h < 1)
		return;
	pn.sd = sd;
	pn.w = w;
	pn.h = (size_t)h;
	pn.ascii = ascii;
	pn.full = false;
	if (q != NULL)
		side_quote(&pn, m, q);
	else if (pp != NULL)
		side_para(&pn, m, pp);
	side_summary(&pn, m);
	side_docs(&pn, m);
	if (sd->cut)
		side_mark_cut(&pn);
}

void
side_build(struct side *sd, const struct model *m, const struct quote *q,
    int w, int h, bool ascii)
{
	side_fill(sd, m, q, NULL, w, h, ascii);
}

void
side_build_para(struct side *sd, const struct model *m,
    const struct paraphrase *pp, int w, int h, bool ascii)
{
	side_fill(sd, m, NULL, pp, w, h, ascii);
}

void
side_free(struct side *sd)
{
	size_t	i;

	for (i = 0; i < sd->nlines; i++)
		side_line_free(&sd->lines[i]);
	free(sd->lines);
	memset(sd, 0, sizeof(*sd));
}
