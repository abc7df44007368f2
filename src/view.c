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
 * the view.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "doc.h"
#include "search.h"
#include "view.h"
#include "xmalloc.h"

/* Bytes laid out at a time: at first, and in each slice of view_work. */
#define VIEW_SLICE	65536

/* Said from more than one place. */
static const char view_no_quotes[] = "no quotations in the report";
static const char view_no_props[] = "no numbered proposals in the statement";

static void	view_refit(struct view *);
static void	goto_match(struct view *, bool, long);
static void	clear_matches(struct view *);
static void	prop_number(struct view *, long);
static void	view_act(struct view *, const struct command *, long);

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
	int		 w = v->g.text[p].w;

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

void
view_resize(struct view *v, int cols, int rows)
{
	int	p;

	view_geometry(&v->g, cols, rows, v->mode, v->focus, v->sidebar,
	    v->overlay);
	for (p = 0; p < PANE_MAX; p++) {
		relayout(v, p);
		need_screen(v, p);
	}
}

bool
view_pending(const struct view *v)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++)
		if (v->pane[p].lay != NULL && !v->pane[p].lay->done)
			return true;
	return false;
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
	v->focus = PANE_STMT;
	v->prop = -1;
	v->quote = -1;
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

/* The report's first quotation or paraphrase of proposal number n. */
static bool
first_mention(const struct model *m, int n, size_t *off, long *qi)
{
	size_t	i;
	bool	found = false;

	*qi = -1;
	for (i = 0; i < m->nquotes; i++)
		if (m->quotes[i].proposal == n &&
		    (!found || m->quotes[i].outer.off < *off)) {
			*off = m->quotes[i].outer.off;
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

/*
 * Quotations starting above the top of the report pane, or with end
 * set, above its bottom (they are in report order).
 */
static long
quotes_above(const struct view *v, bool end)
{
	const struct layout	*l = v->pane[PANE_REP].lay;
	size_t			 lim = top_off(v, PANE_REP), i, e;

	e = v->pane[PANE_REP].top + (size_t)view_height(v, PANE_REP);
	if (end)
		lim = l == NULL || e >= l->nlines ? SIZE_MAX : l->lines[e].off;
	for (i = 0; i < v->m->nquotes && v->m->quotes[i].outer.off < lim; i++)
		continue;
	return (long)i;
}

/*
 * After pane p scrolled: the selected quotation stays selected while
 * some of it is on screen there (a quotation not in the statement is
 * not moved by the statement pane).
 */
static void
follow_quote(struct view *v, int p)
{
	const struct quote	*q = view_quote(v);
	const struct span	*s;

	if (q == NULL)
		return;
	s = p == PANE_REP ? &q->outer : &q->src;
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
	long			 pi;

	v->quote = i;
	show_span(v, PANE_REP, &q->outer);
	if (q->src.len > 0)
		show_span(v, PANE_STMT, &q->src);
	if (q->proposal > 0 &&
	    (pi = doc_proposal_index(v->m->stmt, q->proposal)) >= 0)
		v->prop = pi;
	else
		follow_prop(v);
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

/* A quotation shown in pane p, for Enter when none is selected. */
static long
visible_quote(const struct view *v, int p)
{
	const struct quote	*q;
	size_t			 i;

	for (i = 0; i < v->m->nquotes; i++) {
		q = &v->m->quotes[i];
		if (p == PANE_REP && off_visible(v, p, q->outer.off))
			return (long)i;
		if (p == PANE_STMT && q->src.len > 0 &&
		    off_visible(v, p, q->src.off))
			return (long)i;
	}
	return -1;
}

static void
counterpart(struct view *v)
{
	const struct quote	*q;
	int			 other = v->focus == PANE_STMT ? PANE_REP : PANE_STMT;

	if (v->m->nquotes == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
		return;
	}
	view_finish(v);
	if (v->quote < 0 && (v->quote = visible_quote(v, v->focus)) < 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "no quotation here: } selects one");
		return;
	}
	q = &v->m->quotes[v->quote];
	if (other == PANE_STMT && q->src.len == 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "quotation %zu is not in the statement", (size_t)q->id);
		return;
	}
	v->focus = other;
	view_refit(v);
	jump_to(v, other, line_of(v, other, other == PANE_STMT ?
	    q->src.off : q->outer.off), context(v, other));
}

/* Motions. */

static void
scroll_focus(struct view *v, long delta)
{
	int	other = v->focus == PANE_STMT ? PANE_REP : PANE_STMT;

	scroll_by(v, v->focus, delta);
	follow(v, v->focus);
	if (v->sync) {
		scroll_by(v, other, delta);
		follow(v, other);
	}
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
	pl->focus = v->focus;
}

static bool
place_same(const struct place *a, const struct place *b)
{
	return a->anchor[PANE_STMT] == b->anchor[PANE_STMT] &&
	    a->anchor[PANE_REP] == b->anchor[PANE_REP] &&
	    a->focus == b->focus && a->quote == b->quote;
}

static void
place_restore(struct view *v, const struct place *pl)
{
	int	p;

	v->focus = pl->focus;
	view_refit(v);
	for (p = 0; p < PANE_MAX; p++)
		set_top(v, p, line_of(v, p, pl->anchor[p]));
	v->prop = pl->prop;
	v->quote = pl->quote;
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
	case ACT_COUNTERPART:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
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
		v->prompting = true;
		v->ninput = 0;
		v->input[0] = '\0';
		break;
	case ACT_SEARCH_NEXT:
		goto_match(v, true, n);
		break;
	case ACT_SEARCH_PREV:
		goto_match(v, false, n);
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
	case ACT_NONE:
		snprintf(v->msg, sizeof(v->msg),
		    "key not bound: press ? for help");
		break;
	case ACT_CANCEL:
	case ACT_COUNT:
	case ACT_MAX:
		break;
	}
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

static void
prompt_done(struct view *v)
{
	struct place	before;

	v->prompting = false;
	if (v->ninput > 0) {
		free(v->pattern);
		v->pattern = xstrdup(v->input);
		clear_matches(v);
	}
	v->match = -1;
	place_save(v, &before);
	goto_match(v, true, 1);
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
	if (c >= 0x20 && c != 0x7f && c < 0x110000 &&
	    !(c >= 0x80 && c < 0xa0) && !(c >= 0xd800 && c < 0xe000))
		prompt_add(v, c);
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
	cmd = keys_feed(&v->keys, key);
	view_apply(v, &cmd);
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
	place_save(v, &before);
	prop_number(v, n);
	jump_note(v, &before);
}

/* Status. */

int
view_percent(const struct view *v, int p)
{
	const struct layout	*l = v->pane[p].lay;
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	size_t			 n = view_nlines(v, p), end;

	if (n == 0)
		return 100;
	end = v->pane[p].top + (size_t)view_height(v, p);
	if (end >= n)
		return 100;
	if (l->done || d->len == 0)
		return (int)(end * 100 / n);
	/* Until every line is known: the share of the bytes above. */
	return (int)((double)l->lines[end].off * 100 / (double)d->len);
}

void
view_status(const struct view *v, char *buf, size_t size)
{
	const char		*dot = v->ascii ? " | " : " \xc2\xb7 ";
	const struct quote	*q = view_quote(v);
	size_t			 np = v->m->stmt->nprops, n;

	if (v->prompting) {
		snprintf(buf, size, "/%s", v->input);
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
	if (np == 0)
		n = (size_t)snprintf(buf, size, "no proposals");
	else if (v->prop < 0)
		n = (size_t)snprintf(buf, size, "Proposal -/%zu", np);
	else
		n = (size_t)snprintf(buf, size, "Proposal %ld/%zu",
		    v->prop + 1, np);
	if (n >= size)
		return;
	if (v->m->nquotes == 0)
		n += (size_t)snprintf(buf + n, size - n, "%sno quotations", dot);
	else if (q == NULL)
		n += (size_t)snprintf(buf + n, size - n, "%squote -/%zu", dot,
		    v->m->nquotes);
	else
		n += (size_t)snprintf(buf + n, size - n, "%squote %zu/%zu %s",
		    dot, (size_t)q->id, v->m->nquotes, verdict_name(q->verdict));
	/* A quotation of another proposal, or of none, says whose it is. */
	if (n < size && q != NULL && q->proposal != view_prop_number(v)) {
		if (q->proposal > 0)
			n += (size_t)snprintf(buf + n, size - n,
			    " (proposal %d)", q->proposal);
		else
			n += (size_t)snprintf(buf + n, size - n,
			    " (no proposal)");
	}
	if (n >= size)
		return;
	n += (size_t)snprintf(buf + n, size - n, "%s%d%%", dot,
	    view_percent(v, v->focus));
	if (n < size && v->sync)
		snprintf(buf + n, size - n, "%ssync", dot);
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
	const struct span	*s;

	if (q == NULL)
		return false;
	s = p == PANE_REP ? &q->outer : &q->src;
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
	/* Bounded by the quotation's own changes, a handful. */
	for (i = 0; q->verdict == VERDICT_ALTERED && i < q->nchanges; i++) {
		s = p == PANE_REP ? &q->changes[i].rep : &q->changes[i].src;
		if (off >= s->off && off < s->off + s->len)
			return ROLE_CHANGED;
	}
	switch (q->verdict) {
	case VERDICT_EXACT:
		return ROLE_EXACT;
	case VERDICT_ALTERED:
		return ROLE_ALTERED;
	default:
		return ROLE_NOT_FOUND;
	}
}
