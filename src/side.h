/*
 * side.h — the sidebar's content: the selected quotation or paraphrase,
 * the summary and both documents' fields, worded as describe.h words
 * them for --check, wrapped at a width into at most a given number of
 * rows.  A row is a line of styled runs; render.c only draws them.  No
 * curses.
 */
#ifndef QC_SIDE_H
#define QC_SIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

enum side_style {
	SIDE_TEXT,
	SIDE_HEAD,		/* a heading: "Summary" */
	SIDE_META,		/* a title or headline */
	SIDE_EXACT,		/* a verdict or coverage status ... */
	SIDE_ALTERED,
	SIDE_NOT_FOUND,
	SIDE_PARAPHRASED,
	SIDE_WARNING,		/* what loading repaired or found hidden */
	SIDE_MORE,		/* the last row, when text was left out */
	SIDE_MAX
};

/* Text to be drawn through display.h: it may hold document bytes. */
struct side_run {
	char		*text;		/* NUL-terminated, owned */
	size_t		 len;		/* bytes */
	enum side_style	 style;
};

/* One row of the sidebar; a blank row has no runs. */
struct side_line {
	int		 indent;	/* cells before the first run */
	struct side_run	*runs;
	size_t		 nruns;
};

struct side {
	struct side_line *lines;	/* from the top row down */
	size_t		  nlines;	/* at most the rows asked for */
	bool		  cut;		/* text left out; the last row says so */
};

/*
 * The sidebar for quotation q (NULL: none selected) of m, w cells wide
 * and at most h rows high.  A row's runs fit in w - indent cells but
 * for a glyph wider than the whole row.  Work is bounded by the text
 * shown and the fields' lengths.  Free with side_free.
 */
void	side_build(struct side *, const struct model *m,
	    const struct quote *q, int w, int h, bool ascii);
/*
 * The same for paraphrase pp of m (one of m->paras): its report line,
 * its source and proposal, and the content words it shares with it.
 */
void	side_build_para(struct side *, const struct model *m,
	    const struct paraphrase *pp, int w, int h, bool ascii);
void	side_free(struct side *);

#endif
