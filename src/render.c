/*
 * render.c — the view drawn with curses.
 *
 * Every frame is drawn whole into stdscr and left to ncurses to diff
 * against the terminal, so only changed cells are sent; with idlok() a
 * pane that spans the full width scrolls with the terminal's own scroll
 * region.  Styles are roles looked up in one of two tables: colour
 * (on the user's own background) or monochrome, which tells every
 * verdict and the selection apart with bold, underline and reverse
 * alone (dim is missing on many terminals, vt100 among them).  What
 * the sidebar says is side.c's: here its rows are only drawn.
 */
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include <curses.h>

#include "display.h"
#include "listview.h"
#include "render.h"
#include "reports.h"
#include "side.h"
#include "xmalloc.h"

/* Layout roles first, then the screen's own. */
enum style {
	ST_TITLE = ROLE_MAX,	/* title bar of an unfocused pane */
	ST_TITLE_FOCUS,
	ST_SEP,			/* line between panes */
	ST_STATUS,
	ST_MESSAGE,
	ST_FILLER,		/* "~" past the end of a document */
	ST_HEAD,		/* sidebar heading */
	ST_MORE,		/* mark of cut text */
	ST_SEARCH,
	ST_SEARCH_CUR,
	ST_KEY,			/* a key on the help screen */
	ST_NUMBER,		/* a line number (#) */
	ST_MAX
};

struct scheme {
	short	fg, bg;		/* -1: the terminal's own */
	attr_t	attr;
};

static const struct scheme colour[ST_MAX] = {
	[ROLE_PLAIN] =		{ -1, -1, A_NORMAL },
	[ROLE_CHROME] =		{ -1, -1, A_DIM },
	[ROLE_META] =		{ COLOR_CYAN, -1, A_NORMAL },
	[ROLE_LABEL] =		{ -1, -1, A_BOLD },
	[ROLE_PARAPHRASE] =	{ COLOR_BLUE, -1, A_NORMAL },
	[ROLE_TERM] =		{ -1, -1, A_NORMAL },
	[ROLE_EXACT] =		{ COLOR_GREEN, -1, A_NORMAL },
	[ROLE_ALTERED] =	{ COLOR_YELLOW, -1, A_NORMAL },
	[ROLE_NOT_FOUND] =	{ COLOR_RED, -1, A_BOLD },
	[ROLE_CHANGED] =	{ COLOR_YELLOW, -1, A_BOLD | A_UNDERLINE },
	[ROLE_ESCAPE] =		{ COLOR_MAGENTA, -1, A_BOLD },
	[ST_TITLE] =		{ -1, -1, A_UNDERLINE },
	[ST_TITLE_FOCUS] =	{ -1, -1, A_REVERSE | A_BOLD },
	[ST_SEP] =		{ -1, -1, A_DIM },
	[ST_STATUS] =		{ -1, -1, A_NORMAL },
	[ST_MESSAGE] =		{ -1, -1, A_BOLD },
	[ST_FILLER] =		{ COLOR_BLUE, -1, A_NORMAL },
	[ST_HEAD] =		{ -1, -1, A_BOLD },
	[ST_MORE] =		{ -1, -1, A_REVERSE },
	[ST_SEARCH] =		{ COLOR_BLACK, COLOR_YELLOW, A_NORMAL },
	[ST_SEARCH_CUR] =	{ COLOR_BLACK, COLOR_YELLOW, A_BOLD },
	[ST_KEY] =		{ -1, -1, A_BOLD },
	[ST_NUMBER] =		{ -1, -1, A_DIM },
};

/*
 * Without colour, the seven combinations of bold, underline and
 * reverse each mean one thing: paraphrase underlined, exact bold,
 * altered bold and underlined, a changed word reversed and underlined,
 * not found bold and reversed, the selected quotation reversed alone
 * (its changed words all three: style_of).  Title bars are underlined,
 * the focused one bold too, so neither looks like a selection.
 */
static const struct scheme mono[ST_MAX] = {
	[ROLE_PLAIN] =		{ -1, -1, A_NORMAL },
	[ROLE_CHROME] =		{ -1, -1, A_DIM },
	[ROLE_META] =		{ -1, -1, A_NORMAL },
	[ROLE_LABEL] =		{ -1, -1, A_BOLD },
	[ROLE_PARAPHRASE] =	{ -1, -1, A_UNDERLINE },
	[ROLE_TERM] =		{ -1, -1, A_NORMAL },
	[ROLE_EXACT] =		{ -1, -1, A_BOLD },
	[ROLE_ALTERED] =	{ -1, -1, A_BOLD | A_UNDERLINE },
	[ROLE_NOT_FOUND] =	{ -1, -1, A_BOLD | A_REVERSE },
	[ROLE_CHANGED] =	{ -1, -1, A_UNDERLINE | A_REVERSE },
	[ROLE_ESCAPE] =		{ -1, -1, A_DIM | A_REVERSE },
	[ST_TITLE] =		{ -1, -1, A_UNDERLINE },
	[ST_TITLE_FOCUS] =	{ -1, -1, A_UNDERLINE | A_BOLD },
	[ST_SEP] =		{ -1, -1, A_NORMAL },
	[ST_STATUS] =		{ -1, -1, A_NORMAL },
	[ST_MESSAGE] =		{ -1, -1, A_BOLD },
	[ST_FILLER] =		{ -1, -1, A_DIM },
	[ST_HEAD] =		{ -1, -1, A_BOLD },
	[ST_MORE] =		{ -1, -1, A_REVERSE },
	[ST_SEARCH] =		{ -1, -1, A_REVERSE | A_UNDERLINE },
	[ST_SEARCH_CUR] =	{ -1, -1, A_REVERSE | A_UNDERLINE | A_BOLD },
	[ST_KEY] =		{ -1, -1, A_BOLD },
	[ST_NUMBER] =		{ -1, -1, A_NORMAL },
};

static const struct scheme	*scheme = mono;
static bool			 use_colour;
static bool			 ascii;

/* Overlays on a document glyph. */
#define OV_SELECTED	0x1
#define OV_MATCH	0x2
#define OV_CURRENT	0x4

void
render_init(bool color, bool asc)
{
	short	i;

	ascii = asc;
	use_colour = color && COLOR_PAIRS > ST_MAX;
	scheme = use_colour ? colour : mono;
	if (!use_colour)
		return;
	for (i = 0; i < ST_MAX; i++)
		if (colour[i].fg != -1 || colour[i].bg != -1)
			init_pair(i + 1, colour[i].fg, colour[i].bg);
}

static void
style_of(int st, unsigned ov, attr_t *attr, short *pair)
{
	*attr = scheme[st].attr;
	*pair = use_colour && (scheme[st].fg != -1 || scheme[st].bg != -1) ?
	    (short)(st + 1) : 0;
	if (ov & (OV_MATCH | OV_CURRENT)) {
		st = ov & OV_CURRENT ? ST_SEARCH_CUR : ST_SEARCH;
		*attr = scheme[st].attr;
		*pair = use_colour ? (short)(st + 1) : 0;
	} else if (ov & OV_SELECTED) {
		/*
		 * Colour: the verdict's colour reversed.  Monochrome: the
		 * verdict is in the sidebar and the status line; the text
		 * is reversed alone, its changed words all three.
		 */
		if (!use_colour)
			*attr = st == ROLE_CHANGED ?
			    A_BOLD | A_UNDERLINE | A_REVERSE : A_REVERSE;
		else
			*attr |= A_REVERSE;
	}
}

/*
 * Ask the terminal whether it draws a ZWJ family and a skin-toned
 * thumb in two cells, as curses counts them: each is written at the top
 * left and followed by a cursor position report request (CSI 6n).  No
 * answer within RENDER_PROBE_MS, or another column, means it does not
 * (display.h then draws joiners and tones as escapes).  The screen is
 * redrawn whole afterwards.
 */
#define RENDER_PROBE_MS	400
#define PROBE_FAMILY	"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9" \
	"\xe2\x80\x8d\xf0\x9f\x91\xa7"
#define PROBE_THUMB	"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"

/* The column of the next cursor report in buf[*pos..n), or 0. */
static int
probe_column(const char *buf, size_t n, size_t *pos)
{
	int	row, col, k;

	for (; *pos < n; (*pos)++) {
		if (buf[*pos] != '\033')
			continue;
		k = 0;
		if (sscanf(buf + *pos, "\033[%d;%dR%n", &row, &col, &k) == 2 &&
		    k > 0) {
			*pos += k;
			return col;
		}
	}
	return 0;
}

/*
 * Keys typed while the probe waited came in with its answers: give
 * them back to curses, in order, without the cursor reports, so that
 * none is lost (a terminal slow to answer, or one that never does).
 */
static void
probe_keep_keys(const char *buf, size_t n)
{
	char	 keep[128];
	size_t	 i, m = 0;
	int	 row, col, k;

	/* Bounded by n: each byte is kept or skipped once. */
	for (i = 0; i < n && m < sizeof(keep); i++) {
		k = 0;
		if (buf[i] == '\033' && sscanf(buf + i, "\033[%d;%dR%n", &row,
		    &col, &k) == 2 && k > 0) {
			i += (size_t)k - 1;
			continue;
		}
		keep[m++] = buf[i];
	}
	while (m > 0)
		ungetch((unsigned char)keep[--m]);
}

void
render_probe(int in, int out)
{
	static const char	 q[] = "\033[1;1H" PROBE_FAMILY "\033[6n"
	    "\033[1;1H" PROBE_THUMB "\033[6n\033[1;1H\033[2K";
	struct timespec		 t0, t;
	struct pollfd		 pfd = { .fd = in, .events = POLLIN };
	char			 buf[128];
	size_t			 n = 0, pos = 0;
	ssize_t			 k;
	long			 left;
	int			 col[2] = { 0, 0 }, got = 0;
	unsigned		 caps = 0;

	if (ascii)
		goto done;
	/* Out with what curses holds (the alternate screen) first. */
	wnoutrefresh(stdscr);
	doupdate();
	if (write(out, q, sizeof(q) - 1) != (ssize_t)sizeof(q) - 1)
		goto done;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* Bounded by the deadline and by the size of buf. */
	while (got < 2 && n < sizeof(buf) - 1) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		left = RENDER_PROBE_MS - ((t.tv_sec - t0.tv_sec) * 1000 +
		    (t.tv_nsec - t0.tv_nsec) / 1000000);
		if (left <= 0 || poll(&pfd, 1, (int)left) <= 0)
			break;
		if ((k = read(in, buf + n, sizeof(buf) - 1 - n)) <= 0)
			break;
		n += (size_t)k;
		buf[n] = '\0';
		while (got < 2 && (col[got] = probe_column(buf, n, &pos)) > 0)
			got++;
	}
	if (col[0] == 3)
		caps |= DISPLAY_CAN_ZWJ;
	if (col[1] == 3)
		caps |= DISPLAY_CAN_TONE;
	probe_keep_keys(buf, n);
done:
	display_set_caps(caps);
	clearok(curscr, TRUE);
}

/* Cells: blanks, one character, one glyph. */

static void
put_blanks(int y, int x, int n, int st)
{
	attr_t	attr;
	short	pair;
	cchar_t	cc;
	wchar_t	sp[2] = { L' ', L'\0' };

	if (n <= 0)
		return;
	style_of(st, 0, &attr, &pair);
	setcchar(&cc, sp, attr, pair, NULL);
	mvwhline_set(stdscr, y, x, &cc, n);
}

/* Blanks in style st with overlays ov (a list's cursor row). */
static void
put_blanks_ov(int y, int x, int n, int st, unsigned ov)
{
	attr_t	attr;
	short	pair;
	cchar_t	cc;
	wchar_t	sp[2] = { L' ', L'\0' };

	if (n <= 0)
		return;
	style_of(st, ov, &attr, &pair);
	setcchar(&cc, sp, attr, pair, NULL);
	mvwhline_set(stdscr, y, x, &cc, n);
}

/* Decode the glyph's UTF-8 into wide characters; returns how many. */
static size_t
widen(const char *s, wchar_t *out, size_t max)
{
	mbstate_t	ps;
	size_t		n = 0, k, len = strlen(s);

	memset(&ps, 0, sizeof(ps));
	while (len > 0 && n < max) {
		k = mbrtowc(&out[n], s, len, &ps);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			out[n] = L'?';
			memset(&ps, 0, sizeof(ps));
			k = 1;
		}
		n++;
		s += k;
		len -= k;
	}
	return n;
}

/*
 * One cell of code points: setcchar() stops at the second spacing
 * character, so a ZWJ sequence or a skin tone is stored by hand in the
 * cchar_t (ncurses' own layout, chars[CCHARW_MAX]); curses then writes
 * them all and counts the cell as wide as its first.
 */
static void
put_cell(int y, int x, const wchar_t *cell, size_t n, attr_t attr,
    short pair)
{
	cchar_t	cc;
	wchar_t	first[2] = { cell[0], L'\0' };
	size_t	i;

	if (setcchar(&cc, first, attr, pair, NULL) == ERR)
		return;
	for (i = 1; i < n && i < CCHARW_MAX; i++)
		cc.chars[i] = cell[i];
	mvwadd_wch(stdscr, y, x, &cc);
}

/*
 * Draw one glyph at y,x, no further right than xmax; returns the next
 * column.  Its characters fill its width cell by cell, by display.h's
 * rule: a character opens a cell unless display_joins() puts it in the
 * one before (up to CCHARW_MAX), a cell is display_cell_width() wide,
 * padded when curses draws it narrower, and whatever does not fit the
 * glyph's width is left out.
 */
static int
put_glyph(int y, int x, int xmax, const struct glyph *g, attr_t attr,
    short pair)
{
	wchar_t	wc[GLYPH_MAX], cell[CCHARW_MAX];
	cchar_t	cc;
	size_t	n, i, k;
	int	end = x + g->width, cw;

	if (end > xmax)
		end = xmax;
	n = widen(g->out, wc, GLYPH_MAX);
	for (i = 0; i < n && x < end; ) {
		cw = display_cell_width((uint32_t)wc[i]);
		if (cw < 1)
			cw = 1;
		if (x + cw > end)
			break;
		cell[0] = wc[i];
		/* Bounded by the glyph: at most GLYPH_MAX characters. */
		for (k = 1, i++; i < n && display_joins((uint32_t)cell[0],
		    (uint32_t)wc[i - 1], (uint32_t)wc[i]); i++)
			if (k < CCHARW_MAX)
				cell[k++] = wc[i];
		put_cell(y, x, cell, k, attr, pair);
		/* Pad a cell curses draws narrower than the layout has it. */
		for (k = wcwidth(cell[0]) > 0 ? (size_t)wcwidth(cell[0]) : 1;
		    (int)k < cw; k++) {
			setcchar(&cc, L" ", attr, pair, NULL);
			mvwadd_wch(stdscr, y, x + (int)k, &cc);
		}
		x += cw;
	}
	for (; x < end; x++) {
		setcchar(&cc, L" ", attr, pair, NULL);
		mvwadd_wch(stdscr, y, x, &cc);
	}
	return end;
}

/*
 * Draw s[0..n) (any text: it goes through display.h) from y,x within
 * w cells in style st.  When it does not fit, the last cell shows a
 * mark.  Returns the cells used.
 */
static int
put_text(int y, int x, int w, const char *s, size_t n, int st)
{
	struct glyph	g;
	attr_t		attr;
	short		pair;
	size_t		pos = 0, k;
	int		col = 0;

	style_of(st, 0, &attr, &pair);
	while (pos < n && col < w) {
		k = display_next(s + pos, n - pos, col, ascii, &g);
		if (g.kind == GLYPH_NEWLINE) {
			g.out[0] = ' ';
			g.out[1] = '\0';
			g.width = 1;
		}
		if (col + g.width > w || (col + g.width == w && pos + k < n)) {
			/* A title's mark is part of its bar. */
			put_text(y, x + w - 1, 1, ascii ? ">" : "\xe2\x80\xa6",
			    ascii ? 1 : 3, st == ST_TITLE ||
			    st == ST_TITLE_FOCUS ? st : ST_MORE);
			return w;
		}
		col = put_glyph(y, x + col, x + w, &g, attr, pair) - x;
		pos += k;
	}
	return col;
}

static int
put_str(int y, int x, int w, const char *s, int st)
{
	return put_text(y, x, w, s, strlen(s), st);
}

/*
 * put_text for a cell of a table: cut text ends in an ellipsis of its
 * own style, not in the reversed mark of a cut line.
 */
static int
put_cut(int y, int x, int w, const char *s, size_t n, int st)
{
	struct glyph	g;
	size_t		at = 0;
	int		col = 0;

	if (w <= 1 || display_width(s, n, ascii) <= (size_t)w)
		return put_text(y, x, w, s, n, st);
	while (at < n) {
		display_next(s + at, n - at, col, ascii, &g);
		if (col + g.width > w - 1)
			break;
		col += g.width;
		at += g.len;
	}
	col = put_text(y, x, w - 1, s, at, st);
	return col + put_text(y, x + col, 1, ascii ? ">" : "\xe2\x80\xa6",
	    ascii ? 1 : 3, st);
}

/* Panes. */

/* Overlays for the glyph at byte off; *mi walks the matches. */
static unsigned
overlay_at(const struct view *v, int p, size_t off, size_t *mi)
{
	unsigned	ov = 0;

	if (view_selected_at(v, p, off))
		ov |= OV_SELECTED;
	if (p != v->spane)
		return ov;
	while (*mi < v->nmatches &&
	    v->matches[*mi].off + v->matches[*mi].len <= off)
		(*mi)++;
	if (*mi < v->nmatches && v->matches[*mi].off <= off)
		ov |= (long)*mi == v->match ? OV_CURRENT : OV_MATCH;
	return ov;
}

static void
draw_run(const struct view *v, int p, const struct run *r, int y, int x0,
    int *col, int w, size_t *mi)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	struct glyph		 g;
	attr_t			 attr;
	short			 pair;
	size_t			 pos = r->off, end = r->off + r->len, k;

	if (r->col > *col && r->col <= w) {
		put_blanks(y, x0 + *col, r->col - *col, ROLE_PLAIN);
		*col = r->col;
	}
	while (pos < end && *col < w) {
		k = display_next(d->text + pos, end - pos, *col, v->ascii, &g);
		display_clip(&g, w - *col);
		style_of(view_role_at(v, p, pos, r->role),
		    overlay_at(v, p, pos, mi), &attr, &pair);
		*col = put_glyph(y, x0 + *col, x0 + w, &g, attr, pair) - x0;
		pos += k;
	}
}

/* Layout line i of pane p at row y, after its number column if any. */
static void
draw_line(const struct view *v, int p, size_t i, int y)
{
	const struct line	*ln = &v->pane[p].lay->lines[i];
	char			 num[32];
	size_t			 k, mi;
	int			 col, nw = v->numw[p];
	int			 x = v->g.text[p].x + nw, w = v->g.text[p].w - nw;

	if (nw > 0) {
		put_blanks(y, x - nw, nw, ROLE_PLAIN);
		/* Right-aligned, and the blank after it. */
		if ((k = view_number_at(v, p, i)) > 0) {
			k = (size_t)snprintf(num, sizeof(num), "%zu", k);
			if ((int)k < nw)
				put_str(y, x - 1 - (int)k, (int)k, num,
				    ST_NUMBER);
		}
	}
	col = ln->indent < w ? ln->indent : w;
	put_blanks(y, x, col, ROLE_PLAIN);
	mi = view_match_from(v, p, ln->off);
	for (k = 0; k < ln->nruns && col < w; k++)
		draw_run(v, p, &ln->runs[k], y, x, &col, w, &mi);
	put_blanks(y, x + col, w - col, ROLE_PLAIN);
}

static void
draw_pane(const struct view *v, int p)
{
	const struct rect	*r = &v->g.text[p];
	const struct layout	*lay = v->pane[p].lay;
	size_t			 i;
	int			 row;

	for (row = 0; row < r->h; row++) {
		i = v->pane[p].top + (size_t)row;
		if (lay != NULL && i < lay->nlines) {
			draw_line(v, p, i, r->y + row);
			continue;
		}
		put_blanks(r->y + row, r->x, r->w, ROLE_PLAIN);
		put_str(r->y + row, r->x, r->w, "~", ST_FILLER);
	}
}

/* The statement's gutter: per line, the counts of view_gutter. */
static void
draw_gutter(const struct view *v)
{
	const struct rect	*r = &v->g.gutter;
	char			 b[32];
	enum role		 role;
	int			 row, n;

	if (r->w == 0 || !v->g.shown[PANE_STMT])
		return;
	for (row = 0; row < r->h; row++) {
		put_blanks(r->y + row, r->x, r->w, ROLE_PLAIN);
		if (!view_gutter(v, v->pane[PANE_STMT].top + (size_t)row, b,
		    sizeof(b), &role))
			continue;
		/* Right-aligned, a blank cell before the text. */
		n = (int)strlen(b);
		if (n > r->w - 1)
			n = r->w - 1;
		put_text(r->y + row, r->x + r->w - 1 - n, n, b, (size_t)n,
		    role);
	}
}

static void
draw_title(const struct view *v, int p)
{
	const struct rect	*r = &v->g.title[p];
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	int			 st = p == v->focus ? ST_TITLE_FOCUS : ST_TITLE;
	char			*t;
	int			 n;

	if (r->h == 0 || r->w == 0)
		return;
	put_blanks(r->y, r->x, r->w, st);
	if (p == PANE_STMT)
		t = xstrdup(d->title != NULL ? d->title : "Statement");
	else if (view_nreports(v) > 1) {
		/* Which report of how many: "Report 2/6 TASS". */
		n = snprintf(NULL, 0, "Report %zu/%zu %s", v->cur + 1,
		    view_nreports(v), reports_name(v->rs, v->cur));
		t = xmalloc((size_t)n + 1);
		snprintf(t, (size_t)n + 1, "Report %zu/%zu %s", v->cur + 1,
		    view_nreports(v), reports_name(v->rs, v->cur));
	} else if (d->outlet != NULL) {
		t = xmalloc(strlen(d->outlet) + 10);
		sprintf(t, "Report (%s)", d->outlet);
	} else
		t = xstrdup("Report");
	/* A blank cell either side of the title, room allowing. */
	put_str(r->y, r->x + 1, r->w > 4 ? r->w - 2 : r->w - 1, t, st);
	free(t);
}

static void
draw_separators(const struct view *v)
{
	const struct rect	*seps[2] = { &v->g.sep, &v->g.sep2 };
	const char		*bar = ascii ? "|" : "\xe2\x94\x82";
	int			 i, y;

	for (i = 0; i < 2; i++)
		for (y = 0; y < seps[i]->h && seps[i]->w > 0; y++)
			put_str(seps[i]->y + y, seps[i]->x, 1, bar, ST_SEP);
}

/* The sidebar: side.c's rows, each style drawn as its nearest role. */

static const int side_styles[SIDE_MAX] = {
	[SIDE_TEXT] =		ROLE_PLAIN,
	[SIDE_HEAD] =		ST_HEAD,
	[SIDE_META] =		ROLE_META,
	[SIDE_EXACT] =		ROLE_EXACT,
	[SIDE_ALTERED] =	ROLE_ALTERED,
	[SIDE_NOT_FOUND] =	ROLE_NOT_FOUND,
	[SIDE_PARAPHRASED] =	ROLE_PARAPHRASE,
	[SIDE_WARNING] =	ROLE_ESCAPE,
	[SIDE_MORE] =		ST_MORE,
};

static void
draw_side_line(const struct side_line *ln, int y, int x, int w)
{
	const struct side_run	*r;
	size_t			 i;
	int			 col = ln->indent;

	for (i = 0; i < ln->nruns && col < w; i++) {
		r = &ln->runs[i];
		col += put_text(y, x + col, w - col, r->text, r->len,
		    side_styles[r->style]);
	}
}

/* The sidebar, scrolled by J and K (v->side_max: how far it may). */
static void
draw_sidebar(struct view *v)
{
	const struct rect	*r = &v->g.side;
	struct side		 sd;
	size_t			 i;
	int			 y, x, w, h, top;

	if (r->w == 0 || r->h == 0) {
		v->side_max = 0;
		return;
	}
	/* A blank column either side of the text, room allowing. */
	x = r->x + (r->w > 8);
	w = r->w - (r->w > 8) * 2;
	h = r->h - 1;
	/* All of it, so that J and K know how far it scrolls. */
	if (view_selection(v) == VIEW_SEL_PARA)
		side_build_para(&sd, v->m, view_para(v), w, 1 << 20, ascii);
	else
		side_build(&sd, v->m, view_quote(v), w, 1 << 20, ascii);
	v->side_max = (int)sd.nlines > h ? (int)sd.nlines - h + 1 : 0;
	top = v->side_top < v->side_max ? v->side_top : v->side_max;
	put_blanks(r->y, r->x, r->w, ST_TITLE);
	put_str(r->y, r->x + 1, r->w - 1, v->side_max > 0 ?
	    "Info (J K scroll)" : "Info", ST_TITLE);
	for (y = 1; y < r->h; y++)
		put_blanks(r->y + y, r->x, r->w, ROLE_PLAIN);
	for (i = (size_t)top, y = 0; i < sd.nlines && y < h; i++, y++) {
		/* Rows left below: the last one says how to reach them. */
		if (y == h - 1 && i + 1 < sd.nlines) {
			put_str(r->y + 1 + y, x, w, ascii ? "... (more: J)" :
			    "\xe2\x80\xa6 (more: J)", ST_MORE);
			break;
		}
		draw_side_line(&sd.lines[i], r->y + 1 + y, x, w);
	}
	side_free(&sd);
}

/* Status line; returns the cursor column while a search is typed. */
static int
draw_status(const struct view *v)
{
	const struct rect	*r = &v->g.status;
	char			 left[512], right[64];
	int			 rw, lw, x = r->w > 1;

	if (r->h == 0 || r->w == 0)
		return -1;
	put_blanks(r->y, r->x, r->w, ST_STATUS);
	view_status(v, left, sizeof(left));
	snprintf(right, sizeof(right), "? help  q quit ");
	rw = (int)strlen(right);
	lw = (int)display_width(left, strlen(left), ascii);
	if (lw + rw + x + 2 <= r->w)
		put_str(r->y, r->x + r->w - rw, rw, right, ST_STATUS);
	else
		rw = 0;
	lw = put_str(r->y, r->x + x, r->w - x - rw, left,
	    v->msg[0] != '\0' && !v->prompting ? ST_MESSAGE : ST_STATUS);
	return v->prompting ? r->x + x + lw : -1;
}

/*
 * The help screen: one column of every key, then how numbers work and
 * a legend of the styles drawn in them, scrolled when it does not fit
 * (view.h counts its lines).  Narrower than VIEW_HELP_WIDE, a key's
 * description goes on a line of its own.
 */
static const struct help_note {
	const char	*text;
	int		 st;		/* -1: plain */
	unsigned	 ov;
} help_notes[VIEW_HELP_EXTRA] = {
	{ "", -1, 0 },
	{ "Numbers", ST_HEAD, 0 },
	{ "5j: j five times", -1, 0 },
	{ "3 Enter: proposal 3", -1, 0 },
	{ "3, pause: the same", -1, 0 },
	{ "Here j k Space b", -1, 0 },
	{ "scroll; any other", -1, 0 },
	{ "key closes help.", -1, 0 },
	{ "", -1, 0 },
	{ "Search", ST_HEAD, 0 },
	{ "/ forward, \\ back;", -1, 0 },
	{ "Up Down at the", -1, 0 },
	{ "prompt: history.", -1, 0 },
	{ "", -1, 0 },
	{ "Styles", ST_HEAD, 0 },
	{ "exact quotation", ROLE_EXACT, 0 },
	{ "altered quotation", ROLE_ALTERED, 0 },
	{ "changed word", ROLE_CHANGED, 0 },
	{ "not found", ROLE_NOT_FOUND, 0 },
	{ "paraphrase", ROLE_PARAPHRASE, 0 },
	{ "selected quotation", ROLE_EXACT, OV_SELECTED },
	{ "selected, changed", ROLE_CHANGED, OV_SELECTED },
	{ "search match", ROLE_PLAIN, OV_MATCH },
	{ "current match", ROLE_PLAIN, OV_CURRENT },
};

/* ASCII text s at y,x, w cells at most, in style st with overlays ov. */
static void
put_styled(int y, int x, int w, const char *s, int st, unsigned ov)
{
	attr_t	attr;
	short	pair;

	if (w <= 0)
		return;
	style_of(st, ov, &attr, &pair);
	wattr_set(stdscr, attr, pair, NULL);
	mvwaddnstr(stdscr, y, x, s, w);
	wattr_set(stdscr, A_NORMAL, 0, NULL);
}

/* Help line i at row y. */
static void
help_line(const struct view *v, int i, int y, int kw)
{
	const struct keydef	*kd;
	const struct help_note	*hn;
	int			 cols = v->g.cols, per;

	per = cols < VIEW_HELP_WIDE ? 2 : 1;
	if ((kd = keys_get((size_t)(i / per))) != NULL) {
		if (per == 1) {
			put_str(y, 1, kw, kd->keys, ST_KEY);
			put_str(y, 1 + kw, cols - 1 - kw, kd->help,
			    ROLE_PLAIN);
		} else if (i % 2 == 0)
			put_str(y, 1, cols - 1, kd->keys, ST_KEY);
		else
			put_str(y, 2, cols - 2, kd->help, ROLE_PLAIN);
		return;
	}
	for (per = 0; keys_get((size_t)per) != NULL; per++)
		continue;
	i -= per * (cols < VIEW_HELP_WIDE ? 2 : 1);
	if (i < 0 || i >= VIEW_HELP_EXTRA)
		return;
	hn = &help_notes[i];
	if (hn->st < 0)
		put_str(y, 1, cols - 1, hn->text, ROLE_PLAIN);
	else if (hn->st == ST_HEAD)
		put_str(y, 1, cols - 1, hn->text, ST_HEAD);
	else
		put_styled(y, 1, cols - 1, hn->text, hn->st, hn->ov);
}

static void
draw_help(const struct view *v)
{
	const struct keydef	*kd;
	char			 b[96];
	int			 rows = v->g.rows, cols = v->g.cols;
	int			 kw = 0, i, y0, h, n;

	for (i = 0; (kd = keys_get((size_t)i)) != NULL; i++)
		if ((int)strlen(kd->keys) > kw)
			kw = (int)strlen(kd->keys);
	kw += 2;
	h = view_help_rows(v);
	n = view_help_lines(v);
	y0 = rows > 2;
	if (y0) {
		put_blanks(0, 0, cols, ST_TITLE_FOCUS);
		put_str(0, 1, cols - 1, "quotecheck keys", ST_TITLE_FOCUS);
	}
	for (i = 0; i < h && v->help_top + i < n; i++)
		help_line(v, v->help_top + i, y0 + i, kw);
	if (rows <= 2)
		return;
	if (n <= h)
		snprintf(b, sizeof(b), "%s", cols < 28 ? "Any key closes." :
		    "Any key closes this help.");
	else
		snprintf(b, sizeof(b), "%d-%d of %d%s", v->help_top + 1,
		    v->help_top + h < n ? v->help_top + h : n, n,
		    cols < 50 ? "" : ": j k Space b scroll, other keys close");
	put_str(rows - 1, 1, cols - 1, b, ST_HEAD);
}

/* The comparison view: title, header, rows, status. */

static void
grid_bars(const struct view *v, const struct grid_rows *gr,
    const char *title)
{
	char	b[512];
	int	cols = v->g.cols;

	if (gr->title >= 0) {
		put_blanks(gr->title, 0, cols, ST_TITLE_FOCUS);
		put_str(gr->title, 1, cols - 1, title, ST_TITLE_FOCUS);
	}
	if (gr->status >= 0) {
		view_compare_status(v, b, sizeof(b));
		put_str(gr->status, cols > 1, cols - (cols > 1), b,
		    v->msg[0] != '\0' ? ST_MESSAGE : ST_STATUS);
	}
}

/* A row's label: the passage's proposal and opening words, or the quote. */
static void
compare_label(const struct compview *cv, size_t row, int y, int w, int st)
{
	const struct compare	*c = cv->c;
	const struct cmp_passage *p;
	const struct model	*m;
	const struct quote	*q;
	char			 num[16];

	if (w <= 1)
		return;
	if (row < c->npassages) {
		p = &c->passages[row];
		if (p->proposal > 0)
			snprintf(num, sizeof(num), "p%d", p->proposal);
		else
			num[0] = '\0';
		put_str(y, 0, w - 1, num, st);
		if (w > 6)
			put_cut(y, 5, w - 6, c->stmt->text + p->src.off,
			    p->src.len, st);
		return;
	}
	m = c->reps[c->invented[row - c->npassages].report];
	q = &m->quotes[c->invented[row - c->npassages].quote - 1];
	put_str(y, 0, w - 1, ascii ? "\"" : "\xe2\x80\x9c", st);
	if (w > 2)
		put_cut(y, 1, w - 2, m->rep.text + q->text.off, q->text.len,
		    st);
}

static const int compare_roles[] = {
	[CV_BLANK] = ROLE_PLAIN,
	[CV_NOT_USED] = ROLE_PLAIN,
	[CV_PARAPHRASED] = ROLE_PARAPHRASE,
	[CV_EXACT] = ROLE_EXACT,
	[CV_ALTERED] = ROLE_ALTERED,
	[CV_NOT_FOUND] = ROLE_NOT_FOUND,
};

/* Each mark in its style, as the --check table's legend has them. */
static void
compare_legend(int y, int cols)
{
	static const struct {
		const char	*text;
		int		 role;
	} legend[] = {
		{ "=", ROLE_EXACT }, { " exact  ", ROLE_PLAIN },
		{ "~", ROLE_ALTERED }, { " altered  ", ROLE_PLAIN },
		{ "p", ROLE_PARAPHRASE }, { " paraphrased  ", ROLE_PLAIN },
		{ ".", ROLE_PLAIN }, { " not used  ", ROLE_PLAIN },
		{ "x", ROLE_NOT_FOUND }, { " not in the statement", ROLE_PLAIN },
	};
	size_t	i;
	int	x = 1;

	for (i = 0; i < sizeof(legend) / sizeof(legend[0]) && x < cols; i++)
		x += put_str(y, x, cols - x, legend[i].text, legend[i].role);
}

static void
draw_compare(const struct view *v)
{
	const struct compview	*cv = &v->cv;
	const struct compare	*c = cv->c;
	struct grid_rows	 gr;
	enum compview_kind	 k;
	char			 t[128], mk[2] = { 0, 0 };
	size_t			 row, col;
	int			 y, x, cw = cv->colw, w, cols = v->g.cols;

	view_grid_rows(v, &gr);
	snprintf(t, sizeof(t), "Comparison: %zu passages, %zu reports%s",
	    c->npassages, c->nreps, cv->shown_cols < c->nreps ?
	    " (h l scroll)" : "");
	grid_bars(v, &gr, t);
	if (gr.head >= 0) {
		put_blanks(gr.head, 0, cols, ST_TITLE);
		put_str(gr.head, 0, cv->labelw, "passage", ST_TITLE);
		for (col = cv->left; col < cv->left + cv->shown_cols; col++) {
			x = cv->labelw + (int)(col - cv->left) * cw;
			w = x + cw - 1 > cols ? cols - x : cw - 1;
			put_str(gr.head, x, w, c->abbrevs[col], col == cv->col ?
			    ST_TITLE_FOCUS : ST_TITLE);
		}
	}
	for (y = 0; y < gr.nbody; y++) {
		row = cv->top + (size_t)y;
		if (row >= cv->nrows)
			break;
		compare_label(cv, row, gr.body + y, cv->labelw,
		    row == cv->row ? ST_HEAD : ROLE_PLAIN);
		for (col = cv->left; col < cv->left + cv->shown_cols; col++) {
			x = cv->labelw + (int)(col - cv->left) * cw;
			w = x + cw - 1 > cols ? cols - x : cw - 1;
			if (w <= 0)
				break;
			k = compview_cell(cv, row, col);
			mk[0] = compview_mark(k);
			/* The cursor: the cell's mark in a block. */
			if (row == cv->row && col == cv->col)
				put_styled(gr.body + y, x, w, "     ",
				    compare_roles[k], OV_SELECTED);
			put_styled(gr.body + y, x + (w > 2), 1, mk,
			    compare_roles[k], row == cv->row &&
			    col == cv->col ? OV_SELECTED : 0);
		}
	}
	/* A legend under the rows, where there is room for it. */
	if (y + 1 < gr.nbody)
		compare_legend(gr.body + y + 1, cols);
}

/*
 * A list (listview.h), as tig draws its views: the title bar, the
 * header row, the rows with the cursor's reversed across the width and
 * marked "> " in a gutter (which a copy, or a terminal without
 * attributes, keeps), and the status line with the list's keys.  Escapes
 * in a row's text get the escape role, as in the panes.
 */
#define LIST_GUTTER	2

/* Run text s[0..n) at y,x within w cells in role, overlays ov. */
static int
put_run(int y, int x, int w, const char *s, size_t n, int role,
    unsigned ov)
{
	struct glyph	g;
	attr_t		attr;
	short		pair;
	size_t		pos = 0, k;
	int		col = 0;

	while (pos < n && col < w) {
		k = display_next(s + pos, n - pos, col, ascii, &g);
		if (g.kind == GLYPH_NEWLINE) {
			g.out[0] = ' ';
			g.out[1] = '\0';
			g.width = 1;
		}
		style_of(g.kind == GLYPH_ESCAPE ? ROLE_ESCAPE : role, ov,
		    &attr, &pair);
		if (col + g.width > w || (col + g.width == w && pos + k < n)) {
			/* Cut: the last cell says so, in the row's style. */
			style_of(role, ov, &attr, &pair);
			snprintf(g.out, sizeof(g.out), "%s", ascii ? ">" :
			    "\xe2\x80\xa6");
			g.width = 1;
			put_glyph(y, x + w - 1, x + w, &g, attr, pair);
			return w;
		}
		col = put_glyph(y, x + col, x + w, &g, attr, pair) - x;
		pos += k;
	}
	return col;
}

static void
draw_list_row(const struct listview_row *r, int y, int w, bool cursor)
{
	unsigned	ov = cursor ? OV_SELECTED : 0;
	size_t		i;
	int		x = w >= 10 ? LIST_GUTTER : 0, col;

	put_blanks_ov(y, 0, w, ROLE_PLAIN, ov);
	if (cursor && x > 0)
		put_run(y, 0, x, ">", 1, ROLE_PLAIN, ov);
	col = x + r->indent;
	for (i = 0; i < r->nruns && col < w; i++)
		col += put_run(y, col, w - col, r->runs[i].text,
		    r->runs[i].len, (int)r->runs[i].role, ov);
	/*
	 * A run that ended at the edge with more after it: the cut mark,
	 * which put_run draws for text wider than its one cell.
	 */
	for (; i < r->nruns && col >= w && w > 0; i++)
		if (r->runs[i].len > 0) {
			put_run(y, w - 1, 1, "..", 2, ROLE_PLAIN, ov);
			break;
		}
}

static void
draw_list(const struct view *v)
{
	const struct listview	*lv = v->list;
	const struct rect	*t = &v->g.list_title, *h = &v->g.list_head;
	const struct rect	*b = &v->g.list_body, *st = &v->g.status;
	const struct listview_row *r;
	char			 left[256];
	int			 y, x = v->g.cols >= 10 ? LIST_GUTTER : 0;
	int			 rw, lw;

	if (t->h > 0) {
		listview_title(lv, left, sizeof(left));
		put_blanks(t->y, t->x, t->w, ST_TITLE_FOCUS);
		put_str(t->y, t->x + 1, t->w > 4 ? t->w - 2 : t->w - 1, left,
		    ST_TITLE_FOCUS);
	}
	if (h->h > 0 && lv->header != NULL)
		put_str(h->y, h->x + x, h->w - x, lv->header, ST_HEAD);
	for (y = 0; y < b->h; y++) {
		r = listview_row(lv, lv->top + (size_t)y);
		if (r == NULL) {
			put_blanks(b->y + y, b->x, b->w, ROLE_PLAIN);
			put_str(b->y + y, b->x, b->w, "~", ST_FILLER);
			continue;
		}
		draw_list_row(r, b->y + y, b->w,
		    lv->top + (size_t)y == lv->cursor);
	}
	if (st->h == 0 || st->w == 0)
		return;
	put_blanks(st->y, st->x, st->w, ST_STATUS);
	if (v->msg[0] != '\0')
		snprintf(left, sizeof(left), "%s", v->msg);
	else
		listview_status(lv, left, sizeof(left));
	x = st->w > 1;
	lw = (int)display_width(left, strlen(left), ascii);
	rw = lv->hint != NULL ? (int)strlen(lv->hint) + 1 : 0;
	if (rw > 0 && lw + rw + x + 2 <= st->w)
		put_str(st->y, st->x + st->w - rw, rw, lv->hint, ST_STATUS);
	else
		rw = 0;
	put_str(st->y, st->x + x, st->w - x - rw, left,
	    v->msg[0] != '\0' ? ST_MESSAGE : ST_STATUS);
}

void
render_draw(struct view *v)
{
	int	p, cx;

	werase(stdscr);
	if (v->g.rows <= 0 || v->g.cols <= 0) {
		wnoutrefresh(stdscr);
		return;
	}
	if (v->help) {
		draw_help(v);
		curs_set(0);
		wnoutrefresh(stdscr);
		return;
	}
	if (v->comparing || v->list != NULL) {
		if (v->comparing)
			draw_compare(v);
		else
			draw_list(v);
		curs_set(0);
		wnoutrefresh(stdscr);
		return;
	}
	for (p = 0; p < PANE_MAX; p++)
		if (v->g.shown[p]) {
			draw_title(v, p);
			draw_pane(v, p);
		}
	draw_gutter(v);
	draw_separators(v);
	draw_sidebar(v);
	cx = draw_status(v);
	if (cx >= 0 && cx < v->g.cols) {
		curs_set(1);
		wmove(stdscr, v->g.status.y, cx);
	} else
		curs_set(0);
	wnoutrefresh(stdscr);
}
