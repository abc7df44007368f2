/*
 * view.c — the reader's state and what each action does to it.
 *
 * Each pane keeps its layout (rebuilt when its width changes) and the
 * layout line at its top, plus the byte offset of that line, so that a
 * resize or a re-wrap keeps the reader where they were.  Motions and
 * jumps stop at the last screenful, so a pane never shows more than
 * the end of its document; a jump to a quotation or a match keeps a
 * few lines of context above it (vim's scrolloff).  Layouts are laid
 * out as far as they are looked at, and the rest later (view_work), so
 * that a long document opens at once.
 *
 * The selection is a cursor that never leaves the screen, as in vim:
 * when a scroll takes the selected quotation out of the pane that
 * scrolled, it is no longer selected, and the selected proposal
 * becomes the one at the top of the statement pane (or none).  ] [ } {
 * step from the selection while it is on screen, else from the top of
 * the view.  A paraphrase is selected as a quotation is (p P), in its
 * place: at most one of the two is selected, and } { step from a
 * selected paraphrase as p P from a selected quotation.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "coverlist.h"
#include "describe.h"
#include "display.h"
#include "doc.h"
#include "listview.h"
#include "quote.h"
#include "quotelist.h"
#include "replist.h"
#include "reports.h"
#include "search.h"
#include "sync.h"
#include "view.h"
#include "xmalloc.h"

/* Bytes laid out at a time: at first, and in each slice of view_work. */
#define VIEW_SLICE	65536

/* Said from more than one place. */
static const char view_no_quotes[] = "no quotations in the report";
static const char view_no_props[] = "no numbered proposals in the statement";
static const char view_no_paras[] = "no paraphrases in the report";

static void	view_refit(struct view *);
static void	goto_match(struct view *, bool, long);
static void	clear_matches(struct view *);
static void	prop_number(struct view *, long);
static void	view_act(struct view *, const struct command *, long);
static void	select_quote(struct view *, long);
static void	follow_prop(struct view *);
static long	visible_quote(const struct view *, int);
static void	report_step(struct view *, long);
static size_t	report_status(const struct view *, char *, size_t,
		    const char *);
static void	open_compare(struct view *);
static void	compare_key(struct view *, int);
static void	compare_row(struct view *, long);
static bool	wait_for_reports(struct view *, enum view_wait);
static void	wait_done(struct view *);
static void	list_key(struct view *, int);

/* Lines of context kept above a quotation or match jumped to. */
#define VIEW_CONTEXT	3

/* Screen arrangement. */

static void
rect_set(struct rect *r, int y, int x, int h, int w)
{
	r->y = y;
	r->x = x;
	r->h = h > 0 ? h : 0;
	r->w = w > 0 ? w : 0;
}

/* One pane at a time; the hidden one is laid out the same. */
static void
geom_single(struct geom *g, int cols, int body, int focus)
{
	int	p, t = body >= 2;

	g->arrange = ARRANGE_SINGLE;
	for (p = 0; p < PANE_MAX; p++) {
		rect_set(&g->title[p], 0, 0, t, cols);
		rect_set(&g->text[p], t, 0, body - t, cols);
		g->shown[p] = p == focus;
	}
}

/*
 * Side by side in width columns.  A blank column keeps each pane's
 * text off the separator after it: the one between the panes and,
 * when edge is set, the one before a docked sidebar.
 */
static void
geom_side(struct geom *g, int width, int body, bool edge)
{
	int	lw = (width - 1) / 2, rw = width - 1 - lw;

	g->arrange = ARRANGE_SIDE;
	rect_set(&g->title[PANE_STMT], 0, 0, 1, lw);
	rect_set(&g->text[PANE_STMT], 1, 0, body - 1, lw - 1);
	rect_set(&g->sep, 0, lw, body, 1);
	rect_set(&g->title[PANE_REP], 0, lw + 1, 1, rw);
	rect_set(&g->text[PANE_REP], 1, lw + 2, body - 1, rw - 1 - edge);
	g->shown[PANE_STMT] = g->shown[PANE_REP] = true;
}

static void
geom_stacked(struct geom *g, int width, int body, bool edge)
{
	int	h1 = (body - 2) / 2;

	g->arrange = ARRANGE_STACKED;
	rect_set(&g->title[PANE_STMT], 0, 0, 1, width);
	rect_set(&g->text[PANE_STMT], 1, 0, h1, width - edge);
	rect_set(&g->title[PANE_REP], h1 + 1, 0, 1, width);
	rect_set(&g->text[PANE_REP], h1 + 2, 0, body - 2 - h1, width - edge);
	g->shown[PANE_STMT] = g->shown[PANE_REP] = true;
}

/*
 * A list takes the whole screen above the status line: a title bar
 * from 3 rows, a header row from 6, and the rows in the rest.
 */
static void
geom_list(struct geom *g, int cols, int body)
{
	int	y = 0;

	if (g->rows >= 3)
		rect_set(&g->list_title, y++, 0, 1, cols);
	if (g->rows >= 6)
		rect_set(&g->list_head, y++, 0, 1, cols);
	rect_set(&g->list_body, y, 0, body - y, cols);
}

/* The sidebar over the report pane (or over the one pane shown). */
static void
geom_overlay(struct geom *g, int p)
{
	const struct rect	*r = g->title[p].h ? &g->title[p] : &g->text[p];

	g->overlay = true;
	rect_set(&g->side, r->y, r->x, g->title[p].h + g->text[p].h, r->w);
}

void
view_geometry(struct geom *g, int cols, int rows, enum layout_mode mode,
    int focus, bool sidebar, bool overlay)
{
	int	body, width, sw;

	memset(g, 0, sizeof(*g));
	g->cols = cols = cols > 0 ? cols : 0;
	g->rows = rows = rows > 0 ? rows : 0;
	body = rows;
	if (rows >= 2) {
		rect_set(&g->status, rows - 1, 0, 1, cols);
		body = rows - 1;
	}
	geom_list(g, cols, body);
	if (cols < VIEW_TINY_COLS || rows < VIEW_TINY_ROWS) {
		geom_single(g, cols, body, focus);
		if (overlay)
			geom_overlay(g, focus);
		return;
	}
	width = cols;
	if (sidebar && cols >= VIEW_SIDEBAR_COLS) {
		sw = cols / 4;
		sw = sw < 30 ? 30 : sw > 48 ? 48 : sw;
		rect_set(&g->side, 0, cols - sw, body, sw);
		rect_set(&g->sep2, 0, cols - sw - 1, body, 1);
		width = cols - sw - 1;
	}
	if (mode == LAYOUT_STACKED ||
	    (mode == LAYOUT_AUTO && cols < VIEW_SIDE_COLS))
		geom_stacked(g, width, body, g->sep2.w > 0);
	else
		geom_side(g, width, body, g->sep2.w > 0);
	if (g->side.w == 0 && overlay)
		geom_overlay(g, PANE_REP);
}

/*
 * Panes and their top lines.  A pane's layout is laid out as far as it
 * is looked at (layout.h): every shown pane through its screenful and
 * one line more, every offset looked up through its line.  What needs
 * every line (G, n, N, Enter) finishes the layout first; view_work
 * finishes the rest a slice at a time.
 */

int
view_height(const struct view *v, int p)
{
	return v->pane[p].lay != NULL ? v->g.text[p].h : 0;
}

size_t
view_nlines(const struct view *v, int p)
{
	return v->pane[p].lay != NULL ? v->pane[p].lay->nlines : 0;
}

static size_t
add_sat(size_t a, size_t b)
{
	return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

/* Lay pane p out through min_lines lines at least (all it has). */
static void
need_lines(struct view *v, int p, size_t min_lines)
{
	if (v->pane[p].lay != NULL)
		layout_extend(v->pane[p].lay, 0, min_lines);
}

static void
need_all(struct view *v, int p)
{
	if (v->pane[p].lay != NULL)
		layout_finish(v->pane[p].lay);
}

/* The layout line of byte off in pane p, laid out as far as that. */
static size_t
line_of(struct view *v, int p, size_t off)
{
	struct layout	*l = v->pane[p].lay;

	if (l == NULL)
		return 0;
	layout_extend(l, off, 0);
	return layout_line_of(l, off);
}

/* Lay pane p out through its screenful from the top, and a line more. */
static void
need_screen(struct view *v, int p)
{
	need_lines(v, p, add_sat(v->pane[p].top,
	    (size_t)view_height(v, p) + 1));
}

static void
set_top(struct view *v, int p, size_t top)
{
	struct pane	*pn = &v->pane[p];

	if (pn->lay == NULL)
		return;
	need_lines(v, p, add_sat(top, (size_t)view_height(v, p) + 1));
	if (pn->lay->nlines == 0) {
		pn->top = 0;
		return;
	}
	if (top >= pn->lay->nlines)
		top = pn->lay->nlines - 1;
	pn->top = top;
	pn->anchor = pn->lay->lines[top].off;
}

/*
 * The last top a line motion may reach: the last screenful of the lines
 * laid out so far.  Once the layout holds top + h lines past a top, the
 * answer does not change below that top.
 */
static size_t
max_top(const struct view *v, int p)
{
	size_t	n = view_nlines(v, p), h = (size_t)view_height(v, p);

	return n > h ? n - h : 0;
}

static void
scroll_by(struct view *v, int p, long delta)
{
	size_t	top = v->pane[p].top, lim;

	if (delta > 0) {
		/* Where the motion would go and a screenful past it. */
		need_lines(v, p, add_sat(add_sat(top, (size_t)delta),
		    (size_t)view_height(v, p)));
		lim = max_top(v, p);
		if (lim < top)
			lim = top;
		top = lim - top > (size_t)delta ? top + (size_t)delta : lim;
	} else
		top = top > (size_t)-delta ? top - (size_t)-delta : 0;
	set_top(v, p, top);
}

static bool
line_visible(const struct view *v, int p, size_t line)
{
	size_t	top = v->pane[p].top;

	return line >= top && line < top + (size_t)view_height(v, p);
}

/*
 * Whether byte off is on a line shown in pane p: line_visible of its
 * line, without laying out more, as the screenful and the line after
 * it are laid out already.
 */
static bool
off_visible(const struct view *v, int p, size_t off)
{
	const struct layout	*l = v->pane[p].lay;
	size_t			 top = v->pane[p].top, end;
	size_t			 h = (size_t)view_height(v, p);

	if (l == NULL || h == 0)
		return false;
	if (l->nlines == 0)
		return top == 0;
	if (top > 0 && l->lines[top].off > off)
		return false;
	end = top + h;
	return end >= l->nlines || l->lines[end].off > off;
}

/* First byte shown in pane p (0 at the top of the document). */
static size_t
top_off(const struct view *v, int p)
{
	return v->pane[p].top > 0 ? v->pane[p].anchor : 0;
}

/*
 * Whether any byte of span s is on a line shown in pane p, without
 * laying out more (the screenful and a line after it are laid out).
 */
static bool
span_visible(const struct view *v, int p, const struct span *s)
{
	const struct layout	*l = v->pane[p].lay;
	size_t			 end = v->pane[p].top +
				    (size_t)view_height(v, p);

	if (l == NULL || view_height(v, p) == 0)
		return false;
	if (s->off + s->len <= top_off(v, p) && s->len > 0)
		return false;
	return end >= l->nlines || s->off < l->lines[end].off;
}

/* Context lines for a jump in pane p: a quarter of it, VIEW_CONTEXT at most. */
static size_t
context(const struct view *v, int p)
{
	size_t	c = (size_t)view_height(v, p) / 4;

	return c > VIEW_CONTEXT ? VIEW_CONTEXT : c;
}

/*
 * Bring line to the top of pane p with ctx lines above it, but no
 * further than the last screenful.  The layout is extended a screenful
 * past the wanted top first, so that a layout laid out in part clamps
 * as one laid out in full.
 */
static void
jump_to(struct view *v, int p, size_t line, size_t ctx)
{
	size_t	top = line > ctx ? line - ctx : 0, lim;

	need_lines(v, p, add_sat(top, (size_t)view_height(v, p) + 1));
	lim = max_top(v, p);
	set_top(v, p, top < lim ? top : lim);
}

/* Scroll p so that the span is visible, with context above it. */
static void
show_span(struct view *v, int p, const struct span *s)
{
	size_t	a, b;

	a = line_of(v, p, s->off);
	b = s->len > 0 ? line_of(v, p, s->off + s->len - 1) : a;
	if (!line_visible(v, p, a) || !line_visible(v, p, b))
		jump_to(v, p, a, context(v, p));
}

/*
 * Lay pane p out again if its width changed, keeping its place: the
 * first VIEW_SLICE bytes (all of a short document, so that it is done
 * at once), then as far as the line of its anchor.
 */
static void
relayout(struct view *v, int p)
{
	struct pane	*pn = &v->pane[p];
	int		 w = v->g.text[p].w - v->numw[p];

	if (w <= 0 || v->g.text[p].h <= 0) {
		layout_free(pn->lay);
		pn->lay = NULL;
		return;
	}
	if (pn->lay != NULL && pn->lay->width == w)
		return;
	layout_free(pn->lay);
	pn->lay = layout_begin(v->m, p == PANE_STMT ? DOC_STATEMENT :
	    DOC_REPORT, w, v->ascii);
	layout_extend(pn->lay, VIEW_SLICE, 0);
	set_top(v, p, line_of(v, p, pn->anchor));
}

/*
 * The line-number column of each pane: as many digits as its last line
 * number has and a blank, dropped when the pane is too narrow to keep
 * VIEW_NUMBER_TEXT cells of text beside it.
 */
static void
number_widths(struct view *v)
{
	const struct doc	*d;
	size_t			 n;
	int			 p, w;

	for (p = 0; p < PANE_MAX; p++) {
		d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
		for (n = d->nlines, w = 2; n >= 10; n /= 10)
			w++;
		v->numw[p] = v->numbers &&
		    v->g.text[p].w >= w + VIEW_NUMBER_TEXT ? w : 0;
	}
}

/* Text cells a statement pane keeps beside its gutter, at least. */
#define VIEW_GUTTER_TEXT	12

/* The gutter of w cells, taken from the statement's text when it fits. */
static void
geom_gutter(struct geom *g, int w)
{
	struct rect	*t = &g->text[PANE_STMT];

	if (w <= 0 || t->h <= 0 || t->w < w + VIEW_GUTTER_TEXT)
		return;
	rect_set(&g->gutter, t->y, t->x, t->h, w);
	t->x += w;
	t->w -= w;
}

void
view_resize(struct view *v, int cols, int rows)
{
	int	p;

	view_geometry(&v->g, cols, rows, v->mode, v->focus, v->sidebar,
	    v->overlay);
	geom_gutter(&v->g, v->gutter);
	view_fit_grids(v);
	number_widths(v);
	for (p = 0; p < PANE_MAX; p++) {
		relayout(v, p);
		need_screen(v, p);
	}
	if (v->list != NULL)
		listview_resize(v->list, v->g.list_body.h);
}

bool
view_pending(const struct view *v)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++)
		if (v->pane[p].lay != NULL && !v->pane[p].lay->done)
			return true;
	return v->rs != NULL && reports_pending(v->rs);
}

void
view_work(struct view *v)
{
	struct layout	*l;
	size_t		 off;
	int		 i, p;

	/* The focused pane first: its percentage is on the status line. */
	for (i = 0; i < PANE_MAX; i++) {
		p = i == 0 ? v->focus : v->focus == PANE_STMT ? PANE_REP :
		    PANE_STMT;
		if ((l = v->pane[p].lay) == NULL || l->done)
			continue;
		off = l->nlines > 0 ? l->lines[l->nlines - 1].off : 0;
		layout_extend(l, add_sat(off, VIEW_SLICE), 0);
		return;
	}
	/* Then the other reports, one at a time, and their comparison. */
	if (v->rs != NULL && reports_pending(v->rs)) {
		reports_work(v->rs);
		wait_done(v);
	}
}

void
view_finish(struct view *v)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++)
		need_all(v, p);
}

static void
view_refit(struct view *v)
{
	view_resize(v, v->g.cols, v->g.rows);
}

/* Setting up. */

void
view_init(struct view *v, const struct model *m,
    const struct ui_options *o, bool ascii)
{
	memset(v, 0, sizeof(*v));
	v->m = m;
	v->ascii = ascii;
	v->mode = o->layout;
	v->sidebar = o->sidebar;
	v->numbers = o->numbers;
	v->mouse = o->mouse;
	v->hpos = -1;
	v->focus = PANE_STMT;
	v->prop = -1;
	v->quote = -1;
	v->para = -1;
	v->match = -1;
	v->spane = -1;
	keys_init(&v->keys);
	if (m->nquotes == 0)
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
	else if (m->stmt->nprops == 0)
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_props);
}

void
view_free(struct view *v)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++) {
		layout_free(v->pane[p].lay);
		v->pane[p].lay = NULL;
		search_index_free(v->index[p]);
		v->index[p] = NULL;
	}
	clear_matches(v);
	free(v->pattern);
	v->pattern = NULL;
	view_list_open(v, VIEW_LIST_NONE);
	sync_free(v->anchors);
	v->anchors = NULL;
	while (v->nhist > 0)
		free(v->hist[--v->nhist]);
}

/* The file line of byte off of pane p's document, 1-based. */
static size_t
file_line(const struct view *v, int p, size_t off)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;

	return doc_line_at(d, off);
}

size_t
view_number_at(const struct view *v, int p, size_t i)
{
	const struct layout	*l = v->pane[p].lay;
	size_t			 n;

	if (l == NULL || i >= l->nlines || l->lines[i].len == 0)
		return 0;
	n = file_line(v, p, l->lines[i].off);
	/* A row above on the same line: a continuation (less -N). */
	if (i > 0 && l->lines[i - 1].len > 0 &&
	    file_line(v, p, l->lines[i - 1].off) == n)
		return 0;
	return n;
}

/* Proposals and quotations. */

int
view_prop_number(const struct view *v)
{
	if (v->prop < 0 || (size_t)v->prop >= v->m->stmt->nprops)
		return 0;
	return v->m->stmt->props[v->prop].number;
}

const struct quote *
view_quote(const struct view *v)
{
	if (v->quote < 0 || (size_t)v->quote >= v->m->nquotes)
		return NULL;
	return &v->m->quotes[v->quote];
}

const struct paraphrase *
view_para(const struct view *v)
{
	if (v->para < 0 || (size_t)v->para >= v->m->nparas || v->quote >= 0)
		return NULL;
	return &v->m->paras[v->para];
}

enum view_sel
view_selection(const struct view *v)
{
	if (view_quote(v) != NULL)
		return VIEW_SEL_QUOTE;
	return view_para(v) != NULL ? VIEW_SEL_PARA : VIEW_SEL_NONE;
}

/* The report's first quotation or paraphrase of proposal number n. */
static bool
first_mention(const struct model *m, int n, size_t *off, long *qi)
{
	size_t	i;
	bool	found = false;

	*qi = -1;
	for (i = 0; i < m->nquotes; i++)
		if (quote_proposal(m, &m->quotes[i]) == n &&
		    (!found || quote_outer(&m->quotes[i]).off < *off)) {
			*off = quote_outer(&m->quotes[i]).off;
			*qi = (long)i;
			found = true;
		}
	for (i = 0; i < m->nparas; i++)
		if (m->paras[i].proposal == n &&
		    (!found || m->paras[i].rep.off < *off)) {
			*off = m->paras[i].rep.off;
			*qi = -1;
			found = true;
		}
	return found;
}

/* Whether the selected proposal's label is on screen. */
static bool
prop_shown(const struct view *v)
{
	return v->prop >= 0 && v->pane[PANE_STMT].lay != NULL &&
	    off_visible(v, PANE_STMT, v->m->stmt->props[v->prop].label.off);
}

/* Proposals whose label starts above the top of the statement pane. */
static long
props_above(const struct view *v)
{
	const struct doc	*d = v->m->stmt;
	size_t			 top = top_off(v, PANE_STMT), i;

	for (i = 0; i < d->nprops && d->props[i].label.off < top; i++)
		continue;
	return (long)i;
}

/* Paraphrases starting before report byte lim (they are in report order). */
static long
paras_before(const struct model *m, size_t lim)
{
	size_t	lo = 0, hi = m->nparas, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->paras[mid].rep.off < lim)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo;
}

/* Quotations starting before report byte lim. */
static long
quotes_before(const struct model *m, size_t lim)
{
	size_t	i;

	for (i = 0; i < m->nquotes && quote_outer(&m->quotes[i]).off < lim;
	    i++)
		continue;
	return (long)i;
}

/* Report byte of the top of the report pane, or with end set, its bottom. */
static size_t
rep_lim(const struct view *v, bool end)
{
	const struct layout	*l = v->pane[PANE_REP].lay;
	size_t			 e;

	if (!end)
		return top_off(v, PANE_REP);
	e = v->pane[PANE_REP].top + (size_t)view_height(v, PANE_REP);
	return l == NULL || e >= l->nlines ? SIZE_MAX : l->lines[e].off;
}

/*
 * Quotations starting above the top of the report pane, or with end
 * set, above its bottom (they are in report order).
 */
static long
quotes_above(const struct view *v, bool end)
{
	return quotes_before(v->m, rep_lim(v, end));
}

/*
 * After pane p scrolled: the selected quotation or paraphrase stays
 * selected while some of it is on screen there (a quotation not in the
 * statement is not moved by the statement pane).
 */
static void
follow_quote(struct view *v, int p)
{
	const struct quote	*q = view_quote(v);
	const struct paraphrase	*pp = view_para(v);
	const struct span	*s;
	struct span		 outer;

	if (pp != NULL) {
		s = p == PANE_REP ? &pp->rep : &pp->src;
		if (s->len > 0 && !span_visible(v, p, s))
			v->para = -1;
	}
	if (q == NULL)
		return;
	outer = quote_outer(q);
	s = p == PANE_REP ? &outer : &q->src;
	if (s->len > 0 && !span_visible(v, p, s))
		v->quote = -1;
}

static void
goto_prop(struct view *v, long i)
{
	const struct proposal	*pr = &v->m->stmt->props[i];
	size_t			 off = 0;
	long			 qi;

	v->prop = i;
	jump_to(v, PANE_STMT, line_of(v, PANE_STMT, pr->label.off), 0);
	follow_quote(v, PANE_STMT);
	if (!first_mention(v->m, pr->number, &off, &qi)) {
		snprintf(v->msg, sizeof(v->msg),
		    "proposal %d not covered by the report", pr->number);
		return;
	}
	jump_to(v, PANE_REP, line_of(v, PANE_REP, off), context(v, PANE_REP));
	v->quote = qi;
	v->para = -1;
	follow_quote(v, PANE_REP);
}

static void
prop_number(struct view *v, long n)
{
	long	i;

	if (v->m->stmt->nprops == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_props);
		return;
	}
	i = n > 0 && n <= KEYS_COUNT_MAX ?
	    doc_proposal_index(v->m->stmt, (int)n) : -1;
	if (i < 0) {
		snprintf(v->msg, sizeof(v->msg), "no proposal %ld", n);
		return;
	}
	goto_prop(v, i);
}

static void
prop_step(struct view *v, long n)
{
	long	np = (long)v->m->stmt->nprops, i;

	if (np == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_props);
		return;
	}
	if (prop_shown(v))
		i = v->prop + n;
	else
		/* From the view: the proposals starting below its top. */
		i = props_above(v) + (n > 0 ? n - 1 : n);
	if (i < 0 || i >= np) {
		snprintf(v->msg, sizeof(v->msg), "no proposal %s %s",
		    n > 0 ? "after" : "before", prop_shown(v) ?
		    "this one" : "this point");
		return;
	}
	goto_prop(v, i);
}

/* After the statement scrolled: the selected proposal follows it. */
static void
follow_prop(struct view *v)
{
	const struct doc	*d = v->m->stmt;
	int			 n;

	if (d->nprops == 0 || v->pane[PANE_STMT].lay == NULL || prop_shown(v))
		return;
	n = doc_proposal_at(d, top_off(v, PANE_STMT));
	v->prop = n > 0 ? doc_proposal_index(d, n) : -1;
}

/* After pane p scrolled: what is selected stays on screen, or is not. */
static void
follow(struct view *v, int p)
{
	follow_quote(v, p);
	if (p == PANE_STMT)
		follow_prop(v);
}

static void
select_quote(struct view *v, long i)
{
	const struct quote	*q = &v->m->quotes[i];
	struct span		 outer = quote_outer(q);
	long			 pi;

	v->quote = i;
	v->para = -1;
	show_span(v, PANE_REP, &outer);
	if (q->src.len > 0)
		show_span(v, PANE_STMT, &q->src);
	if (quote_proposal(v->m, q) > 0 && (pi = doc_proposal_index(v->m->stmt,
	    quote_proposal(v->m, q))) >= 0)
		v->prop = pi;
	else
		follow_prop(v);
}

static void
select_para(struct view *v, long i)
{
	const struct paraphrase	*pp = &v->m->paras[i];
	long			 pi;

	v->para = i;
	v->quote = -1;
	show_span(v, PANE_REP, &pp->rep);
	if (pp->src.len > 0)
		show_span(v, PANE_STMT, &pp->src);
	if (pp->proposal > 0 &&
	    (pi = doc_proposal_index(v->m->stmt, pp->proposal)) >= 0)
		v->prop = pi;
	else
		follow_prop(v);
}

/*
 * p P step n paraphrases: from the selected paraphrase, from the
 * selected quotation's place, or else from just outside the screen
 * (p from its top down, P from its bottom up).  A count past the last
 * stops at the last.
 */
static void
para_step(struct view *v, long n)
{
	const struct quote	*q = view_quote(v);
	long			 np = (long)v->m->nparas, from, i;

	if (np == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_paras);
		return;
	}
	if (view_para(v) != NULL)
		from = v->para;
	else if (q != NULL)
		from = paras_before(v->m, quote_outer(q).off) - (n > 0);
	else
		from = n > 0 ? paras_before(v->m, rep_lim(v, false)) - 1 :
		    paras_before(v->m, rep_lim(v, true));
	i = from + n;
	i = i >= np ? np - 1 : i < 0 ? 0 : i;
	if ((n > 0 && i > from) || (n < 0 && i < from)) {
		select_para(v, i);
		return;
	}
	if (view_para(v) != NULL)
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "this is the last paraphrase" :
		    "this is the first paraphrase");
	else
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "no paraphrase after this point" :
		    "no paraphrase before this point");
}

/*
 * } { step n quotations, ) ( (problems set) n of those not exact: from
 * the selection, or else from just outside the screen.
 */
static void
quote_step(struct view *v, long n, bool problems)
{
	long	nq = (long)v->m->nquotes, i, last = -1;
	long	step = n > 0 ? 1 : -1, left = n > 0 ? n : -n;

	if (nq == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
		return;
	}
	if (v->quote >= 0)
		i = v->quote;
	else if (view_para(v) != NULL)
		/* From the paraphrase's place in the report. */
		i = quotes_before(v->m, view_para(v)->rep.off) - (n > 0);
	else
		/* From the view: } from its top down, { from its bottom up. */
		i = n > 0 ? quotes_above(v, false) - 1 : quotes_above(v, true);
	/* Bounded by nq: i only moves one way. */
	for (i += step; i >= 0 && i < nq; i += step) {
		if (problems && v->m->quotes[i].verdict == VERDICT_EXACT)
			continue;
		last = i;
		if (--left == 0)
			break;
	}
	if (last >= 0) {
		select_quote(v, last);
		return;
	}
	if (problems)
		snprintf(v->msg, sizeof(v->msg), "no altered or not-found "
		    "quotation %s this %s", n > 0 ? "after" : "before",
		    v->quote >= 0 ? "one" : "point");
	else if (v->quote >= 0)
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "this is the last quotation" :
		    "this is the first quotation");
	else
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "no quotation after this point" :
		    "no quotation before this point");
}

/* A paraphrase shown in pane p, for Enter when nothing is selected. */
static long
visible_para(const struct view *v, int p)
{
	const struct paraphrase	*pp;
	size_t			 i;

	for (i = 0; i < v->m->nparas; i++) {
		pp = &v->m->paras[i];
		if (off_visible(v, p, p == PANE_REP ? pp->rep.off :
		    pp->src.off))
			return (long)i;
	}
	return -1;
}

/* A quotation shown in pane p, for Enter when none is selected. */
static long
visible_quote(const struct view *v, int p)
{
	const struct quote	*q;
	size_t			 i;

	for (i = 0; i < v->m->nquotes; i++) {
		q = &v->m->quotes[i];
		if (p == PANE_REP && off_visible(v, p, quote_outer(q).off))
			return (long)i;
		if (p == PANE_STMT && q->src.len > 0 &&
		    off_visible(v, p, q->src.off))
			return (long)i;
	}
	return -1;
}

/*
 * Enter: the other pane to the counterpart of what is selected, or of
 * the quotation (else the paraphrase) shown in the focused pane.
 */
static void
counterpart(struct view *v)
{
	const struct quote	*q = NULL;
	const struct paraphrase	*pp;
	size_t			 off;
	int			 other = v->focus == PANE_STMT ? PANE_REP : PANE_STMT;

	if (v->m->nquotes == 0 && v->m->nparas == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
		return;
	}
	view_finish(v);
	if (view_selection(v) == VIEW_SEL_NONE &&
	    (v->quote = visible_quote(v, v->focus)) < 0 &&
	    (v->para = visible_para(v, v->focus)) < 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "no quotation here: } selects one");
		return;
	}
	if ((pp = view_para(v)) != NULL)
		off = other == PANE_STMT ? pp->src.off : pp->rep.off;
	else {
		q = &v->m->quotes[v->quote];
		if (other == PANE_STMT && q->src.len == 0 &&
		    quote_closest(q)->src.len == 0) {
			snprintf(v->msg, sizeof(v->msg),
			    "quotation %zu is not in the statement",
			    (size_t)quote_id(v->m, q));
			return;
		}
		off = other == PANE_REP ? quote_outer(q).off :
		    q->src.len > 0 ? q->src.off : quote_closest(q)->src.off;
	}
	v->focus = other;
	view_refit(v);
	jump_to(v, other, line_of(v, other, off), context(v, other));
	/* Not the source: what the statement says nearest to it. */
	if (q != NULL && other == PANE_STMT && q->src.len == 0)
		snprintf(v->msg, sizeof(v->msg),
		    "closest passage, %u%% similar",
		    describe_percent(quote_closest(q)->similarity));
}

/* Motions. */

/*
 * With s on, after pane p moved from top line before: the other pane
 * to the counterpart of its new top (sync.h), no further than its last
 * screenful; without anchors, as many lines as it moved.
 */
static void
sync_other(struct view *v, int p, size_t before)
{
	int	other = p == PANE_STMT ? PANE_REP : PANE_STMT;
	long	delta = (long)v->pane[p].top - (long)before;
	size_t	top;

	if (!v->sync || v->pane[other].lay == NULL || v->pane[p].lay == NULL)
		return;
	if (v->anchors == NULL)
		v->anchors = sync_new(v->m);
	if (!sync_top(v->anchors, p == PANE_STMT ? DOC_STATEMENT :
	    DOC_REPORT, v->pane[p].lay, v->pane[p].top,
	    v->pane[other].lay, &top))
		scroll_by(v, other, delta);
	else
		jump_to(v, other, top, 0);
	follow(v, other);
}

/* Scroll pane p, and the other with it when scrolling is synchronised. */
static void
scroll_pane(struct view *v, int p, long delta)
{
	size_t	before = v->pane[p].top;

	scroll_by(v, p, delta);
	follow(v, p);
	sync_other(v, p, before);
}

static void
scroll_focus(struct view *v, long delta)
{
	scroll_pane(v, v->focus, delta);
}

/* Line n (1-based) of the focused document at the top. */
static void
goto_line(struct view *v, long n)
{
	const struct doc	*d = v->focus == PANE_STMT ?
				    v->m->stmt : &v->m->rep;
	size_t			 i;

	if (d->nlines == 0)
		return;
	i = (size_t)n > d->nlines ? d->nlines - 1 : (size_t)n - 1;
	jump_to(v, v->focus, line_of(v, v->focus, d->lines[i]), 0);
	follow(v, v->focus);
}

static void
toggle_sidebar(struct view *v)
{
	struct geom	g;

	view_geometry(&g, v->g.cols, v->g.rows, v->mode, v->focus, true,
	    false);
	if (g.side.w > 0)
		v->sidebar = !v->sidebar;
	else
		v->overlay = !v->overlay;
	view_refit(v);
}

static void
set_focus(struct view *v, int p)
{
	v->focus = p;
	view_refit(v);
}

/* The jump list. */

static void
place_save(const struct view *v, struct place *pl)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++) {
		pl->top[p] = v->pane[p].top;
		pl->anchor[p] = top_off(v, p);
	}
	pl->prop = v->prop;
	pl->quote = v->quote;
	pl->para = v->para;
	pl->focus = v->focus;
	pl->report = v->cur;
}

static bool
place_same(const struct place *a, const struct place *b)
{
	return a->anchor[PANE_STMT] == b->anchor[PANE_STMT] &&
	    a->anchor[PANE_REP] == b->anchor[PANE_REP] &&
	    a->focus == b->focus && a->quote == b->quote &&
	    a->para == b->para && a->report == b->report;
}

static void
place_restore(struct view *v, const struct place *pl)
{
	int	p;

	if (pl->report != v->cur && !view_report(v, pl->report))
		return;
	v->focus = pl->focus;
	view_refit(v);
	for (p = 0; p < PANE_MAX; p++)
		set_top(v, p, line_of(v, p, pl->anchor[p]));
	v->prop = pl->prop;
	v->quote = pl->quote;
	v->para = pl->para;
}

/* Append pl to the list, the oldest going when it is full. */
static void
jump_add(struct view *v, const struct place *pl)
{
	if (v->njumps > 0 && place_same(&v->jumps[v->njumps - 1], pl))
		return;
	if (v->njumps == VIEW_JUMPS) {
		memmove(&v->jumps[0], &v->jumps[1],
		    (VIEW_JUMPS - 1) * sizeof(v->jumps[0]));
		v->njumps--;
	}
	v->jumps[v->njumps++] = *pl;
}

/* After a jump from before: remember it, forgetting what was ahead. */
static void
jump_note(struct view *v, const struct place *before)
{
	struct place	now;

	place_save(v, &now);
	if (place_same(before, &now))
		return;
	if (v->jump < v->njumps)
		v->njumps = v->jump;
	jump_add(v, before);
	v->jump = v->njumps;
}

static void
jump_back(struct view *v, long n)
{
	struct place	here;

	if (v->jump >= v->njumps) {
		/* Keep where the reader is, for Ctrl-R to come back to. */
		place_save(v, &here);
		jump_add(v, &here);
		v->jump = v->njumps - 1;
	}
	if (v->jump == 0) {
		snprintf(v->msg, sizeof(v->msg), "no earlier place");
		return;
	}
	v->jump = v->jump > (size_t)n ? v->jump - (size_t)n : 0;
	place_restore(v, &v->jumps[v->jump]);
}

static void
jump_forward(struct view *v, long n)
{
	if (v->jump + 1 >= v->njumps) {
		snprintf(v->msg, sizeof(v->msg), "no later place");
		return;
	}
	v->jump = v->njumps - 1 - v->jump > (size_t)n ? v->jump + (size_t)n :
	    v->njumps - 1;
	place_restore(v, &v->jumps[v->jump]);
}

static void
apply_motion(struct view *v, enum action a, long n)
{
	long	h = view_height(v, v->focus);

	if (h < 1)
		h = 1;
	switch (a) {
	case ACT_DOWN:
		scroll_focus(v, n);
		break;
	case ACT_UP:
		scroll_focus(v, -n);
		break;
	case ACT_PAGE_DOWN:
		scroll_focus(v, n * h);
		break;
	case ACT_PAGE_UP:
		scroll_focus(v, -n * h);
		break;
	case ACT_HALF_DOWN:
		scroll_focus(v, n * (h > 1 ? h / 2 : 1));
		break;
	case ACT_HALF_UP:
		scroll_focus(v, -n * (h > 1 ? h / 2 : 1));
		break;
	default:
		break;
	}
}

/* The actions that go somewhere: Ctrl-O comes back from them. */
static bool
is_jump(enum action a)
{
	switch (a) {
	case ACT_TOP:
	case ACT_BOTTOM:
	case ACT_PROP_NEXT:
	case ACT_PROP_PREV:
	case ACT_PROP_GOTO:
	case ACT_QUOTE_NEXT:
	case ACT_QUOTE_PREV:
	case ACT_PROBLEM_NEXT:
	case ACT_PROBLEM_PREV:
	case ACT_PARA_NEXT:
	case ACT_PARA_PREV:
	case ACT_COUNTERPART:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
	case ACT_REPORT_NEXT:
	case ACT_REPORT_PREV:
		return true;
	default:
		return false;
	}
}

void
view_apply(struct view *v, const struct command *c)
{
	struct place	before;
	long		n = c->count > 0 ? c->count : 1;
	bool		jump = is_jump(c->action);

	if (jump)
		place_save(v, &before);
	view_act(v, c, n);
	if (jump)
		jump_note(v, &before);
}

static void
view_act(struct view *v, const struct command *c, long n)
{
	size_t	top;

	switch (c->action) {
	case ACT_DOWN:
	case ACT_UP:
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP:
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
		apply_motion(v, c->action, n);
		break;
	case ACT_TOP:
	case ACT_BOTTOM:
		top = v->pane[v->focus].top;
		if (c->count > 0)
			goto_line(v, c->count);
		else if (c->action == ACT_TOP) {
			set_top(v, v->focus, 0);
			follow(v, v->focus);
		} else {
			need_all(v, v->focus);
			set_top(v, v->focus, max_top(v, v->focus));
			follow(v, v->focus);
		}
		sync_other(v, v->focus, top);
		break;
	case ACT_FOCUS_NEXT:
	case ACT_FOCUS_PREV:
		set_focus(v, v->focus == PANE_STMT ? PANE_REP : PANE_STMT);
		break;
	case ACT_FOCUS_LEFT:
		set_focus(v, PANE_STMT);
		break;
	case ACT_FOCUS_RIGHT:
		set_focus(v, PANE_REP);
		break;
	case ACT_PROP_NEXT:
		prop_step(v, n);
		break;
	case ACT_PROP_PREV:
		prop_step(v, -n);
		break;
	case ACT_QUOTE_NEXT:
	case ACT_QUOTE_PREV:
		quote_step(v, c->action == ACT_QUOTE_NEXT ? n : -n, false);
		break;
	case ACT_PROBLEM_NEXT:
	case ACT_PROBLEM_PREV:
		quote_step(v, c->action == ACT_PROBLEM_NEXT ? n : -n, true);
		break;
	case ACT_PARA_NEXT:
	case ACT_PARA_PREV:
		para_step(v, c->action == ACT_PARA_NEXT ? n : -n);
		break;
	case ACT_JUMP_BACK:
		jump_back(v, n);
		break;
	case ACT_JUMP_FORWARD:
		jump_forward(v, n);
		break;
	case ACT_COUNTERPART:
		counterpart(v);
		break;
	case ACT_SEARCH:
	case ACT_SEARCH_BACK:
		v->prompting = true;
		v->prompt_back = c->action == ACT_SEARCH_BACK;
		v->ninput = 0;
		v->input[0] = '\0';
		v->hpos = -1;
		break;
	case ACT_SEARCH_NEXT:
		goto_match(v, !v->back, n);
		break;
	case ACT_SEARCH_PREV:
		goto_match(v, v->back, n);
		break;
	case ACT_NUMBERS:
		v->numbers = !v->numbers;
		view_refit(v);
		snprintf(v->msg, sizeof(v->msg), "line numbers %s",
		    v->numbers ? "on" : "off");
		break;
	case ACT_MOUSE:
		v->mouse = !v->mouse;
		snprintf(v->msg, sizeof(v->msg), "mouse %s", v->mouse ?
		    "on" : "off");
		break;
	case ACT_PROP_GOTO:
		prop_number(v, c->count);
		break;
	case ACT_SIDE_DOWN:
		if (v->side_top < v->side_max)
			v->side_top += (int)(n < v->side_max - v->side_top ?
			    n : v->side_max - v->side_top);
		else
			snprintf(v->msg, sizeof(v->msg), "%s",
			    v->g.side.w > 0 ? "end of the sidebar" :
			    "no sidebar shown: i shows it");
		break;
	case ACT_SIDE_UP:
		v->side_top -= (int)(n > 1000 ? 1000 : n);
		if (v->side_top < 0)
			v->side_top = 0;
		break;
	case ACT_HELP:
		v->help = true;
		v->help_top = 0;
		break;
	case ACT_SYNC:
		v->sync = !v->sync;
		snprintf(v->msg, sizeof(v->msg), "synchronised scrolling %s",
		    v->sync ? "on" : "off");
		break;
	case ACT_SIDEBAR:
		toggle_sidebar(v);
		break;
	case ACT_REDRAW:
		v->redraw = true;
		break;
	case ACT_QUIT:
		v->quit = true;
		break;
	case ACT_REPORT_NEXT:
	case ACT_REPORT_PREV:
		report_step(v, c->action == ACT_REPORT_NEXT ? n : -n);
		break;
	case ACT_REPORT_LIST:
		if (!wait_for_reports(v, VIEW_WAIT_REPORTS))
			view_list_open(v, VIEW_LIST_REPORTS);
		break;
	case ACT_COMPARE:
		if (!wait_for_reports(v, VIEW_WAIT_COMPARE))
			open_compare(v);
		break;
	case ACT_QUOTE_LIST:
		view_list_open(v, VIEW_LIST_QUOTES);
		break;
	case ACT_COVER_LIST:
		view_list_open(v, VIEW_LIST_COVERAGE);
		break;
	case ACT_LIST_FILTER:
		snprintf(v->msg, sizeof(v->msg),
		    "! filters a list: o or v opens one");
		break;
	case ACT_NONE:
		snprintf(v->msg, sizeof(v->msg),
		    "key not bound: press ? for help");
		break;
	case ACT_CANCEL:
		if (v->waiting != VIEW_WAIT_NONE) {
			v->waiting = VIEW_WAIT_NONE;
			snprintf(v->msg, sizeof(v->msg), "not waiting: the "
			    "other reports are still checked meanwhile");
		}
		break;
	case ACT_COUNT:
	case ACT_MAX:
		break;
	}
}

/*
 * c or r while the other reports are still being checked: instead of
 * holding the keyboard until they all are, say how far it has got and
 * open the view when view_work checks the last one (Esc cancels).
 * False when nothing is left to check, and the view can open now.
 */
static bool
wait_for_reports(struct view *v, enum view_wait what)
{
	if (view_nreports(v) < 2 || v->rs->ntried >= v->rs->n)
		return false;
	v->waiting = what;
	return true;
}

/* The view waited for opens, when every report has been checked. */
static void
wait_done(struct view *v)
{
	enum view_wait	what = v->waiting;

	if (what == VIEW_WAIT_NONE || v->rs->ntried < v->rs->n)
		return;
	v->waiting = VIEW_WAIT_NONE;
	if (v->list != NULL || v->comparing || v->help || v->prompting)
		return;		/* the user has gone on to something else */
	if (what == VIEW_WAIT_COMPARE)
		open_compare(v);
	else
		view_list_open(v, VIEW_LIST_REPORTS);
}

void
view_open(struct view *v, int prop, int quote)
{
	if (prop > 0)
		prop_number(v, prop);
	if (quote > 0) {
		if ((size_t)quote <= v->m->nquotes)
			select_quote(v, quote - 1);
		else
			snprintf(v->msg, sizeof(v->msg), "no quotation %d",
			    quote);
	}
}

/* The search prompt: a line editor on the status line. */

static void
prompt_add(struct view *v, int c)
{
	uint8_t	b[6];
	int	n;

	if ((n = u8_uctomb(b, (ucs4_t)c, sizeof(b))) < 1 ||
	    v->ninput + (size_t)n >= sizeof(v->input))
		return;
	memcpy(v->input + v->ninput, b, (size_t)n);
	v->ninput += (size_t)n;
	v->input[v->ninput] = '\0';
}

/* Put pattern s first in the history, moving it there if it is in it. */
static void
history_add(struct view *v, const char *s)
{
	char	*e;
	size_t	 i;

	/* Bounded by VIEW_HISTORY entries. */
	for (i = 0; i < v->nhist && strcmp(v->hist[i], s) != 0; i++)
		continue;
	if (i == v->nhist) {
		if (v->nhist == VIEW_HISTORY)
			free(v->hist[--v->nhist]);
		e = xstrdup(s);
		i = v->nhist++;
	} else
		e = v->hist[i];
	memmove(&v->hist[1], &v->hist[0], i * sizeof(v->hist[0]));
	v->hist[0] = e;
}

const char *
view_history(const struct view *v, size_t i)
{
	return i < v->nhist ? v->hist[i] : NULL;
}

/* Up (older, by 1) or Down (newer, by -1) at the prompt. */
static void
history_walk(struct view *v, long by)
{
	long		 to = v->hpos + by;
	const char	*s;

	if (to < -1 || to >= (long)v->nhist)
		return;
	if (v->hpos == -1)
		memcpy(v->draft, v->input, sizeof(v->draft));
	v->hpos = to;
	s = to == -1 ? v->draft : v->hist[to];
	snprintf(v->input, sizeof(v->input), "%s", s);
	v->ninput = strlen(v->input);
}

/* Enter: search for the pattern, the last one again when it is empty. */
static void
prompt_done(struct view *v)
{
	struct place	before;

	v->prompting = false;
	v->back = v->prompt_back;
	if (v->ninput > 0) {
		free(v->pattern);
		v->pattern = xstrdup(v->input);
		clear_matches(v);
		history_add(v, v->input);
	}
	v->match = -1;
	place_save(v, &before);
	goto_match(v, !v->back, 1);
	jump_note(v, &before);
}

static void
prompt_key(struct view *v, int c)
{
	if (c == '\n' || c == '\r' || c == KEYS_ENTER) {
		prompt_done(v);
		return;
	}
	if (c == KEYS_ESC || c == KEYS_CTRL('c') || c == KEYS_CTRL('g')) {
		v->prompting = false;
		return;
	}
	if (c == KEYS_BACKSPACE || c == 0x7f || c == KEYS_CTRL('h')) {
		if (v->ninput == 0) {
			v->prompting = false;
			return;
		}
		while (v->ninput > 0 &&
		    ((unsigned char)v->input[--v->ninput] & 0xc0) == 0x80)
			continue;
		v->input[v->ninput] = '\0';
		return;
	}
	if (c == KEYS_CTRL('u')) {
		v->ninput = 0;
		v->input[0] = '\0';
		return;
	}
	if (c == KEYS_UP || c == KEYS_CTRL('p') || c == KEYS_DOWN ||
	    c == KEYS_CTRL('n')) {
		history_walk(v, c == KEYS_UP || c == KEYS_CTRL('p') ? 1 : -1);
		return;
	}
	if (c >= 0x20 && c != 0x7f && c < 0x110000 &&
	    !(c >= 0x80 && c < 0xa0) && !(c >= 0xd800 && c < 0xe000))
		prompt_add(v, c);
}

/*
 * The lists (o, v): built from the model when opened, drawn over the
 * panes, which do not move until Enter goes somewhere; q or Esc leaves
 * the reader where it was.
 */

static const char view_list_keys[] =
    "in a list: j k move, Enter goes there, q or Esc closes it";

void
view_list_open(struct view *v, enum view_list k)
{
	const struct doc	*d = v->m->stmt;

	if (v->list != NULL) {
		listview_free(v->list);
		free(v->list);
		v->list = NULL;
	}
	v->list_kind = VIEW_LIST_NONE;
	if (k == VIEW_LIST_NONE)
		return;
	if (k == VIEW_LIST_QUOTES && v->m->nquotes == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
		return;
	}
	if (k == VIEW_LIST_COVERAGE && d->nprops == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_props);
		return;
	}
	if (k == VIEW_LIST_REPORTS && view_nreports(v) < 2) {
		snprintf(v->msg, sizeof(v->msg), "only one report");
		return;
	}
	v->list = xmalloc(sizeof(*v->list));
	v->list_kind = k;
	if (k == VIEW_LIST_QUOTES) {
		quotelist_build(v->list, v->m);
		listview_set_filter(v->list, v->list_filter);
	} else if (k == VIEW_LIST_REPORTS)
		replist_build(v->list, v->rs, v->cur);
	else
		coverlist_build(v->list, v->m);
	listview_resize(v->list, v->g.list_body.h);
	if (k == VIEW_LIST_REPORTS) {
		listview_seek(v->list, LIST_REPORT, v->cur);
		return;
	}
	/*
	 * The cursor on what the reader is at: the current proposal (or
	 * the one at the top of the statement pane), the selected
	 * quotation, or the first one below the top of the report pane.
	 */
	if (k == VIEW_LIST_COVERAGE)
		listview_seek(v->list, LIST_PROPOSAL, v->prop >= 0 ?
		    (size_t)v->prop : (size_t)props_above(v) -
		    (props_above(v) > 0));
	else if (v->quote >= 0)
		listview_seek(v->list, LIST_QUOTE, (size_t)v->quote);
	else if (quotes_above(v, false) < (long)v->m->nquotes)
		listview_seek(v->list, LIST_QUOTE,
		    (size_t)quotes_above(v, false));
}

/* Enter on a paraphrase: its report passage, the statement at its source. */
static void
goto_paraphrase(struct view *v, size_t i)
{
	const struct paraphrase	*pa = &v->m->paras[i];
	long			 pi;

	v->quote = -1;
	jump_to(v, PANE_REP, line_of(v, PANE_REP, pa->rep.off),
	    context(v, PANE_REP));
	jump_to(v, PANE_STMT, line_of(v, PANE_STMT, pa->src.off),
	    context(v, PANE_STMT));
	if (pa->proposal > 0 &&
	    (pi = doc_proposal_index(v->m->stmt, pa->proposal)) >= 0)
		v->prop = pi;
	else {
		v->prop = -1;
		follow_prop(v);
	}
}

/* Enter: the row's target in both panes, the list closed; Ctrl-O returns. */
static void
list_enter(struct view *v)
{
	const struct listview_row	*r = listview_cursor(v->list);
	struct place			 before;
	int				 kind;
	size_t				 item;

	if (r == NULL) {
		snprintf(v->msg, sizeof(v->msg), "no row here: ! shows all");
		return;
	}
	kind = r->kind;
	item = r->item;
	view_list_open(v, VIEW_LIST_NONE);
	place_save(v, &before);
	switch (kind) {
	case LIST_QUOTE:
		select_quote(v, (long)item);
		break;
	case LIST_PROPOSAL:
		goto_prop(v, (long)item);
		break;
	case LIST_PARAPHRASE:
		goto_paraphrase(v, item);
		break;
	case LIST_REPORT:
		view_report(v, item);
		break;
	}
	jump_note(v, &before);
}

/* The cursor to row n (1-based) of those shown, as mutt's index does. */
static void
list_row(struct view *v, long n)
{
	listview_move(v->list, LISTVIEW_TOP, 1);
	if (n > 1)
		listview_move(v->list, LISTVIEW_DOWN, n - 1);
}

/* What a number typed in a list or the comparison will do. */
static void
count_msg(struct view *v, long n)
{
	snprintf(v->msg, sizeof(v->msg), "%ld: Enter or a pause goes to row "
	    "%ld; a motion moves %ld times", n, n, n);
}

/*
 * A key in a list.  Counts work as in the panes (5j); a number ended
 * by Enter, a pause (view_timeout), g or G puts the cursor on that row.
 */
static void
list_key(struct view *v, int key)
{
	bool		typing = v->keys.typing, on;
	struct command	cmd = keys_feed(&v->keys, key);
	enum action	a = cmd.action;
	long		n = cmd.count > 0 ? cmd.count : 1;

	switch (a) {
	case ACT_COUNT:
		count_msg(v, n);
		break;
	case ACT_PROP_GOTO:
		list_row(v, n);
		break;
	case ACT_DOWN:
		listview_move(v->list, LISTVIEW_DOWN, n);
		break;
	case ACT_UP:
		listview_move(v->list, LISTVIEW_UP, n);
		break;
	case ACT_PAGE_DOWN:
		listview_move(v->list, LISTVIEW_PAGE_DOWN, n);
		break;
	case ACT_PAGE_UP:
		listview_move(v->list, LISTVIEW_PAGE_UP, n);
		break;
	case ACT_HALF_DOWN:
		listview_move(v->list, LISTVIEW_HALF_DOWN, n);
		break;
	case ACT_HALF_UP:
		listview_move(v->list, LISTVIEW_HALF_UP, n);
		break;
	case ACT_TOP:
	case ACT_BOTTOM:
		if (cmd.count > 0)
			list_row(v, cmd.count);
		else
			listview_move(v->list, a == ACT_TOP ? LISTVIEW_TOP :
			    LISTVIEW_BOTTOM, 1);
		break;
	case ACT_COUNTERPART:
		list_enter(v);
		break;
	case ACT_LIST_FILTER:
		on = !v->list->filtered;
		if (!listview_set_filter(v->list, on))
			snprintf(v->msg, sizeof(v->msg),
			    "this list has no filter");
		else if (v->list_kind == VIEW_LIST_QUOTES)
			v->list_filter = on;
		break;
	case ACT_QUOTE_LIST:
	case ACT_COVER_LIST:
		/* Its own key closes a list; the other one switches. */
		view_list_open(v, (a == ACT_QUOTE_LIST) ==
		    (v->list_kind == VIEW_LIST_QUOTES) ? VIEW_LIST_NONE :
		    a == ACT_QUOTE_LIST ? VIEW_LIST_QUOTES :
		    VIEW_LIST_COVERAGE);
		break;
	case ACT_REPORT_LIST:
		if (v->list_kind != VIEW_LIST_REPORTS &&
		    wait_for_reports(v, VIEW_WAIT_REPORTS))
			view_list_open(v, VIEW_LIST_NONE);
		else
			view_list_open(v, v->list_kind == VIEW_LIST_REPORTS ?
			    VIEW_LIST_NONE : VIEW_LIST_REPORTS);
		break;
	case ACT_QUIT:
	case ACT_CANCEL:
		/* Esc after a number forgets it, as in the panes. */
		if (!typing)
			view_list_open(v, VIEW_LIST_NONE);
		break;
	case ACT_HELP:
		v->help = true;
		v->help_top = 0;
		break;
	case ACT_REDRAW:
		v->redraw = true;
		break;
	default:
		snprintf(v->msg, sizeof(v->msg), "%s", view_list_keys);
		break;
	}
}

int
view_help_lines(const struct view *v)
{
	size_t	n;

	for (n = 0; keys_get(n) != NULL; n++)
		continue;
	return (int)n * (v->g.cols < VIEW_HELP_WIDE ? 2 : 1) +
	    VIEW_HELP_EXTRA;
}

int
view_help_rows(const struct view *v)
{
	return v->g.rows > 2 ? v->g.rows - 2 : v->g.rows > 0 ? v->g.rows : 1;
}

/* On the help screen, motions scroll it and any other key closes it. */
static void
help_key(struct view *v, int key)
{
	enum action	a = keys_action(key);
	int		top = v->help_top, h = view_help_rows(v);
	int		last = view_help_lines(v) - h;

	if (a == ACT_DOWN)
		top++;
	else if (a == ACT_UP)
		top--;
	else if (a == ACT_PAGE_DOWN || a == ACT_HALF_DOWN)
		top += a == ACT_PAGE_DOWN ? h : h / 2 + 1;
	else if (a == ACT_PAGE_UP || a == ACT_HALF_UP)
		top -= a == ACT_PAGE_UP ? h : h / 2 + 1;
	else if (a == ACT_TOP)
		top = 0;
	else if (a == ACT_BOTTOM)
		top = last;
	else {
		v->help = false;
		keys_init(&v->keys);
		return;
	}
	v->help_top = top > last ? last : top;
	if (v->help_top < 0)
		v->help_top = 0;
}

void
view_key(struct view *v, int key)
{
	struct command	cmd;

	v->msg[0] = '\0';
	if (v->help) {
		help_key(v, key);
		return;
	}
	if (v->prompting) {
		prompt_key(v, key);
		return;
	}
	if (v->comparing) {
		compare_key(v, key);
		return;
	}
	if (v->list != NULL) {
		list_key(v, key);
		return;
	}
	cmd = keys_feed(&v->keys, key);
	view_apply(v, &cmd);
}

/*
 * The mouse: ui.c gives cells and what happened there; here they are
 * found in the geometry and the layouts' rows.
 */

static bool
in_rect(const struct rect *r, int y, int x)
{
	return y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

/* The shown pane whose title or text holds cell y,x, or -1. */
static int
pane_at(const struct view *v, int y, int x)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++)
		if (v->g.shown[p] && (in_rect(&v->g.title[p], y, x) ||
		    in_rect(&v->g.text[p], y, x)))
			return p;
	return -1;
}

/* The document byte drawn at cell y,x of pane p, or SIZE_MAX. */
static size_t
byte_at(const struct view *v, int p, int y, int x)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	const struct layout	*l = v->pane[p].lay;
	const struct line	*ln;
	const struct run	*r;
	struct glyph		 g;
	size_t			 i, pos, end;
	int			 col, c = x - v->g.text[p].x - v->numw[p];

	if (l == NULL || !in_rect(&v->g.text[p], y, x) || c < 0)
		return SIZE_MAX;
	i = v->pane[p].top + (size_t)(y - v->g.text[p].y);
	if (i >= l->nlines)
		return SIZE_MAX;
	ln = &l->lines[i];
	/* Bounded by one screen line: its glyphs fit in the pane. */
	for (i = 0; i < ln->nruns; i++) {
		r = &ln->runs[i];
		col = r->col;
		for (pos = r->off, end = r->off + r->len; pos < end;
		    pos += g.len) {
			display_next(d->text + pos, end - pos, col, l->ascii,
			    &g);
			if (c >= col && c < col + g.width)
				return pos;
			col += g.width;
		}
	}
	return SIZE_MAX;
}

/*
 * The quotation whose span in pane p holds byte off: the narrowest, as
 * quotations nest and several may share a source; -1 for none.
 */
static long
quote_at(const struct view *v, int p, size_t off)
{
	const struct span	*s;
	struct span		 outer;
	size_t			 i, best = SIZE_MAX;
	long			 qi = -1;

	for (i = 0; i < v->m->nquotes; i++) {
		outer = quote_outer(&v->m->quotes[i]);
		s = p == PANE_REP ? &outer : &v->m->quotes[i].src;
		if (s->len > 0 && off >= s->off && off - s->off < s->len &&
		    s->len < best) {
			best = s->len;
			qi = (long)i;
		}
	}
	return qi;
}

void
view_mouse(struct view *v, const struct mouse_event *e)
{
	struct command	c;
	struct place	before;
	size_t		off;
	long		qi;
	int		p, i, delta = 0;

	if (!v->mouse || v->prompting)
		return;
	v->msg[0] = '\0';
	if (e->kind != MOUSE_CLICK)
		delta = e->kind == MOUSE_WHEEL_UP ? -VIEW_WHEEL : VIEW_WHEEL;
	if (v->help) {
		for (i = 0; i < VIEW_WHEEL && delta != 0; i++)
			help_key(v, delta > 0 ? KEYS_DOWN : KEYS_UP);
		return;
	}
	/* Over a list the wheel moves its cursor; a click is not for it. */
	if (v->list != NULL) {
		if (delta != 0)
			listview_move(v->list, delta > 0 ? LISTVIEW_DOWN :
			    LISTVIEW_UP, VIEW_WHEEL);
		return;
	}
	/* A number being typed is not for the mouse: forget it. */
	keys_init(&v->keys);
	if (v->g.side.w > 0 && in_rect(&v->g.side, e->y, e->x)) {
		c.action = delta > 0 ? ACT_SIDE_DOWN : ACT_SIDE_UP;
		c.count = VIEW_WHEEL;
		if (delta != 0)
			view_act(v, &c, VIEW_WHEEL);
		return;
	}
	if ((p = pane_at(v, e->y, e->x)) < 0)
		return;
	if (delta != 0) {
		scroll_pane(v, p, delta);
		return;
	}
	if (p != v->focus)
		set_focus(v, p);
	if ((off = byte_at(v, p, e->y, e->x)) == SIZE_MAX ||
	    (qi = quote_at(v, p, off)) < 0)
		return;
	place_save(v, &before);
	select_quote(v, qi);
	jump_note(v, &before);
}

void
view_timeout(struct view *v)
{
	struct place	before;
	long		n = v->keys.count;
	bool		typing = v->keys.typing;

	keys_init(&v->keys);
	if (!typing)
		return;
	if (v->comparing) {
		v->msg[0] = '\0';
		compare_row(v, n);
		return;
	}
	if (v->list != NULL) {
		v->msg[0] = '\0';
		list_row(v, n);
		return;
	}
	place_save(v, &before);
	prop_number(v, n);
	jump_note(v, &before);
}

/* Status. */

bool
view_lines(const struct view *v, int p, size_t *first, size_t *last,
    size_t *total)
{
	const struct layout	*l = v->pane[p].lay;
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	const struct line	*ln;
	size_t			 top = v->pane[p].top, end;

	if (l == NULL || top >= l->nlines || view_height(v, p) <= 0)
		return false;
	end = top + (size_t)view_height(v, p);
	if (end > l->nlines)
		end = l->nlines;
	ln = &l->lines[end - 1];
	*first = doc_line_at(d, l->lines[top].off);
	*last = doc_line_at(d, ln->off + (ln->len > 0 ? ln->len - 1 : 0));
	*total = d->nlines;
	return true;
}

void
view_status(const struct view *v, char *buf, size_t size)
{
	const char		*dot = v->ascii ? " | " : " \xc2\xb7 ";
	const struct quote	*q = view_quote(v);
	const struct paraphrase	*pp = view_para(v);
	size_t			 np = v->m->stmt->nprops, n;
	size_t			 first, last, total;
	int			 whose = -1;

	if (v->prompting) {
		snprintf(buf, size, "%c%s", v->prompt_back ? '\\' : '/',
		    v->input);
		return;
	}
	if (v->waiting != VIEW_WAIT_NONE && v->msg[0] == '\0') {
		snprintf(buf, size, "checking %zu/%zu: the %s opens when every "
		    "report is checked%sEsc cancels", v->rs->ntried,
		    v->rs->n, v->waiting == VIEW_WAIT_COMPARE ? "comparison" :
		    "list of reports", dot);
		return;
	}
	if (v->keys.typing) {
		snprintf(buf, size, "%ld: Enter or a pause goes to proposal "
		    "%ld; a motion moves %ld times", v->keys.count,
		    v->keys.count, v->keys.count);
		return;
	}
	if (v->msg[0] != '\0') {
		snprintf(buf, size, "%s", v->msg);
		return;
	}
	n = report_status(v, buf, size, dot);
	if (n >= size)
		return;
	if (np == 0)
		n += (size_t)snprintf(buf + n, size - n, "no proposals");
	else if (v->prop < 0)
		n += (size_t)snprintf(buf + n, size - n, "Proposal -/%zu", np);
	else
		n += (size_t)snprintf(buf + n, size - n, "Proposal %ld/%zu",
		    v->prop + 1, np);
	if (n >= size)
		return;
	if (pp != NULL)
		n += (size_t)snprintf(buf + n, size - n, "%sparaphrase %ld/%zu",
		    dot, v->para + 1, v->m->nparas);
	else if (v->m->nquotes == 0)
		n += (size_t)snprintf(buf + n, size - n, "%sno quotations", dot);
	else if (q == NULL)
		n += (size_t)snprintf(buf + n, size - n, "%squote -/%zu", dot,
		    v->m->nquotes);
	else
		n += (size_t)snprintf(buf + n, size - n, "%squote %zu/%zu %s",
		    dot, (size_t)quote_id(v->m, q), v->m->nquotes,
		    verdict_name(q->verdict));
	/*
	 * A quotation or paraphrase of another proposal, or of none, says
	 * whose it is.
	 */
	if (q != NULL || pp != NULL)
		whose = q != NULL ? quote_proposal(v->m, q) : pp->proposal;
	if (n < size && whose >= 0 && whose != view_prop_number(v)) {
		if (whose > 0)
			n += (size_t)snprintf(buf + n, size - n,
			    " (proposal %d)", whose);
		else
			n += (size_t)snprintf(buf + n, size - n,
			    " (no proposal)");
	}
	if (n >= size)
		return;
	/* File lines, as less -M says them: no percentage beside a verdict. */
	if (view_lines(v, v->focus, &first, &last, &total))
		n += (size_t)snprintf(buf + n, size - n, "%slines %zu-%zu/%zu",
		    dot, first, last, total);
	if (n < size && v->sync)
		n += (size_t)snprintf(buf + n, size - n, "%ssync", dot);
	/* While the other reports are checked, how far that has got. */
	if (n < size && v->rs != NULL && reports_pending(v->rs))
		snprintf(buf + n, size - n, "%schecking %zu/%zu", dot,
		    v->rs->ntried, v->rs->n);
}

/*
 * Search: the pattern is looked for in the focused pane (search.c),
 * from the match on screen or else from the top line, wrapping round.
 */

static void
clear_matches(struct view *v)
{
	free(v->matches);
	v->matches = NULL;
	v->nmatches = 0;
	v->match = -1;
	v->spane = -1;
}

/* Find every match of the pattern in pane p. */
static void
find_matches(struct view *v, int p)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;

	clear_matches(v);
	v->spane = p;
	if (v->index[p] == NULL)
		v->index[p] = search_index_new(d->text, d->len);
	v->matches = search_find(v->index[p], v->pattern, &v->nmatches);
}

size_t
view_match_from(const struct view *v, int p, size_t off)
{
	if (p != v->spane)
		return v->nmatches;
	return search_from(v->matches, v->nmatches, off);
}

/* The match a search from the top of pane p starts at (forward). */
static long
first_match(const struct view *v, int p, bool fwd)
{
	size_t	i;

	if (v->match >= 0 && off_visible(v, p, v->matches[v->match].off))
		return fwd ? v->match + 1 : v->match - 1;
	i = search_at(v->matches, v->nmatches, v->pane[p].anchor);
	return fwd ? (long)i : (long)i - 1;
}

/* n, N (fwd false): the n-th match on, laid out in full first. */
static void
goto_match(struct view *v, bool fwd, long n)
{
	int	p = v->focus, wrapped;
	long	i;

	if (v->pattern == NULL) {
		snprintf(v->msg, sizeof(v->msg),
		    "no search pattern: / starts one");
		return;
	}
	need_all(v, p);
	if (v->spane != p)
		find_matches(v, p);
	if (v->nmatches == 0) {
		snprintf(v->msg, sizeof(v->msg), "Pattern not found");
		return;
	}
	i = first_match(v, p, fwd) + (fwd ? n - 1 : -(n - 1));
	i = search_wrap(i, (long)v->nmatches, &wrapped);
	if (wrapped > 0)
		snprintf(v->msg, sizeof(v->msg),
		    "search hit bottom, continuing at top");
	else if (wrapped < 0)
		snprintf(v->msg, sizeof(v->msg),
		    "search hit top, continuing at bottom");
	v->match = i;
	show_span(v, p, &v->matches[i]);
	follow(v, p);
}

/* The selected quotation's own roles inside its span. */

bool
view_selected_at(const struct view *v, int p, size_t off)
{
	const struct quote	*q = view_quote(v);
	const struct paraphrase	*pp = view_para(v);
	const struct span	*s;
	struct span		 outer;

	if (q != NULL) {
		outer = quote_outer(q);
		s = p == PANE_REP ? &outer : &q->src;
		/* A quotation not found: its closest passage stands for it. */
		if (p == PANE_STMT && q->verdict == VERDICT_NOT_FOUND)
			s = &quote_closest(q)->src;
	} else if (pp != NULL)
		s = p == PANE_REP ? &pp->rep : &pp->src;
	else
		return false;
	return s->len > 0 && off >= s->off && off < s->off + s->len;
}

enum role
view_role_at(const struct view *v, int p, size_t off, enum role role)
{
	const struct quote	*q = view_quote(v);
	const struct span	*s;
	size_t			 i;

	if (role == ROLE_ESCAPE || !view_selected_at(v, p, off))
		return role;
	if (q == NULL)
		return ROLE_PARAPHRASE;
	/* A closest passage is selected, but it is no quotation's source. */
	if (p == PANE_STMT && q->verdict == VERDICT_NOT_FOUND)
		return role;
	/* Bounded by the quotation's own changes, a handful. */
	for (i = 0; q->verdict == VERDICT_ALTERED && i < quote_nchanges(q); i++) {
		s = p == PANE_REP ? &quote_changes(q)[i].rep : &quote_changes(q)[i].src;
		if (off >= s->off && off < s->off + s->len)
			return ROLE_CHANGED;
	}
	return layout_verdict_role(q->verdict);
}

/*
 * Several reports.  The view shows one report; . and , step through
 * them, r lists them, c compares them (compview.h).  Each is checked
 * when first shown (reports.h), the others while no key waits.
 */

void
view_set_reports(struct view *v, struct reports *rs, size_t cur)
{
	size_t	n;
	int	digits;

	v->rs = rs;
	v->cur = cur;
	v->gutter = 0;
	if (rs->n > 1) {
		for (digits = 1, n = rs->n; n >= 10; n /= 10)
			digits++;
		/* A count, a mark and a blank before the text. */
		v->gutter = digits + 2;
	}
	view_refit(v);
}

size_t
view_nreports(const struct view *v)
{
	return v->rs != NULL ? v->rs->n : 1;
}

/*
 * After a switch: the first quotation whose source the statement pane
 * shows, the report pane brought to it; else the first one the report
 * pane shows at its top.  The statement pane does not move.
 */
static void
report_select_first(struct view *v)
{
	const struct quote	*q;
	size_t			 i;

	for (i = 0; i < v->m->nquotes; i++) {
		q = &v->m->quotes[i];
		if (q->src.len > 0 && span_visible(v, PANE_STMT, &q->src)) {
			v->quote = (long)i;
			jump_to(v, PANE_REP, line_of(v, PANE_REP,
			    quote_outer(q).off), context(v, PANE_REP));
			return;
		}
	}
	v->quote = visible_quote(v, PANE_REP);
}

bool
view_report(struct view *v, size_t i)
{
	const struct model	*m;
	size_t			 anchor;
	int			 p;

	if (v->rs == NULL || i >= v->rs->n)
		return false;
	if ((m = reports_get(v->rs, i)) == NULL) {
		snprintf(v->msg, sizeof(v->msg), "report %zu/%zu: %s", i + 1,
		    v->rs->n, reports_error(v->rs, i));
		return false;
	}
	if (m == v->m)
		return true;
	anchor = top_off(v, PANE_STMT);
	v->m = m;
	v->cur = i;
	/* The statement's marks are the report's: both are laid out anew. */
	for (p = 0; p < PANE_MAX; p++) {
		layout_free(v->pane[p].lay);
		v->pane[p].lay = NULL;
	}
	search_index_free(v->index[PANE_REP]);
	v->index[PANE_REP] = NULL;
	if (v->spane == PANE_REP)
		clear_matches(v);
	v->pane[PANE_STMT].anchor = anchor;
	v->pane[PANE_REP].top = 0;
	v->pane[PANE_REP].anchor = 0;
	v->quote = -1;
	v->para = -1;
	v->side_top = 0;
	/* The anchors of synchronised scrolling are the old report's. */
	sync_free(v->anchors);
	v->anchors = NULL;
	view_refit(v);
	report_select_first(v);
	return true;
}

/* . and , : n readable reports on (back when n < 0), as far as there are. */
static void
report_step(struct view *v, long n)
{
	long	nr = (long)view_nreports(v), i, last = -1;
	long	step = n > 0 ? 1 : -1, left = n > 0 ? n : -n;

	if (nr < 2) {
		snprintf(v->msg, sizeof(v->msg), "only one report");
		return;
	}
	/* Bounded by nr: i only moves one way. */
	for (i = (long)v->cur + step; i >= 0 && i < nr; i += step) {
		if (reports_get(v->rs, (size_t)i) == NULL)
			continue;
		last = i;
		if (--left == 0)
			break;
	}
	if (last < 0) {
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "this is the last report" : "this is the first report");
		return;
	}
	view_report(v, (size_t)last);
}

/* The name cut to max cells at a glyph boundary; the bytes kept. */
static size_t
name_cut(const char *s, int max, bool *cut)
{
	struct glyph	g;
	size_t		n = strlen(s), at = 0;
	int		w = 0;

	*cut = false;
	while (at < n) {
		display_next(s + at, n - at, w, false, &g);
		if (w + g.width > max) {
			*cut = true;
			break;
		}
		w += g.width;
		at += g.len;
	}
	return at;
}

#define VIEW_NAME_CELLS	20	/* of a report's name on the status line */

/* "report 2/6 TASS · ", or nothing with one report; the bytes written. */
static size_t
report_status(const struct view *v, char *buf, size_t size,
    const char *dot)
{
	const char	*name;
	size_t		 k;
	bool		 cut;
	int		 n;

	if (view_nreports(v) < 2)
		return 0;
	name = reports_name(v->rs, v->cur);
	k = name_cut(name, VIEW_NAME_CELLS, &cut);
	n = snprintf(buf, size, "report %zu/%zu %.*s%s%s", v->cur + 1,
	    v->rs->n, (int)k, name, cut ? (v->ascii ? "..." : "\xe2\x80\xa6") :
	    "", dot);
	return n < 0 ? 0 : (size_t)n;
}

void
view_grid_rows(const struct view *v, struct grid_rows *gr)
{
	int	rows = v->g.rows;

	gr->title = gr->head = gr->status = -1;
	gr->body = 0;
	gr->nbody = rows > 0 ? 1 : 0;
	if (rows >= 4) {
		gr->title = 0;
		gr->head = 1;
		gr->body = 2;
		gr->nbody = rows - 3;
		gr->status = rows - 1;
	} else if (rows >= 2) {
		gr->head = 0;
		gr->body = 1;
		gr->status = rows == 3 ? 2 : -1;
	}
}


void
view_fit_grids(struct view *v)
{
	struct grid_rows	gr;

	view_grid_rows(v, &gr);
	if (v->comparing)
		compview_fit(&v->cv, v->g.cols, gr.nbody);
}

/* The comparison: its cursor on this report, at the passage in view. */
static void
open_compare(struct view *v)
{
	const struct compare	*c;
	const struct quote	*q = view_quote(v);
	size_t			 row = 0, top = top_off(v, PANE_STMT);
	long			 p = -1;

	if (view_nreports(v) < 2) {
		snprintf(v->msg, sizeof(v->msg), "only one report: nothing "
		    "to compare");
		return;
	}
	c = reports_compare(v->rs);
	if (c->nreps == 0)
		return;
	compview_init(&v->cv, c);
	if (q != NULL && q->src.len > 0)
		p = compare_passage_at(c, q->src.off);
	if (p >= 0)
		row = (size_t)p;
	else
		/* Bounded by the passages: one look each. */
		while (row + 1 < c->npassages &&
		    c->passages[row].src.off + c->passages[row].src.len <= top)
			row++;
	v->comparing = true;
	view_fit_grids(v);
	compview_goto(&v->cv, row, v->rs->col_of[v->cur] < c->nreps ?
	    v->rs->col_of[v->cur] : 0);
	view_fit_grids(v);
}

/* The report's first paraphrase of passage span s, or NULL. */
static const struct paraphrase *
para_in(const struct model *m, const struct span *s)
{
	size_t	i;

	for (i = 0; i < m->nparas; i++)
		if (m->paras[i].src.len > 0 && m->paras[i].src.off < s->off +
		    s->len && m->paras[i].src.off + m->paras[i].src.len > s->off)
			return &m->paras[i];
	return NULL;
}

/*
 * Enter on a cell: its report, at its quotation (selected, the
 * statement at its source), or at the passage (and a paraphrase of it).
 */
static void
compare_open(struct view *v)
{
	struct compview_target	 t;
	struct place		 before;
	const struct paraphrase	*pa;
	const struct span	*src;

	if (v->cv.nrows == 0) {
		snprintf(v->msg, sizeof(v->msg), "no report quotes the "
		    "statement");
		return;
	}
	compview_target(&v->cv, &t);
	place_save(v, &before);
	v->comparing = false;
	if (!view_report(v, v->rs->rep_of[t.col]))
		return;
	if (t.quote > 0 && t.quote <= v->m->nquotes)
		select_quote(v, (long)t.quote - 1);
	else if (t.passage >= 0) {
		src = &v->rs->cmp.passages[t.passage].src;
		v->quote = -1;
		show_span(v, PANE_STMT, src);
		if ((pa = para_in(v->m, src)) != NULL)
			show_span(v, PANE_REP, &pa->rep);
		follow_prop(v);
		snprintf(v->msg, sizeof(v->msg), pa != NULL ?
		    "this report paraphrases the passage, without quoting it" :
		    "this report does not use the passage");
	}
	jump_note(v, &before);
}

/* Row n (1-based) of the comparison, in the column of the cursor. */
static void
compare_row(struct view *v, long n)
{
	compview_goto(&v->cv, n > 0 ? (size_t)n - 1 : 0, v->cv.col);
	view_fit_grids(v);
}

/*
 * A key in the comparison view.  Counts work as in the lists: 5j, 3l;
 * a number ended by Enter, a pause (view_timeout), g or G puts the
 * cursor on that row.
 */
static void
compare_key(struct view *v, int key)
{
	struct compview	*cv = &v->cv;
	long		 h = cv->shown_rows > 0 ? (long)cv->shown_rows : 1;
	/* The count as typed: h and l take one here, not in the panes. */
	long		 typed = v->keys.typing ? v->keys.count : 0;
	struct command	 cmd = keys_feed(&v->keys, key);
	long		 n = typed > 0 ? typed : 1;

	switch (cmd.action) {
	case ACT_COUNT:
		count_msg(v, cmd.count);
		return;
	case ACT_PROP_GOTO:
		compare_row(v, n);
		return;
	case ACT_DOWN:
	case ACT_UP:
		compview_move(cv, cmd.action == ACT_DOWN ? n : -n, 0);
		break;
	case ACT_FOCUS_LEFT:
	case ACT_FOCUS_PREV:
		compview_move(cv, 0, -n);
		break;
	case ACT_FOCUS_RIGHT:
	case ACT_FOCUS_NEXT:
		compview_move(cv, 0, n);
		break;
	/* Pages and counts are at most KEYS_COUNT_MAX rows of a screen:
	 * compview_move saturates the sum. */
	case ACT_PAGE_DOWN:
		compview_move(cv, n * h, 0);
		break;
	case ACT_PAGE_UP:
		compview_move(cv, -n * h, 0);
		break;
	case ACT_HALF_DOWN:
		compview_move(cv, n * (h / 2 + 1), 0);
		break;
	case ACT_HALF_UP:
		compview_move(cv, -n * (h / 2 + 1), 0);
		break;
	case ACT_TOP:
	case ACT_BOTTOM:
		if (typed > 0)
			compare_row(v, typed);
		else
			compview_goto(cv, cmd.action == ACT_TOP || cv->nrows == 0 ?
			    0 : cv->nrows - 1, cv->col);
		break;
	case ACT_COUNTERPART:
		compare_open(v);
		return;
	case ACT_HELP:
		v->help = true;
		v->help_top = 0;
		return;
	case ACT_REDRAW:
		v->redraw = true;
		return;
	case ACT_QUIT:
	case ACT_CANCEL:
	case ACT_COMPARE:
		v->comparing = false;
		return;
	default:
		snprintf(v->msg, sizeof(v->msg),
		    "h j k l move, Enter opens the report, q closes");
		return;
	}
	view_fit_grids(v);
}


/* The status line of the comparison view. */
void
view_compare_status(const struct view *v, char *buf, size_t size)
{
	const struct compview	*cv = &v->cv;
	const char		*dot = v->ascii ? " | " : " \xc2\xb7 ";
	static const char *const what[] = { "", "not used", "paraphrased",
	    "exact", "altered", "not in the statement" };
	enum compview_kind	 k;
	long			 p;

	if (v->msg[0] != '\0') {
		snprintf(buf, size, "%s", v->msg);
		return;
	}
	if (cv->nrows == 0 || cv->c->nreps == 0) {
		snprintf(buf, size, "no report quotes the statement%sq closes",
		    dot);
		return;
	}
	k = compview_cell(cv, cv->row, cv->col);
	if ((p = compview_passage(cv, cv->row)) >= 0)
		snprintf(buf, size, "%s %s%spassage %ld/%zu%sEnter opens%s"
		    "q closes", cv->c->abbrevs[cv->col], what[k], dot, p + 1,
		    cv->c->npassages, dot, dot);
	else
		snprintf(buf, size, "%s %s%snot in the statement %zu/%zu%s"
		    "Enter opens%sq closes", cv->c->abbrevs[cv->col],
		    k == CV_BLANK ? "-" : "quoted", dot, cv->row -
		    cv->c->npassages + 1, cv->c->ninvented, dot, dot);
}

bool
view_gutter(const struct view *v, size_t i, char *buf, size_t size,
    enum role *role)
{
	const struct layout	*l = v->pane[PANE_STMT].lay;
	const struct compare	*c;
	const struct reports_use *u;
	const struct line	*ln;
	size_t			 lo, hi, mid, end;
	bool			 starts;

	if (v->rs == NULL || !v->rs->compared || l == NULL || i >= l->nlines ||
	    l->lines[i].len == 0)
		return false;
	c = &v->rs->cmp;
	ln = &l->lines[i];
	end = ln->off + ln->len;
	/* Passages do not overlap: their ends are in order too. */
	for (lo = 0, hi = c->npassages; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (c->passages[mid].src.off + c->passages[mid].src.len <=
		    ln->off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == c->npassages || c->passages[lo].src.off >= end)
		return false;
	/* One that starts on the line says more than one that ends there. */
	if (c->passages[lo].src.off < ln->off && lo + 1 < c->npassages &&
	    c->passages[lo + 1].src.off < end)
		lo++;
	starts = c->passages[lo].src.off >= ln->off;
	u = &v->rs->uses[lo];
	*role = u->worst == CMP_ALTERED ? ROLE_ALTERED :
	    u->worst == CMP_EXACT ? ROLE_EXACT : ROLE_PARAPHRASE;
	if (starts)
		snprintf(buf, size, "%zu%c", u->nquoted > 0 ? u->nquoted :
		    u->nused, compare_mark_char(u->worst));
	else
		snprintf(buf, size, "%c", compare_mark_char(u->worst));
	return true;
}

