/*
 * view.c — the reader's state and what each action does to it.
 *
 * Each pane keeps its layout (rebuilt when its width changes) and the
 * layout line at its top, plus the byte offset of that line, so that a
 * resize or a re-wrap keeps the reader where they were.  Line motions
 * stop at the last screenful; jumps may put their target at the top
 * even near the end, with the rest of the pane empty, as less does.
 * Layouts are laid out as far as they are looked at, and the rest
 * later (view_work), so that a long document opens at once.
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

/* Scroll p so that the span is visible: its first line at the top. */
static void
show_span(struct view *v, int p, const struct span *s)
{
	size_t	a, b;

	a = line_of(v, p, s->off);
	b = s->len > 0 ? line_of(v, p, s->off + s->len - 1) : a;
	if (!line_visible(v, p, a) || !line_visible(v, p, b))
		set_top(v, p, a);
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

static void
goto_prop(struct view *v, long i)
{
	const struct proposal	*pr = &v->m->stmt->props[i];
	size_t			 off = 0;
	long			 qi;

	v->prop = i;
	set_top(v, PANE_STMT, line_of(v, PANE_STMT, pr->label.off));
	if (!first_mention(v->m, pr->number, &off, &qi)) {
		snprintf(v->msg, sizeof(v->msg),
		    "proposal %d not covered by the report", pr->number);
		return;
	}
	set_top(v, PANE_REP, line_of(v, PANE_REP, off));
	if (qi >= 0)
		v->quote = qi;
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
	if (v->prop < 0)
		i = n > 0 ? n - 1 : np + n;
	else
		i = v->prop + n;
	if (i < 0 || i >= np) {
		snprintf(v->msg, sizeof(v->msg), n > 0 ?
		    "no proposal after this one" :
		    "no proposal before this one");
		i = i < 0 ? 0 : np - 1;
		if (i == v->prop)
			return;
	}
	goto_prop(v, i);
}

/* After the statement scrolled: the selected proposal follows it. */
static void
follow_prop(struct view *v)
{
	const struct doc	*d = v->m->stmt;
	size_t			 i, top;
	int			 n;

	if (d->nprops == 0 || v->pane[PANE_STMT].lay == NULL)
		return;
	if (v->prop >= 0 &&
	    off_visible(v, PANE_STMT, d->props[v->prop].label.off))
		return;
	for (i = 0; i < d->nprops; i++)
		if (off_visible(v, PANE_STMT, d->props[i].label.off)) {
			v->prop = (long)i;
			return;
		}
	top = v->pane[PANE_STMT].anchor;
	if ((n = doc_proposal_at(d, top)) > 0)
		v->prop = doc_proposal_index(d, n);
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
}

static void
quote_step(struct view *v, long n)
{
	long	nq = (long)v->m->nquotes, i;

	if (nq == 0) {
		snprintf(v->msg, sizeof(v->msg), "%s", view_no_quotes);
		return;
	}
	if (v->quote < 0)
		i = n > 0 ? n - 1 : nq + n;
	else
		i = v->quote + n;
	if (i < 0 || i >= nq) {
		i = i < 0 ? 0 : nq - 1;
		if (i == v->quote) {
			snprintf(v->msg, sizeof(v->msg), n > 0 ?
			    "this is the last quotation" :
			    "this is the first quotation");
			return;
		}
	}
	select_quote(v, i);
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
		    "quotation %zu is not in the statement", q->id);
		return;
	}
	v->focus = other;
	view_refit(v);
	set_top(v, other, line_of(v, other, other == PANE_STMT ?
	    q->src.off : q->outer.off));
}

/* Motions. */

static void
scroll_focus(struct view *v, long delta)
{
	int	other = v->focus == PANE_STMT ? PANE_REP : PANE_STMT;

	scroll_by(v, v->focus, delta);
	if (v->sync)
		scroll_by(v, other, delta);
	follow_prop(v);
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
	set_top(v, v->focus, line_of(v, v->focus, d->lines[i]));
	follow_prop(v);
}

static void
place_save(const struct view *v, struct place *pl)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++) {
		pl->top[p] = v->pane[p].top;
		pl->anchor[p] = v->pane[p].anchor;
	}
	pl->prop = v->prop;
	pl->quote = v->quote;
	pl->focus = v->focus;
}

static void
place_restore(struct view *v, const struct place *pl)
{
	int	p;

	v->prop = pl->prop;
	v->quote = pl->quote;
	v->focus = pl->focus;
	view_refit(v);
	for (p = 0; p < PANE_MAX; p++) {
		v->pane[p].anchor = pl->anchor[p];
		set_top(v, p, line_of(v, p, pl->anchor[p]));
	}
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

void
view_apply(struct view *v, const struct command *c)
{
	long	n = c->count > 0 ? c->count : 1;

	if (c->action == ACT_PROP_GOTO) {
		if (v->have_saved)
			place_restore(v, &v->saved);
		else
			place_save(v, &v->saved);
		v->have_saved = true;
		prop_number(v, c->count);
		return;
	}
	if (v->have_saved && (c->count > 0 || c->action == ACT_CANCEL))
		place_restore(v, &v->saved);
	v->have_saved = false;
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
			follow_prop(v);
		} else {
			need_all(v, v->focus);
			set_top(v, v->focus, max_top(v, v->focus));
			follow_prop(v);
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
		quote_step(v, n);
		break;
	case ACT_QUOTE_PREV:
		quote_step(v, -n);
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
	case ACT_HELP:
		v->help = true;
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
	case ACT_CANCEL:
	case ACT_NONE:
	case ACT_PROP_GOTO:
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
	v->prompting = false;
	if (v->ninput > 0) {
		free(v->pattern);
		v->pattern = xstrdup(v->input);
		clear_matches(v);
	}
	v->match = -1;
	goto_match(v, true, 1);
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

void
view_key(struct view *v, int key)
{
	struct command	cmd;

	v->msg[0] = '\0';
	if (v->help) {
		v->help = false;
		keys_init(&v->keys);
		v->have_saved = false;
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
	keys_init(&v->keys);
	v->have_saved = false;
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
		    dot, q->id, v->m->nquotes, verdict_name(q->verdict));
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
	if (p == PANE_STMT)
		follow_prop(v);
}
