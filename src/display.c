/*
 * display.c — the sanitiser: document bytes become glyphs a terminal
 * can only print.  A glyph is one grapheme cluster of printable text,
 * or one visible escape for a code point that must not reach the
 * terminal raw.
 *
 * Clusters come from a small state machine over
 * uc_graphemeclusterbreak_property (UAX #29 as libunistring 1.0 has
 * it), not from u8_grapheme_next, which splits flags and ZWJ sequences
 * in 1.0.  It needs no break array, so decoding a paragraph glyph by
 * glyph stays linear, and it lets a hidden code point inside a cluster
 * end the cluster so that it is shown as an escape.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "display.h"
#include "text.h"
#include "xmalloc.h"

#define SHOWN_CATEGORIES	(UC_CATEGORY_MASK_L | UC_CATEGORY_MASK_M | \
	UC_CATEGORY_MASK_N | UC_CATEGORY_MASK_P | UC_CATEGORY_MASK_S | \
	UC_CATEGORY_MASK_Zs)
#define ZWJ		0x200D
#define REPLACEMENT	0xFFFD
#define DOTTED_CIRCLE	"\xe2\x97\x8c"
#define MARKER_MAX	24	/* "<+N>" for any size_t N, and its NUL */
/* Bytes of a cluster kept in out (a circle included), room for "<+N>". */
#define CONTENT_MAX	(GLYPH_MAX - MARKER_MAX)

/* What the terminal draws as one cell: display_set_caps(). */
static unsigned	display_caps = DISPLAY_CAN_ZWJ | DISPLAY_CAN_TONE;

/* What rules GB3-GB13 of UAX #29 need to know of the text so far. */
struct gbstate {
	int	prev;		/* break property of the last code point */
	bool	emoji;		/* the text ends in ExtPict Extend* */
	bool	zwj_emoji;	/* the text ends in ExtPict Extend* ZWJ */
	size_t	nri;		/* regional indicators in a row */
};

/* A cluster being gathered into a glyph. */
struct cluster {
	struct glyph	*g;
	bool		 ascii;
	size_t		 used;		/* bytes of g->out */
	int		 width;		/* cells of the cells so far */
	ucs4_t		 base;		/* what opened the last cell */
	ucs4_t		 last;		/* the last code point kept */
	int		 incell;	/* code points in the last cell */
	size_t		 ndropped;
	bool		 escaped;	/* ascii: some code point as <U+XXXX> */
};

/*
 * The C library's width of uc (what curses and the terminal follow),
 * or -2 when the locale does not say (a single-byte locale, as in the
 * tests and under --check in ASCII).
 */
static int
display_wcwidth(ucs4_t uc)
{
	if (MB_CUR_MAX == 1)
		return -2;
	return wcwidth((wchar_t)uc);
}

int
display_cell_width(uint32_t uc)
{
	int	w = uc_width(uc, "UTF-8"), cw = display_wcwidth(uc);

	/* libunistring and the C library disagree: the wider. */
	return cw > w ? cw : w;
}

/*
 * Whether curses draws uc as libunistring measures it: not where the C
 * library does not know it (wcwidth -1) or where only one of the two
 * calls it zero-width.  Such a code point is drawn as an escape.
 */
static bool
display_curses_agrees(ucs4_t uc)
{
	int	cw = display_wcwidth(uc);

	if (cw == -2)
		return true;
	return cw >= 0 && (cw == 0) == (uc_width(uc, "UTF-8") == 0);
}

bool
display_joins(uint32_t base, uint32_t prev, uint32_t uc)
{
	if (prev == ZWJ)
		return true;
	if (uc_is_property_emoji_modifier(uc))
		return uc_is_property_emoji_modifier_base(base);
	return uc_width(uc, "UTF-8") == 0;
}

/* Printable, and not one of the invisible characters that hide text. */
static bool
shown(ucs4_t uc)
{
	return uc_is_general_category_withtable(uc, SHOWN_CATEGORIES) &&
	    !uc_is_property_default_ignorable_code_point(uc);
}

static size_t
glyph_set(struct glyph *g, enum glyph_kind kind, const char *out,
    size_t len)
{
	size_t	n = strlen(out);

	memcpy(g->out, out, n + 1);
	g->width = (int)n;
	g->kind = kind;
	g->len = len;
	return len;
}

/* Write "<U+XXXX>" (4 to 6 hex digits) and its NUL; returns its length. */
static int
hex_escape(char *buf, ucs4_t uc)
{
	static const char	 hex[] = "0123456789ABCDEF";
	int			 i, n;

	n = uc > 0xFFFFF ? 6 : uc > 0xFFFF ? 5 : 4;
	memcpy(buf, "<U+", 3);
	for (i = n - 1; i >= 0; i--, uc >>= 4)
		buf[3 + i] = hex[uc & 0xF];
	buf[3 + n] = '>';
	buf[4 + n] = '\0';
	return 4 + n;
}

static size_t
glyph_escape(struct glyph *g, ucs4_t uc, size_t len)
{
	char	buf[16];

	hex_escape(buf, uc);
	return glyph_set(g, GLYPH_ESCAPE, buf, len);
}

/* LF, TAB, the other C0 controls and DEL. */
static size_t
glyph_control(struct glyph *g, ucs4_t uc, int col)
{
	char	buf[DISPLAY_TAB + 1];
	int	n;

	if (uc == '\n')
		return glyph_set(g, GLYPH_NEWLINE, " ", 1);
	if (uc == '\t') {
		n = DISPLAY_TAB - (col < 0 ? 0 : col % DISPLAY_TAB);
		memset(buf, ' ', n);
		buf[n] = '\0';
		return glyph_set(g, GLYPH_SPACE, buf, 1);
	}
	buf[0] = '^';
	buf[1] = uc == 0x7F ? '?' : (char)(uc + 0x40);
	buf[2] = '\0';
	return glyph_set(g, GLYPH_ESCAPE, buf, 1);
}

static void
gb_init(struct gbstate *st)
{
	st->prev = -1;
	st->emoji = st->zwj_emoji = false;
	st->nri = 0;
}

/* Whether code point (prop, extpict) joins the cluster (no boundary). */
static bool
gb_joins(const struct gbstate *st, int prop, bool extpict)
{
	int	prev = st->prev;

	if (prev == GBP_CR && prop == GBP_LF)
		return true;
	if (prev == GBP_CONTROL || prev == GBP_CR || prev == GBP_LF ||
	    prop == GBP_CONTROL || prop == GBP_CR || prop == GBP_LF)
		return false;
	if (prev == GBP_L && (prop == GBP_L || prop == GBP_V ||
	    prop == GBP_LV || prop == GBP_LVT))
		return true;
	if ((prev == GBP_LV || prev == GBP_V) &&
	    (prop == GBP_V || prop == GBP_T))
		return true;
	if ((prev == GBP_LVT || prev == GBP_T) && prop == GBP_T)
		return true;
	if (prop == GBP_EXTEND || prop == GBP_ZWJ || prop == GBP_SPACINGMARK)
		return true;
	if (prev == GBP_PREPEND)
		return true;
	if (prev == GBP_ZWJ && st->zwj_emoji && extpict)
		return true;
	return prev == GBP_RI && prop == GBP_RI && st->nri % 2 == 1;
}

static void
gb_step(struct gbstate *st, int prop, bool extpict)
{
	st->zwj_emoji = prop == GBP_ZWJ && st->emoji;
	if (extpict)
		st->emoji = true;
	else if (prop != GBP_EXTEND)
		st->emoji = false;
	st->nri = prop == GBP_RI ? st->nri + 1 : 0;
	st->prev = prop;
}

/*
 * Append uc to the glyph, or count it dropped: a
 * code point that would join a full cell (CCHARW_MAX code points, one
 * ncurses cchar_t) is dropped, and so is all that follows it.
 */
static void
cluster_put(struct cluster *c, ucs4_t uc)
{
	char	buf[16];
	bool	join;
	int	k, room;

	join = c->used > 0 && display_joins(c->base, c->last, uc);
	/* A cluster opening with no width (a mark) goes on a circle. */
	if (c->used == 0 && !c->ascii && display_cell_width(uc) <= 0) {
		memcpy(c->g->out, DOTTED_CIRCLE, 3);
		c->used = 3;
		c->base = c->last = 0x25CC;
		c->incell = 1;
		c->width = display_cell_width(0x25CC);
		join = true;
	}
	if (c->ndropped > 0 || (join && c->incell >= DISPLAY_CELL_MAX)) {
		c->ndropped++;
		return;
	}
	if (c->ascii && (uc < 0x20 || uc > 0x7E)) {
		k = hex_escape(buf, uc);
		c->escaped = true;
	} else
		k = u8_uctomb((uint8_t *)buf, uc, sizeof(buf));
	/* A joiner is kept only with room for the pictograph it joins. */
	room = uc == ZWJ ? k + 4 : k;
	if (k <= 0 || c->used + room > CONTENT_MAX) {
		c->ndropped++;
		return;
	}
	memcpy(c->g->out + c->used, buf, k);
	c->used += k;
	c->last = uc;
	if (join)
		c->incell++;
	else {
		c->base = uc;
		c->incell = 1;
		if (!c->ascii)
			c->width += display_cell_width(uc);
	}
}

/* Finish the glyph: its kind, the drop marker. */
static void
cluster_end(struct cluster *c)
{
	struct glyph	*g = c->g;
	int		 k;

	if (c->ascii)
		c->width = (int)c->used;
	if (c->escaped || c->ndropped > 0)
		g->kind = GLYPH_ESCAPE;
	else if (c->used == 1 && g->out[0] == ' ')
		g->kind = GLYPH_SPACE;
	else
		g->kind = GLYPH_TEXT;
	g->out[c->used] = '\0';
	if (c->ndropped > 0) {
		k = snprintf(g->out + c->used, MARKER_MAX, "<+%zu>",
		    c->ndropped);
		c->used += k;
		c->width += k;
	}
	g->width = c->width;
}

/*
 * Whether the joiner at s[0] (cell holding incell code points) and the
 * pictograph after it, with its skin tone if it has one, fit in the
 * cell; when not, the sequence is cut before the joiner, which is then
 * drawn as <U+200D> and the rest as glyphs of their own.
 */
static bool
zwj_fits(const struct cluster *c, const uint8_t *s, size_t n)
{
	ucs4_t	pict, tone;
	int	k, need = 2;

	if (!(display_caps & DISPLAY_CAN_ZWJ))
		return false;
	if (n > 3 && (k = u8_mbtoucr(&pict, s + 3, n - 3)) > 0 &&
	    n - 3 > (size_t)k && u8_mbtoucr(&tone, s + 3 + k, n - 3 - k) > 0 &&
	    uc_is_property_emoji_modifier(tone) &&
	    uc_is_property_emoji_modifier_base(pict))
		need = 3;
	return c->incell + need <= DISPLAY_CELL_MAX;
}

/*
 * Whether hidden code point uc may stay inside the cluster: a ZWJ that
 * joins two pictographs, or a presentation selector right after a
 * pictograph or on a keycap's digit (consumed, not drawn).  rest is the
 * text after uc.  text_count_hidden() follows the same rule.
 */
static bool
hidden_joins(const struct gbstate *st, ucs4_t prev, ucs4_t uc,
    const uint8_t *rest, size_t n)
{
	ucs4_t	next = 0;

	if (n > 0 && u8_mbtoucr(&next, rest, n) <= 0)
		next = 0;
	if (uc == ZWJ)
		return st->emoji && uc_is_property_extended_pictographic(next) &&
		    shown(next);
	if (uc == 0xFE0E || uc == 0xFE0F)
		return uc_is_property_extended_pictographic(prev) ||
		    (text_is_keycap_base(prev) && next == 0x20E3);
	return false;
}

/* A skin tone the terminal would draw beside its base: an escape. */
static bool
display_tone_marker(ucs4_t uc)
{
	return !(display_caps & DISPLAY_CAN_TONE) &&
	    uc_is_property_emoji_modifier(uc);
}

/* The cluster starting with shown code point at s[0]. */
static size_t
display_cluster(const uint8_t *s, size_t n, bool ascii, struct glyph *g)
{
	struct cluster	 c = { .g = g, .ascii = ascii };
	struct gbstate	 st;
	ucs4_t		 uc, prev;
	size_t		 pos;
	int		 k, prop;
	bool		 ep;

	gb_init(&st);
	pos = 0;
	prev = 0;
	while (pos < n) {
		if ((k = u8_mbtoucr(&uc, s + pos, n - pos)) < 0 ||
		    uc == REPLACEMENT)
			break;
		prop = uc_graphemeclusterbreak_property(uc);
		ep = uc_is_property_extended_pictographic(uc);
		if (pos > 0 && !gb_joins(&st, prop, ep))
			break;
		if (pos > 0 && !shown(uc) &&
		    !hidden_joins(&st, prev, uc, s + pos + k, n - pos - k))
			break;
		if (pos > 0 && ((!ascii && !display_curses_agrees(uc)) ||
		    (uc == ZWJ && !zwj_fits(&c, s + pos, n - pos)) ||
		    display_tone_marker(uc)))
			break;
		gb_step(&st, prop, ep);
		if (uc != 0xFE0E && uc != 0xFE0F)
			cluster_put(&c, uc);
		prev = uc;
		pos += k;
	}
	cluster_end(&c);
	g->len = pos;
	return pos;
}

size_t
display_next(const char *s, size_t n, int col, bool ascii, struct glyph *g)
{
	const uint8_t	*u = (const uint8_t *)s;
	ucs4_t		 uc;
	int		 k;

	g->off = 0;
	/* Fast path: ASCII followed by ASCII is a whole cluster. */
	if (u[0] >= 0x20 && u[0] < 0x7F && (n == 1 || u[1] < 0x80)) {
		g->out[0] = s[0];
		g->out[1] = '\0';
		g->width = 1;
		g->kind = s[0] == ' ' ? GLYPH_SPACE : GLYPH_TEXT;
		return g->len = 1;
	}
	k = u8_mbtouc(&uc, u, n);
	if (uc < 0x20 || uc == 0x7F)
		return glyph_control(g, uc, col);
	if (uc == REPLACEMENT && !ascii) {
		glyph_set(g, GLYPH_ESCAPE, "\xef\xbf\xbd", k);
		g->width = 1;
		return k;
	}
	if (uc == REPLACEMENT || !shown(uc) || display_tone_marker(uc) ||
	    (!ascii && !display_curses_agrees(uc)))
		return glyph_escape(g, uc, k);
	return display_cluster(u, n, ascii, g);
}

void
display_clip(struct glyph *g, int width)
{
	size_t	i;

	if (width < 1)
		width = 1;
	if (g->width <= width)
		return;
	for (i = 0; g->out[i] != '\0'; i++)
		if ((unsigned char)g->out[i] >= 0x80)
			break;
	if (g->out[i] != '\0')
		memset(g->out, '>', width);
	g->out[width] = '\0';
	g->width = width;
}

char *
display_string(const char *s, size_t n, bool ascii)
{
	struct glyph	 g;
	char		*r = NULL;
	size_t		 cap = 0, used = 0, pos, w;
	int		 col = 0;

	for (pos = 0; pos < n; pos += g.len) {
		display_next(s + pos, n - pos, col, ascii, &g);
		w = strlen(g.out);
		xgrow(&r, &cap, used + w + 1, 1);
		memcpy(r + used, g.out, w);
		used += w;
		col = (col + g.width) % DISPLAY_TAB;
	}
	xgrow(&r, &cap, used + 1, 1);
	r[used] = '\0';
	return r;
}

size_t
display_width(const char *s, size_t n, bool ascii)
{
	struct glyph	g;
	size_t		pos, w = 0;

	for (pos = 0; pos < n; pos += g.len) {
		display_next(s + pos, n - pos, (int)(w % DISPLAY_TAB), ascii,
		    &g);
		w += g.width;
	}
	return w;
}

void
display_set_caps(unsigned caps)
{
	display_caps = caps;
}
