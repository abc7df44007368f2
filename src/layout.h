/*
 * layout.h — a document wrapped at a width into screen lines: "a line
 * on the screen, not in the file".  Each line is a byte range of the
 * document cut into runs of one style role.  No curses here: render.c
 * maps roles to attributes and draws each run through display.h.
 *
 * Drawing a run: from p = run.off and col = run.col, until p reaches
 * run.off + run.len, display_next(text + p, run.off + run.len - p, col,
 * layout.ascii, &g), display_clip(&g, layout.width - col), draw g.out at
 * col, col += g.width, p += g.len.  Runs start and end on glyph
 * boundaries, so this gives the glyphs and widths the layout measured.
 * A GLYPH_NEWLINE inside a run joined two source lines of a paragraph:
 * its out is one space.  A glyph wider than the pane (a wide character
 * or an escape in a pane of a cell or two) is alone on its line, and
 * display_clip makes it fit.
 */
#ifndef QC_LAYOUT_H
#define QC_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Style roles, from least to most specific (later ones win). */
enum role {
	ROLE_PLAIN,
	ROLE_CHROME,		/* site navigation, front matter: dim */
	ROLE_META,		/* title, date, metadata trailer, dateline */
	ROLE_LABEL,		/* a proposal's label: "Third." */
	ROLE_PARAPHRASE,	/* unquoted restatement: a light mark */
	ROLE_TERM,		/* a quotation under three words: not judged */
	ROLE_EXACT,
	ROLE_ALTERED,
	ROLE_NOT_FOUND,
	ROLE_CHANGED,		/* a differing word inside an altered quote */
	ROLE_ESCAPE,		/* a control or hidden char, as an escape */
	ROLE_MAX
};

/* The role a quotation of verdict v is drawn in. */
enum role	 layout_verdict_role(enum verdict v);

/* A run of one role: bytes [off, off+len) of the document. */
struct run {
	size_t		off;
	size_t		len;
	int		col;		/* cell where it starts on the line */
	enum role	role;
};

/*
 * One screen line: runs laid left to right, width cells at most.  The
 * bytes [off, off+len) run up to the next line of the paragraph, so
 * they include the spaces (and the newline) the line was broken at,
 * which no run draws.  A blank line between paragraphs has len 0 and
 * off at the end of the paragraph above it.  Lines are in text order:
 * off never decreases.
 */
struct line {
	size_t		 off;		/* first byte shown */
	size_t		 len;		/* bytes covered, 0 for a blank line */
	struct run	*runs;
	size_t		 nruns;
	int		 width;		/* cells used */
	int		 indent;	/* leading cells of padding: layout.c */
					/* sets none (0), runs carry their col */
};

/*
 * A layout is built a part at a time: lines[0..nlines) are the first
 * lines of the document, final as they stand, and layout_extend adds
 * more until done.  The model it was begun from must outlive it.
 */
struct layout {
	int		 width;		/* the wrap width in cells */
	bool		 ascii;		/* escapes for everything non-ASCII */
	bool		 done;		/* every line is laid out */
	struct line	*lines;
	size_t		 nlines;
	struct run	*runs;		/* every line's runs, in line order */
	size_t		 nruns;
	struct layout_work	*work;		/* layout.c's, until done */
};

/*
 * Wrap one document of m (DOC_STATEMENT or DOC_REPORT) at width cells
 * (less than 1 counts as 1, more than 65536 as 65536).  Paragraphs are
 * doc->paras; a blank line separates them, except between two non-body
 * paragraphs (title, date, metadata, navigation) on adjacent source
 * lines.  An empty document has no lines.  layout_doc does it all at
 * once; layout_begin lays out nothing yet (no lines, done false).
 */
struct layout	*layout_doc(const struct model *m, enum doc_kind which,
		    int width, bool ascii);
struct layout	*layout_begin(const struct model *m, enum doc_kind which,
		    int width, bool ascii);
/*
 * Lay out more lines, until both a line starts after byte off (so that
 * layout_line_of is final for every offset up to off) and there are
 * min_lines lines, or the document ends.  It may stop after any line,
 * inside a paragraph too.  Returns done.
 */
bool		 layout_extend(struct layout *, size_t off, size_t min_lines);
/* Lay out the rest: the lines are then those of layout_doc. */
void		 layout_finish(struct layout *);
void		 layout_free(struct layout *);
/*
 * The screen line showing byte offset off (the last line before it).
 * On a layout not done, for offsets it was extended to (see above).
 */
size_t		 layout_line_of(const struct layout *, size_t off);

#endif
