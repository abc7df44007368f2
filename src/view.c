/*
 * view.c — the reader's state and what each action does to it.
 *
 * Each pane keeps its layout (rebuilt when its width changes) and the
 * layout line at its top, plus the byte offset of that line, so that a
 * resize or a re-wrap keeps the reader where they were.  Line motions
 * stop at the last screenful; jumps may put their target at the top
 * even near the end, with the rest of the pane empty, as less does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "text.h"
#include "view.h"
#include "xmalloc.h"

static void	view_refit(struct view *);
static void	search_run(struct view *, bool, long);
static void	search_clear(struct view *);
static void	fold_free(struct fold *);

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

static void
geom_side(struct geom *g, int width, int body)
{
	int	lw = (width - 1) / 2, rw = width - 1 - lw;

	g->arrange = ARRANGE_SIDE;
	/* A blank column either side of the separator. */
	rect_set(&g->title[PANE_STMT], 0, 0, 1, lw);
	rect_set(&g->text[PANE_STMT], 1, 0, body - 1, lw - 1);
	rect_set(&g->sep, 0, lw, body, 1);
	rect_set(&g->title[PANE_REP], 0, lw + 1, 1, rw);
	rect_set(&g->text[PANE_REP], 1, lw + 2, body - 1, rw - 1);
	g->shown[PANE_STMT] = g->shown[PANE_REP] = true;
}

static void
geom_stacked(struct geom *g, int width, int body)
{
	int	h1 = (body - 2) / 2;

	g->arrange = ARRANGE_STACKED;
	rect_set(&g->title[PANE_STMT], 0, 0, 1, width);
	rect_set(&g->text[PANE_STMT], 1, 0, h1, width);
	rect_set(&g->title[PANE_REP], h1 + 1, 0, 1, width);
	rect_set(&g->text[PANE_REP], h1 + 2, 0, body - 2 - h1, width);
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
		geom_stacked(g, width, body);
	else
		geom_side(g, width, body);
	if (g->side.w == 0 && overlay)
		geom_overlay(g, PANE_REP);
}

/* Panes and their top lines. */

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
line_of(const struct view *v, int p, size_t off)
{
	return v->pane[p].lay != NULL ? layout_line_of(v->pane[p].lay, off) : 0;
}

static void
set_top(struct view *v, int p, size_t top)
{
	struct pane	*pn = &v->pane[p];

	if (pn->lay == NULL)
		return;
	if (pn->lay->nlines == 0) {
		pn->top = 0;
		return;
	}
	if (top >= pn->lay->nlines)
		top = pn->lay->nlines - 1;
	pn->top = top;
	pn->anchor = pn->lay->lines[top].off;
}

/* The last top a line motion may reach: the last screenful. */
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

/* Lay pane p out again if its width changed, keeping its place. */
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
	pn->lay = layout_doc(v->m, p == PANE_STMT ? DOC_STATEMENT : DOC_REPORT,
	    w, v->ascii);
	set_top(v, p, layout_line_of(pn->lay, pn->anchor));
}

void
view_resize(struct view *v, int cols, int rows)
{
	int	p;

	view_geometry(&v->g, cols, rows, v->mode, v->focus, v->sidebar,
	    v->overlay);
	for (p = 0; p < PANE_MAX; p++)
		relayout(v, p);
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
		snprintf(v->msg, sizeof(v->msg), "no quotations in the report");
	else if (m->stmt.nprops == 0)
		snprintf(v->msg, sizeof(v->msg),
		    "no numbered proposals in the statement");
}

void
view_free(struct view *v)
{
	int	p;

	for (p = 0; p < PANE_MAX; p++) {
		layout_free(v->pane[p].lay);
		v->pane[p].lay = NULL;
		fold_free(v->fold[p]);
		v->fold[p] = NULL;
	}
	search_clear(v);
	free(v->pattern);
	v->pattern = NULL;
}

/* Proposals and quotations. */

int
view_prop_number(const struct view *v)
{
	if (v->prop < 0 || (size_t)v->prop >= v->m->stmt.nprops)
		return 0;
	return v->m->stmt.props[v->prop].number;
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
	const struct proposal	*pr = &v->m->stmt.props[i];
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

	if (v->m->stmt.nprops == 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "no numbered proposals in the statement");
		return;
	}
	i = n > 0 && n <= KEYS_COUNT_MAX ?
	    doc_proposal_index(&v->m->stmt, (int)n) : -1;
	if (i < 0) {
		snprintf(v->msg, sizeof(v->msg), "no proposal %ld", n);
		return;
	}
	goto_prop(v, i);
}

static void
prop_step(struct view *v, long n)
{
	long	np = (long)v->m->stmt.nprops, i;

	if (np == 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "no numbered proposals in the statement");
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
	const struct doc	*d = &v->m->stmt;
	size_t			 i, top;
	int			 n;

	if (d->nprops == 0 || v->pane[PANE_STMT].lay == NULL)
		return;
	if (v->prop >= 0 && line_visible(v, PANE_STMT,
	    line_of(v, PANE_STMT, d->props[v->prop].label.off)))
		return;
	for (i = 0; i < d->nprops; i++)
		if (line_visible(v, PANE_STMT,
		    line_of(v, PANE_STMT, d->props[i].label.off))) {
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
	    (pi = doc_proposal_index(&v->m->stmt, q->proposal)) >= 0)
		v->prop = pi;
}

static void
quote_step(struct view *v, long n)
{
	long	nq = (long)v->m->nquotes, i;

	if (nq == 0) {
		snprintf(v->msg, sizeof(v->msg), "no quotations in the report");
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
		if (p == PANE_REP && line_visible(v, p,
		    line_of(v, p, q->outer.off)))
			return (long)i;
		if (p == PANE_STMT && q->src.len > 0 && line_visible(v, p,
		    line_of(v, p, q->src.off)))
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
		snprintf(v->msg, sizeof(v->msg), "no quotations in the report");
		return;
	}
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
				    &v->m->stmt : &v->m->rep;
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
		search_run(v, true, n);
		break;
	case ACT_SEARCH_PREV:
		search_run(v, false, n);
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
	char	b[4];
	size_t	n;

	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		b[0] = (char)(0xf0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	if (v->ninput + n >= sizeof(v->input))
		return;
	memcpy(v->input + v->ninput, b, n);
	v->ninput += n;
	v->input[v->ninput] = '\0';
}

static void
prompt_done(struct view *v)
{
	v->prompting = false;
	if (v->ninput > 0) {
		free(v->pattern);
		v->pattern = xstrdup(v->input);
		search_clear(v);
	}
	v->match = -1;
	search_run(v, true, 1);
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
	size_t	n = view_nlines(v, p), end;

	if (n == 0)
		return 100;
	end = v->pane[p].top + (size_t)view_height(v, p);
	return end >= n ? 100 : (int)(end * 100 / n);
}

void
view_status(const struct view *v, char *buf, size_t size)
{
	const char		*dot = v->ascii ? " | " : " \xc2\xb7 ";
	const struct quote	*q = view_quote(v);
	size_t			 np = v->m->stmt.nprops, n;

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
 * Search.  The pane's text is folded once (text_fold: NFKC, case,
 * quotes, dashes, white space) into a string with a map back to the
 * document, so that a pattern folded the same way finds "Putin’s" when
 * typed "putin's".  ASCII is folded here byte for byte; each run of
 * non-ASCII bytes (with the ASCII letter before it, for combining
 * marks) is folded by text_fold as one piece.
 */

/* Folded bytes [f, f+flen) come from document bytes [d, d+dlen). */
struct seg {
	size_t	f, d, flen, dlen;
};

struct fold {
	char		*text;
	size_t		 len, cap;
	struct seg	*segs;
	size_t		 nsegs, scap;
};

static void
fold_free(struct fold *f)
{
	if (f == NULL)
		return;
	free(f->text);
	free(f->segs);
	free(f);
}

static bool
fold_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

static void
fold_put(struct fold *f, const char *s, size_t n, size_t d, size_t dlen,
    bool lower)
{
	struct seg	*last = f->nsegs ? &f->segs[f->nsegs - 1] : NULL;
	size_t		 i;

	if (n == 0)
		return;
	if (last != NULL && last->flen == last->dlen && n == dlen &&
	    last->f + last->flen == f->len && last->d + last->dlen == d) {
		last->flen += n;
		last->dlen += n;
	} else {
		xgrow(&f->segs, &f->scap, f->nsegs + 1, sizeof(*f->segs));
		f->segs[f->nsegs++] = (struct seg){ f->len, d, n, dlen };
	}
	xgrow(&f->text, &f->cap, f->len + n + 1, 1);
	for (i = 0; i < n; i++)
		f->text[f->len + i] = lower && s[i] >= 'A' && s[i] <= 'Z' ?
		    (char)(s[i] - 'A' + 'a') : s[i];
	f->len += n;
	f->text[f->len] = '\0';
}

/* Fold the piece t[i..) that starts at i; returns where it ends. */
static size_t
fold_piece(struct fold *f, const char *t, size_t len, size_t i)
{
	const unsigned char	*u = (const unsigned char *)t;
	size_t			 j = i, n;
	char			*r;

	if (fold_space(t[i])) {
		while (j < len && fold_space(t[j]))
			j++;
		if (f->len > 0 && f->text[f->len - 1] != ' ')
			fold_put(f, " ", 1, i, j - i, false);
		return j;
	}
	while (j < len && u[j] < 0x80 && !fold_space(t[j]) &&
	    !(j + 1 < len && u[j + 1] >= 0x80))
		j++;
	if (j > i) {
		fold_put(f, t + i, j - i, i, j - i, true);
		return j;
	}
	for (j = i + 1; j < len && u[j] >= 0x80; j++)
		continue;
	r = text_fold(t + i, j - i, &n);
	fold_put(f, r, n, i, j - i, false);
	free(r);
	return j;
}

static struct fold *
fold_doc(const struct doc *d)
{
	struct fold	*f = xcalloc(1, sizeof(*f));
	size_t		 i = 0;

	xgrow(&f->text, &f->cap, 1, 1);
	f->text[0] = '\0';
	while (i < d->len)
		i = fold_piece(f, d->text, d->len, i);
	return f;
}

/* The segment holding folded byte x. */
static const struct seg *
fold_seg(const struct fold *f, size_t x)
{
	size_t	lo = 0, hi = f->nsegs;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->segs[mid].f <= x)
			lo = mid;
		else
			hi = mid;
	}
	return &f->segs[lo];
}

static struct span
fold_span(const struct fold *f, size_t a, size_t b)
{
	const struct seg	*s;
	struct span		 sp;

	s = fold_seg(f, a);
	sp.off = s->flen == s->dlen ? s->d + (a - s->f) : s->d;
	s = fold_seg(f, b - 1);
	b = s->flen == s->dlen ? s->d + (b - s->f) : s->d + s->dlen;
	sp.len = b > sp.off ? b - sp.off : 0;
	return sp;
}

static void
search_clear(struct view *v)
{
	free(v->matches);
	v->matches = NULL;
	v->nmatches = 0;
	v->match = -1;
	v->spane = -1;
}

/* Find every match of the pattern in pane p. */
static void
search_pane(struct view *v, int p)
{
	const struct doc	*d = p == PANE_STMT ? &v->m->stmt : &v->m->rep;
	struct fold		*f;
	size_t			 plen, cap = 0, pos = 0;
	char			*pat, *hit;

	search_clear(v);
	v->spane = p;
	if (v->fold[p] == NULL)
		v->fold[p] = fold_doc(d);
	f = v->fold[p];
	pat = text_fold(v->pattern, strlen(v->pattern), &plen);
	while (plen > 0 && pos + plen <= f->len &&
	    (hit = memmem(f->text + pos, f->len - pos, pat, plen)) != NULL) {
		pos = (size_t)(hit - f->text);
		xgrow(&v->matches, &cap, v->nmatches + 1, sizeof(*v->matches));
		v->matches[v->nmatches++] = fold_span(f, pos, pos + plen);
		pos += plen;
	}
	free(pat);
}

size_t
view_match_from(const struct view *v, int p, size_t off)
{
	size_t	lo = 0, hi = v->nmatches;

	if (p != v->spane)
		return v->nmatches;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v->matches[mid].off + v->matches[mid].len <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The match a search from the top of pane p starts at (forward). */
static long
search_start(const struct view *v, int p, bool fwd)
{
	const struct span	*s;
	size_t			 top = v->pane[p].anchor, i;

	if (v->match >= 0) {
		s = &v->matches[v->match];
		if (line_visible(v, p, line_of(v, p, s->off)))
			return fwd ? v->match + 1 : v->match - 1;
	}
	for (i = 0; i < v->nmatches && v->matches[i].off < top; i++)
		continue;
	return fwd ? (long)i : (long)i - 1;
}

static void
search_run(struct view *v, bool fwd, long n)
{
	int	p = v->focus;
	long	i, nm;

	if (v->pattern == NULL) {
		snprintf(v->msg, sizeof(v->msg), "no search pattern: / starts one");
		return;
	}
	if (v->spane != p)
		search_pane(v, p);
	if ((nm = (long)v->nmatches) == 0) {
		snprintf(v->msg, sizeof(v->msg), "Pattern not found");
		return;
	}
	i = search_start(v, p, fwd);
	i += fwd ? n - 1 : -(n - 1);
	if (i >= nm) {
		snprintf(v->msg, sizeof(v->msg),
		    "search hit bottom, continuing at top");
		i %= nm;
	} else if (i < 0) {
		snprintf(v->msg, sizeof(v->msg),
		    "search hit top, continuing at bottom");
		i = nm - 1 - (-i - 1) % nm;
	}
	v->match = i;
	show_span(v, p, &v->matches[i]);
	if (p == PANE_STMT)
		follow_prop(v);
}
