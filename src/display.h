/*
 * display.h — how untrusted text is shown: each grapheme cluster of the
 * document becomes one glyph of printable UTF-8 (or ASCII) with a width
 * in terminal cells.  Controls become ^X, C1 and bidi controls and other
 * invisible characters become <U+XXXX>, tabs become spaces.  Nothing
 * else may turn document text into terminal output.
 *
 * What a glyph's out[] never holds: a byte below 0x20, 0x7F, a C1 code
 * point, a surrogate, private-use, unassigned or noncharacter code
 * point, a format (Cf) or other default-ignorable code point — with one
 * exception: U+200D ZERO WIDTH JOINER between two Extended_Pictographic
 * code points of one emoji ZWJ sequence (a family stays one glyph).
 * In ascii mode out[] holds bytes 0x20..0x7E only.
 *
 * Choices: U+FFFD (which stands for invalid UTF-8) is shown as itself
 * but as GLYPH_ESCAPE, so it gets the warning style.  U+2028, U+2029,
 * NEL, FF and VT are escapes, not line breaks; a lone CR is ^M.  A
 * variation selector U+FE0E/U+FE0F right after a pictograph, or on
 * the digit, # or * of a keycap (1 U+FE0F U+20E3), is consumed but not
 * drawn (the terminal's default presentation, and its width, stay those
 * uc_width() predicts); anywhere else, after a letter or a lone digit,
 * it is <U+FE0F> (and counts as hidden: text_count_hidden).
 *
 * A glyph is drawn as one or more terminal cells: a code point opens a
 * cell unless display_joins() puts it in the one before (marks and
 * other zero-width code points, a pictograph after a ZWJ, a skin tone
 * on a base that takes one).  A cell holds at most DISPLAY_CELL_MAX
 * code points (one ncurses cchar_t): an emoji ZWJ sequence too long for
 * one cell is cut before a joiner, which is drawn as <U+200D>, and the
 * rest follows as glyphs of its own (so every member shows, and no
 * joiner is ever drawn alone); any other code point that would join a
 * full cell is dropped, with all that follows in its cluster, and the
 * glyph ends with "<+N>" (N code points dropped) and becomes
 * GLYPH_ESCAPE.  A cluster that would draw zero cells (a mark with no
 * base) is drawn on U+25CC DOTTED CIRCLE.
 *
 * Whether a ZWJ sequence or a skin tone is drawn whole depends on the
 * terminal (display_set_caps, from render.c asking it); where it cannot,
 * every joiner is <U+200D> between pictographs drawn one by one, and a
 * skin tone is <U+1F3FD> after its base, so nothing is lost and the
 * terminal's columns stay those curses counts.
 *
 * Width: a cell is as wide as display_cell_width() of the code point
 * that opens it.  In a multibyte locale that is the wider of
 * libunistring's uc_width and the C library's wcwidth, which curses and
 * the terminal follow (U+4DC0..U+4DFF are 1 and 2); the cell is padded
 * to it.  A code point the C library does not know (wcwidth -1), or
 * that only one of the two calls zero-width, is drawn as <U+XXXX>, so no
 * character is ever a blank cell and no column shifts.  In a
 * single-byte locale widths are uc_width's alone.
 */
#ifndef QC_DISPLAY_H
#define QC_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum glyph_kind {
	GLYPH_TEXT,		/* printable text, shown as itself */
	GLYPH_SPACE,		/* U+0020, or a tab expanded to spaces */
	GLYPH_ESCAPE,		/* a visible escape: control, hidden char */
	GLYPH_NEWLINE		/* LF: out is one space, for a joined line */
};

#define GLYPH_MAX		128	/* bytes of out, including the NUL */
#define DISPLAY_CELL_MAX	5	/* code points in a cell: CCHARW_MAX */
#define DISPLAY_MAX_MARKS	(DISPLAY_CELL_MAX - 1)
#define DISPLAY_TAB		8	/* tab stops every this many cells */

struct glyph {
	size_t		off;		/* where in s the glyph starts: 0 */
	size_t		len;		/* source bytes consumed, > 0 */
	char		out[GLYPH_MAX];	/* what to draw, NUL-terminated */
	int		width;		/* cells out takes, >= 1 */
	enum glyph_kind	kind;
};

/*
 * Decode the glyph starting at s[0] (n > 0 bytes left); col is the
 * current cell column (for tab stops).  ascii: escape everything
 * outside printable ASCII as <U+XXXX>.  Returns bytes consumed (> 0),
 * also stored in g->len.  What follows a glyph only decides where it
 * ends, so decoding a prefix of s that ends on a glyph boundary gives
 * the same glyphs.  Linear in len, however long the cluster.
 */
size_t	display_next(const char *s, size_t n, int col, bool ascii,
	    struct glyph *g);
/*
 * Make g fit in width >= 1 cells when it does not (a wide character or
 * a long escape in a very narrow pane): an ASCII out is cut to width
 * characters, any other becomes width '>'.  g->len is unchanged.
 */
void	display_clip(struct glyph *g, int width);
/* Sanitise s[0..n) into a malloc'd, NUL-terminated printable string. */
char   *display_string(const char *s, size_t n, bool ascii);
/* Width in cells of s[0..n) as display_next would draw it from col 0. */
size_t	display_width(const char *s, size_t n, bool ascii);
/* What the terminal draws in one cell (both, until told otherwise). */
#define DISPLAY_CAN_ZWJ		0x1	/* a ZWJ sequence */
#define DISPLAY_CAN_TONE	0x2	/* a pictograph and its skin tone */
void	display_set_caps(unsigned caps);
/* Cells a cell opened by uc takes (see Width above). */
int	display_cell_width(uint32_t uc);
/*
 * Whether uc, after prev, is drawn in the cell that base opened rather
 * than in a cell of its own (render.c draws by the same rule).
 */
bool	display_joins(uint32_t base, uint32_t prev, uint32_t uc);

#endif
