/*
 * layout.c — wrap one document at a width into screen lines of styled
 * runs.  Each paragraph is filled greedily at the break opportunities
 * of u8_possible_linebreaks (UAX #14), measured glyph by glyph on the
 * rendered form (display.c), so escapes and tabs take the cells they
 * take on screen.  A segment wider than the pane is broken between
 * glyphs, that is between grapheme clusters.
 *
 * Memory follows the lines and the model's spans, not the bytes: break
 * opportunities are computed in windows of CHUNK bytes, and styles
 * come from a sweep over the sorted span boundaries.
 *
 * Laying out can stop after any line and go on later: everything the
 * filling needs (the paragraph in hand, the line being filled, the
 * break window, the sweep) lives in a struct layout_work kept with the
 * layout until the last line is laid out.  Stopping and going on give
 * exactly the lines of one pass, since the same steps run in the same
 * order.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "display.h"
#include "layout.h"
#include "offset.h"
#include "xmalloc.h"

#define CHUNK	65536	/* bytes of break opportunities computed at once */
#define MARGIN	64	/* context kept on each side of a window's cut */
#define MAX_WIDTH 65536	/* wider panes are laid out at this width */

/* A span boundary: role starts (delta 1) or ends (-1) at off. */
struct mark {
	size_t		off;
	enum role	role;
	int		delta;
};

/* Roles in force at an offset that only grows. */
struct sweep {
	struct mark	*marks;
	size_t		 nmarks, cap, next;
	int		 count[ROLE_MAX];
	enum role	 top;
};

/* Break opportunities of one paragraph, a window at a time. */
struct breaks {
	const uint8_t	*text;
	size_t		 end;		/* paragraph end */
	size_t		 base;		/* flags[0] is for text[base] */
	size_t		 limit;		/* flags before this are final */
	char		*flags;		/* CHUNK of them */
	size_t		 scanned;	/* highest offset asked about */
	size_t		 last;		/* highest opportunity found */
};

/* The line being filled. */
struct fill {
	size_t	ls;		/* line start */
	size_t	de;		/* end of the last glyph drawn */
	int	w;		/* cells up to de */
	int	sp;		/* cells of spaces after de */
	size_t	brk;		/* last break opportunity, or ls */
	size_t	brk_de;
	int	brk_w;
};

/* A layout in progress: where it stands and where it is to stop. */
struct layout_work {
	const struct doc *doc;
	struct layout	 *l;
	size_t		  cap_lines, cap_runs;
	struct sweep	  sw;
	struct breaks	  br;
	enum role	  base;		/* the paragraph's own role */
	size_t		  npara;	/* paragraphs to lay out */
	size_t		  para;		/* the next one to start */
	size_t		  prev;		/* end of the one before */
	bool		  filling;	/* a paragraph is in hand */
	size_t		  start, end;	/* its bytes */
	size_t		  pos;		/* where its filling goes on */
	struct fill	  f;		/* the line being filled */
	size_t		  goal_off;	/* stop once a line starts after it */
	size_t		  goal_lines;	/* and there are this many lines */
	size_t		  cap_pointed;	/* cap_runs when lines were pointed */
	size_t		  pointed;	/* lines whose runs are pointed */
	size_t		  pointed_runs;	/* their runs */
};

static void
sweep_add(struct sweep *sw, struct span sp, enum role role)
{
	if (sp.len == 0)
		return;
	xgrow(&sw->marks, &sw->cap, sw->nmarks + 2, sizeof(*sw->marks));
	sw->marks[sw->nmarks++] = (struct mark){ sp.off, role, 1 };
	sw->marks[sw->nmarks++] = (struct mark){ sp.off + sp.len, role, -1 };
}

enum role
layout_verdict_role(enum verdict v)
{
	switch (v) {
	case VERDICT_EXACT:
		return ROLE_EXACT;
	case VERDICT_ALTERED:
		return ROLE_ALTERED;
	default:
		return ROLE_NOT_FOUND;
	}
}

/* Statement side: labels, quoted source spans, their changes. */
static void
sweep_statement(struct sweep *sw, const struct model *m)
{
	const struct quote	*q;
	size_t			 i, j;

	for (i = 0; i < m->stmt->nprops; i++)
		sweep_add(sw, m->stmt->props[i].label, ROLE_LABEL);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		sweep_add(sw, q->src, layout_verdict_role(q->verdict));
		for (j = 0; j < quote_nchanges(q); j++)
			sweep_add(sw, quote_changes(q)[j].src, ROLE_CHANGED);
	}
	for (i = 0; i < m->nparas; i++)
		sweep_add(sw, m->paras[i].src, ROLE_PARAPHRASE);
}

/* Report side: dateline, terms, quotations, their changes. */
static void
sweep_report(struct sweep *sw, const struct model *m)
{
	const struct quote	*q;
	size_t			 i, j;

	sweep_add(sw, m->rep.dateline_span, ROLE_META);
	for (i = 0; i < m->nterms; i++)
		sweep_add(sw, m->terms[i], ROLE_TERM);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		sweep_add(sw, quote_outer(q), layout_verdict_role(q->verdict));
		for (j = 0; j < quote_nchanges(q); j++)
			sweep_add(sw, quote_changes(q)[j].rep, ROLE_CHANGED);
	}
	for (i = 0; i < m->nparas; i++)
		sweep_add(sw, m->paras[i].rep, ROLE_PARAPHRASE);
}

static int
mark_cmp(const void *a, const void *b)
{
	const struct mark	*x = a, *y = b;

	return (x->off > y->off) - (x->off < y->off);
}

/* The strongest role over off; offsets asked must not decrease. */
static enum role
sweep_role(struct sweep *sw, size_t off)
{
	const struct mark	*mk;
	bool			 moved = false;
	int			 r;

	while (sw->next < sw->nmarks && sw->marks[sw->next].off <= off) {
		mk = &sw->marks[sw->next++];
		sw->count[mk->role] += mk->delta;
		moved = true;
	}
	if (moved) {
		for (r = ROLE_MAX - 1; r > ROLE_PLAIN; r--)
			if (sw->count[r] > 0)
				break;
		sw->top = r;
	}
	return sw->top;
}

static enum role
para_role(enum para_kind kind)
{
	switch (kind) {
	case PARA_BODY:
		return ROLE_PLAIN;
	case PARA_CHROME:
	case PARA_FRONT:
		return ROLE_CHROME;
	default:
		return ROLE_META;
	}
}

static bool
is_cont(uint8_t c)
{
	return (c & 0xC0) == 0x80;
}

/* Compute the flags of the window of up to CHUNK bytes from base. */
static void
breaks_window(struct breaks *br, size_t base)
{
	size_t	n = br->end - base, k;

	if (n > CHUNK) {
		/* Cut between characters: three steps back at most. */
		n = CHUNK;
		for (k = 0; k < 3 && is_cont(br->text[base + n]); k++)
			n--;
	}
	u8_possible_linebreaks(br->text + base, n, "UTF-8", br->flags);
	br->base = base;
	br->limit = base + n == br->end ? br->end + 1 : base + n - MARGIN;
}

/*
 * Where the window holding p starts: at the last opportunity if it is
 * near (a clean restart for the rules that look back), else MARGIN
 * before p.  Either way the windows move on by CHUNK/2 at least.
 */
static size_t
breaks_restart(const struct breaks *br, size_t p)
{
	size_t	q;

	if (br->last > br->base && br->last + CHUNK / 2 >= p)
		return br->last;
	q = p - MARGIN;
	while (q > br->base && is_cont(br->text[q]))
		q--;
	return q;
}

static void
breaks_start(struct breaks *br, size_t start, size_t end)
{
	br->end = end;
	br->scanned = br->last = start;
	breaks_window(br, start);
}

/*
 * Whether a line may break before p, a glyph start.  Offsets asked
 * again (a line refilled from its last opportunity) were all answered
 * before: only the last opportunity among them was one.
 */
static bool
breaks_at(struct breaks *br, size_t p)
{
	size_t	q;
	int	f;

	if (p <= br->scanned)
		return p == br->last;
	br->scanned = p;
	if (p >= br->limit)
		breaks_window(br, breaks_restart(br, p));
	f = br->flags[p - br->base];
	/* A mandatory break (LF, U+2028) is one after its character. */
	for (q = p - 1; q > br->base && is_cont(br->text[q]); q--)
		continue;
	if (f == UC_BREAK_POSSIBLE || f == UC_BREAK_HYPHENATION ||
	    br->flags[q - br->base] == UC_BREAK_MANDATORY) {
		br->last = p;
		return true;
	}
	return false;
}

static void
fill_reset(struct fill *f, size_t at)
{
	f->ls = f->de = f->brk = f->brk_de = at;
	f->w = f->sp = f->brk_w = 0;
}

static enum role
glyph_role(struct layout_work *b, size_t off, const struct glyph *g)
{
	enum role	r;

	if (g->kind == GLYPH_ESCAPE)
		return ROLE_ESCAPE;
	r = sweep_role(&b->sw, off);
	return r > b->base ? r : b->base;
}

/*
 * Add the line drawing [ls, de) in w cells and covering [ls, le), its
 * runs cut where the role changes.
 */
static void
emit_line(struct layout_work *b, size_t ls, size_t de, size_t le, int w)
{
	struct layout	*l = b->l;
	struct line	*ln;
	struct run	*r;
	struct glyph	 g;
	enum role	 role;
	size_t		 pos;
	int		 col = 0;

	xgrow(&l->lines, &b->cap_lines, l->nlines + 1, sizeof(*l->lines));
	ln = &l->lines[l->nlines++];
	*ln = (struct line){ .off = ls, .len = le - ls,
	    .width = w < l->width ? w : l->width };
	for (pos = ls; pos < de; pos += g.len) {
		display_next(b->doc->text + pos, de - pos, col, l->ascii, &g);
		role = glyph_role(b, pos, &g);
		r = ln->nruns > 0 ? &l->runs[l->nruns - 1] : NULL;
		if (r != NULL && r->role == role)
			r->len += g.len;
		else {
			xgrow(&l->runs, &b->cap_runs, l->nruns + 1,
			    sizeof(*l->runs));
			l->runs[l->nruns++] = (struct run){ pos, g.len, col,
			    role };
			ln->nruns++;
		}
		col += g.width;
	}
}

/*
 * Glyph g at pos does not fit: end the line at its last break
 * opportunity (and refill from there), else just before g, else put
 * g, wider than the pane, alone on a line.  Spaces that would start a
 * line are dropped.  Returns where filling goes on.
 */
static size_t
fill_overflow(struct layout_work *b, struct fill *f, size_t pos,
    const struct glyph *g)
{
	if (f->brk > f->ls) {
		if (f->brk_w > 0)
			emit_line(b, f->ls, f->brk_de, f->brk, f->brk_w);
		fill_reset(f, f->brk);
		return f->ls;
	}
	if (f->w == 0 && f->sp == 0) {
		emit_line(b, pos, pos + g->len, pos + g->len, g->width);
		pos += g->len;
	} else if (f->w > 0)
		emit_line(b, f->ls, f->de, pos, f->w);
	fill_reset(f, pos);
	return pos;
}

/* Whether laying out may stop: the goal of layout_extend is met. */
static bool
goal_met(const struct layout_work *b)
{
	const struct layout	*l = b->l;

	return l->nlines >= b->goal_lines && l->nlines > 0 &&
	    l->lines[l->nlines - 1].off > b->goal_off;
}

/*
 * Fill the paragraph in hand greedily into lines, from where it was
 * left.  Returns false when the goal is met before its end, which can
 * only happen as a line is added.
 */
static bool
fill_para(struct layout_work *b)
{
	struct fill	f = b->f;	/* a copy, kept in registers */
	struct glyph	g;
	size_t		pos = b->pos, end = b->end;
	int		width = b->l->width;

	if (pos < end && goal_met(b))
		return false;
	while (pos < end) {
		if (pos > f.ls && breaks_at(&b->br, pos)) {
			f.brk = pos;
			f.brk_de = f.de;
			f.brk_w = f.w;
		}
		display_next(b->doc->text + pos, end - pos, f.w + f.sp,
		    b->l->ascii, &g);
		if (g.kind == GLYPH_SPACE || g.kind == GLYPH_NEWLINE) {
			/* Hanging spaces past the edge only need to be many. */
			if ((f.sp += g.width) > width)
				f.sp = width + 1;
		} else if (f.w + f.sp + g.width <= width) {
			f.w += f.sp + g.width;
			f.sp = 0;
			f.de = pos + g.len;
		} else {
			pos = fill_overflow(b, &f, pos, &g);
			if (goal_met(b)) {
				b->f = f;
				b->pos = pos;
				return false;
			}
			continue;
		}
		pos += g.len;
	}
	b->f = f;
	b->pos = pos;
	if (f.ls < end || f.ls == b->start)
		emit_line(b, f.ls, f.de, end, f.w);
	return true;
}

/* Whether the gap [a, b) between two paragraphs holds one newline at most. */
static bool
one_newline(const char *text, size_t a, size_t b)
{
	const char	*q;

	if (a == b)
		return true;
	q = memchr(text + a, '\n', b - a);
	return q == NULL || memchr(q + 1, '\n', text + b - (q + 1)) == NULL;
}

/*
 * Take paragraph b->para in hand, after the blank line that separates
 * it from the one above, if any.  A document without paragraphs is
 * one paragraph.
 */
static void
para_begin(struct layout_work *b)
{
	const struct doc	*d = b->doc;
	const struct para	*p;
	size_t			 start = 0, end = d->len;

	b->base = ROLE_PLAIN;
	if (d->nparas > 0) {
		p = &d->paras[b->para];
		start = p->span.off < b->prev ? b->prev : p->span.off;
		end = p->span.off + p->span.len;
		if (start > d->len)
			start = d->len;
		if (end > d->len)
			end = d->len;
		if (end < start)
			end = start;
		if (b->para > 0 && (p->kind == PARA_BODY ||
		    p[-1].kind == PARA_BODY || !one_newline(d->text, b->prev,
		    start)))
			emit_line(b, b->prev, b->prev, b->prev, 0);
		b->base = para_role(p->kind);
	}
	b->start = b->pos = start;
	b->end = end;
	fill_reset(&b->f, start);
	if (start < end)
		breaks_start(&b->br, start, end);
	b->filling = true;
}

/* Lay paragraphs out until the goal is met (false) or all are (true). */
static bool
lay_out(struct layout_work *b)
{
	for (;;) {
		if (b->filling) {
			if (!fill_para(b))
				return false;
			b->filling = false;
			b->prev = b->end;
			b->para++;
		}
		if (b->para >= b->npara)
			return true;
		if (goal_met(b))
			return false;
		para_begin(b);
	}
}

/*
 * Point each new line at its runs.  Lines keep indices until then: the
 * runs array moves as it grows, and then every line is pointed again.
 */
static void
point_runs(struct layout_work *b)
{
	struct layout	*l = b->l;
	struct line	*ln;

	if (b->cap_runs != b->cap_pointed) {
		b->cap_pointed = b->cap_runs;
		b->pointed = b->pointed_runs = 0;
	}
	for (; b->pointed < l->nlines; b->pointed++) {
		ln = &l->lines[b->pointed];
		ln->runs = l->runs + b->pointed_runs;
		b->pointed_runs += ln->nruns;
	}
}

static void
work_free(struct layout_work *b)
{
	if (b == NULL)
		return;
	free(b->br.flags);
	free(b->sw.marks);
	free(b);
}

struct layout *
layout_begin(const struct model *m, enum doc_kind which, int width,
    bool ascii)
{
	struct layout_work	*b;
	struct layout		*l;

	l = xcalloc(1, sizeof(*l));
	l->width = width < 1 ? 1 : width > MAX_WIDTH ? MAX_WIDTH : width;
	l->ascii = ascii;
	l->work = b = xcalloc(1, sizeof(*b));
	b->l = l;
	b->doc = which == DOC_STATEMENT ? m->stmt : &m->rep;
	b->npara = b->doc->nparas == 0 && b->doc->len > 0 ? 1 :
	    b->doc->nparas;
	b->br.text = (const uint8_t *)b->doc->text;
	b->br.flags = xmalloc(CHUNK);
	/* Never NULL, so that every line's runs point somewhere. */
	xgrow(&l->runs, &b->cap_runs, 1, sizeof(*l->runs));
	if (which == DOC_STATEMENT)
		sweep_statement(&b->sw, m);
	else
		sweep_report(&b->sw, m);
	if (b->sw.nmarks > 0)
		qsort(b->sw.marks, b->sw.nmarks, sizeof(*b->sw.marks),
		    mark_cmp);
	return l;
}

bool
layout_extend(struct layout *l, size_t off, size_t min_lines)
{
	struct layout_work	*b = l->work;
	bool			 all;

	if (b == NULL)
		return true;
	b->goal_off = off;
	b->goal_lines = min_lines;
	all = lay_out(b);
	point_runs(b);
	if (all) {
		work_free(b);
		l->work = NULL;
		l->done = true;
	}
	return l->done;
}

void
layout_finish(struct layout *l)
{
	layout_extend(l, SIZE_MAX, SIZE_MAX);
}

struct layout *
layout_doc(const struct model *m, enum doc_kind which, int width,
    bool ascii)
{
	struct layout	*l = layout_begin(m, which, width, ascii);

	layout_finish(l);
	return l;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	work_free(l->work);
	free(l->lines);
	free(l->runs);
	free(l);
}

size_t
layout_line_of(const struct layout *l, size_t off)
{
	size_t	lo;

	/* lo is the first line starting after off. */
	lo = offset_count(l->lines, l->nlines, sizeof(*l->lines),
	    offsetof(struct line, off), off, false);
	return lo == 0 ? 0 : lo - 1;
}
