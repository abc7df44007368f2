/*
 * quotelist.c — the rows of the quotation list (quotelist.h).
 *
 * Columns are padded to the widest value of the model, so that every
 * row lines up; they are ASCII but for the opening words, which are
 * the document's own bytes (drawn through display.h by render.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "display.h"
#include "layout.h"
#include "quote.h"
#include "quotelist.h"
#include "xmalloc.h"

static void
quotelist_pos(const struct model *m, const struct quote *q, char *b,
    size_t size)
{
	uint32_t	line, col;

	quote_position(m, q, &line, &col);
	snprintf(b, size, "%zu:%zu", (size_t)line, (size_t)col);
}

void
quotelist_measure(const struct model *m, struct quotelist_cols *w)
{
	char	b[64];
	size_t	i;
	int	n;

	n = snprintf(b, sizeof(b), "%zu", m->nquotes);
	w->num = n > 1 ? n : 1;
	w->pos = (int)strlen("report");
	for (i = 0; i < m->nquotes; i++) {
		quotelist_pos(m, &m->quotes[i], b, sizeof(b));
		if ((int)strlen(b) > w->pos)
			w->pos = (int)strlen(b);
	}
}

void
quotelist_header(const struct quotelist_cols *w, char *buf, size_t size)
{
	snprintf(buf, size, "%*s  %-*s  %4s  %-4s  %-*s  %s", w->num, "#",
	    QUOTELIST_VERDICT, "verdict", "sim", "prop", w->pos, "report",
	    "opening words");
}

void
quotelist_words(struct listview_row *r, const char *s, size_t n,
    enum role role)
{
	struct glyph	 g;
	char		*b = xmalloc(n + 1);
	size_t		 pos = 0, k, len = 0;
	int		 col = 0;
	bool		 blank = false;

	/* Bounded by n, and stops after QUOTELIST_WORDS cells. */
	while (pos < n && col < QUOTELIST_WORDS) {
		k = display_next(s + pos, n - pos, col, false, &g);
		if (g.kind == GLYPH_SPACE || g.kind == GLYPH_NEWLINE) {
			blank = len > 0;
			pos += k;
			continue;
		}
		if (blank) {
			b[len++] = ' ';
			col++;
			blank = false;
		}
		memcpy(b + len, s + pos, k);
		len += k;
		col += g.width;
		pos += k;
	}
	listview_run(r, b, len, role);
	free(b);
}

/* The warnings, as the sidebar names them: "[hidden characters] ". */
static void
quotelist_warnings(struct listview_row *r, unsigned w)
{
	const char	*name;
	char		 b[DESCRIBE_MAX];
	size_t		 n = 0;

	/* Bounded by the bits of w, each cleared as it is named. */
	while ((name = describe_warning(&w)) != NULL && n < sizeof(b))
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s%s",
		    n == 0 ? "[" : ", ", name);
	if (n == 0 || n + 2 >= sizeof(b))
		return;
	snprintf(b + n, sizeof(b) - n, "] ");
	listview_run(r, b, n + 2, ROLE_ESCAPE);
}

void
quotelist_columns(struct listview_row *r, const struct quotelist_cols *w,
    const struct model *m, const struct quote *q)
{
	char			 pos[64], prop[16], b[256];
	enum role		 role = layout_verdict_role(q->verdict);
	int			 n, pn;

	quotelist_pos(m, q, pos, sizeof(pos));
	if ((pn = quote_proposal(m, q)) > 0)
		snprintf(prop, sizeof(prop), "%d", pn);
	else
		snprintf(prop, sizeof(prop), "-");
	n = snprintf(b, sizeof(b), "%*zu  %-*s  %3u%%  %-4s  %-*s  ", w->num,
	    (size_t)quote_id(m, q), QUOTELIST_VERDICT,
	    describe_verdict(q->verdict),
	    describe_percent(quote_similarity(q)), prop, w->pos, pos);
	if (n > 0)
		listview_run(r, b, (size_t)n < sizeof(b) ? (size_t)n :
		    sizeof(b) - 1, role);
	quotelist_warnings(r, q->warnings);
	quotelist_words(r, m->rep.text + q->text.off, q->text.len, role);
}

void
quotelist_build(struct listview *lv, const struct model *m)
{
	const struct quote	*q;
	struct listview_row	*r;
	struct quotelist_cols	 c;
	char			 b[256];
	size_t			 i;

	listview_init(lv, "Quotations", "Enter go  ! not exact  q back");
	quotelist_measure(m, &c);
	quotelist_header(&c, b, sizeof(b));
	listview_set_header(lv, b);
	listview_filter(lv, "altered and not found", QUOTELIST_PROBLEM);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		r = listview_add(lv, 0, LIST_QUOTE, i,
		    q->verdict != VERDICT_EXACT ? QUOTELIST_PROBLEM : 0);
		quotelist_columns(r, &c, m, q);
	}
}
