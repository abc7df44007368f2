/*
 * display.h — how untrusted text is shown: each grapheme cluster of the
 * document becomes one glyph of printable UTF-8 (or ASCII) with a width
 * in terminal cells.  Controls become ^X, C1 and bidi controls and other
 * invisible characters become <U+XXXX>, tabs become spaces.  Nothing
 * else may turn document text into terminal output.
 */
#ifndef QC_DISPLAY_H
#define QC_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>

enum glyph_kind {
	GLYPH_TEXT,		/* printable text, shown as itself */
	GLYPH_SPACE,		/* white space (tab expanded) */
	GLYPH_ESCAPE,		/* a visible escape for a control or hidden char */
	GLYPH_NEWLINE		/* end of line */
};

#define GLYPH_MAX	64	/* bytes of out, including the NUL */

struct glyph {
	size_t		off;		/* source bytes consumed */
	size_t		len;
	char		out[GLYPH_MAX];	/* what to draw: printable, NUL-terminated */
	int		width;		/* cells */
	enum glyph_kind	kind;
};

/*
 * Decode the glyph starting at s[0] (n > 0 bytes left); col is the
 * current cell column (for tab stops).  ascii: escape everything
 * outside printable ASCII as <U+XXXX>.  Returns bytes consumed (> 0).
 */
size_t	display_next(const char *s, size_t n, int col, bool ascii,
	    struct glyph *);
/* Sanitise s[0..n) into a malloc'd, NUL-terminated printable string. */
char   *display_string(const char *s, size_t n, bool ascii);
/* Width in cells of s[0..n) as display_next would draw it. */
size_t	display_width(const char *s, size_t n, bool ascii);

#endif
