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
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "display.h"
#include "layout.h"
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

struct builder {
	const struct doc *doc;
	struct layout	 *l;
	size_t		  cap_lines, cap_runs;
	struct sweep	  sw;
	struct breaks	  br;
	enum role	  base;		/* the paragraph's own role */
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

static enum role
verdict_role(enum verdict v)
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

	for (i = 0; i < m->stmt.nprops; i++)
		sweep_add(sw, m->stmt.props[i].label, ROLE_LABEL);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		sweep_add(sw, q->src, verdict_role(q->verdict));
		for (j = 0; j < q->nchanges; j++)
			sweep_add(sw, q->changes[j].src, ROLE_CHANGED);
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
		sweep_add(sw, q->outer, verdict_role(q->verdict));
		for (j = 0; j < q->nchanges; j++)
			sweep_add(sw, q->changes[j].rep, ROLE_CHANGED);
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
glyph_role(struct builder *b, size_t off, const struct glyph *g)
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
emit_line(struct builder *b, size_t ls, size_t de, size_t le, int w)
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
fill_overflow(struct builder *b, struct fill *f, size_t pos,
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

/* Fill paragraph [start, end) greedily into lines. */
static void
fill_para(struct builder *b, size_t start, size_t end)
{
	struct fill	f;
	struct glyph	g;
	size_t		pos = start;
	int		width = b->l->width;

	fill_reset(&f, start);
	if (start < end)
		breaks_start(&b->br, start, end);
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
			continue;
		}
		pos += g.len;
	}
	if (f.ls < end || f.ls == start)
		emit_line(b, f.ls, f.de, end, f.w);
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

static void
layout_paras(struct builder *b)
{
	const struct doc	*d = b->doc;
	const struct para	*p;
	size_t			 i, start, end, prev = 0;

	if (d->nparas == 0 && d->len > 0) {
		b->base = ROLE_PLAIN;
		fill_para(b, 0, d->len);
		return;
	}
	for (i = 0; i < d->nparas; i++) {
		p = &d->paras[i];
		start = p->span.off < prev ? prev : p->span.off;
		end = p->span.off + p->span.len;
		if (start > d->len)
			start = d->len;
		if (end > d->len)
			end = d->len;
		if (end < start)
			end = start;
		if (i > 0 && (p->kind == PARA_BODY ||
		    p[-1].kind == PARA_BODY || !one_newline(d->text, prev,
		    start)))
			emit_line(b, prev, prev, prev, 0);
		b->base = para_role(p->kind);
		fill_para(b, start, end);
		prev = end;
	}
}

struct layout *
layout_doc(const struct model *m, enum doc_kind which, int width,
    bool ascii)
{
	struct builder	 b;
	struct layout	*l;
	size_t		 i, k;

	memset(&b, 0, sizeof(b));
	l = xcalloc(1, sizeof(*l));
	l->width = width < 1 ? 1 : width > MAX_WIDTH ? MAX_WIDTH : width;
	l->ascii = ascii;
	b.l = l;
	b.doc = which == DOC_STATEMENT ? &m->stmt : &m->rep;
	b.br.text = (const uint8_t *)b.doc->text;
	b.br.flags = xmalloc(CHUNK);
	if (which == DOC_STATEMENT)
		sweep_statement(&b.sw, m);
	else
		sweep_report(&b.sw, m);
	if (b.sw.nmarks > 0)
		qsort(b.sw.marks, b.sw.nmarks, sizeof(*b.sw.marks), mark_cmp);
	layout_paras(&b);
	free(b.br.flags);
	free(b.sw.marks);
	if (l->runs == NULL)
		l->runs = xmalloc(sizeof(*l->runs));
	for (i = k = 0; i < l->nlines; k += l->lines[i++].nruns)
		l->lines[i].runs = l->runs + k;
	return l;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	free(l->lines);
	free(l->runs);
	free(l);
}

size_t
layout_line_of(const struct layout *l, size_t off)
{
	size_t	lo = 0, hi = l->nlines, mid;

	/* lo ends at the first line starting after off. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (l->lines[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0 : lo - 1;
}
