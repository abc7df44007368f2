/*
 * compview.h — the comparison view, as mutt's index: the statement's
 * passages as rows (in statement order, then the quotations no passage
 * holds, each under its report), the reports as columns, each cell the
 * mark of that report's use of that passage.  A cursor cell moves over
 * the grid; rows and columns scroll to keep it shown, the passage
 * column staying.  No curses: render.c draws what compview_fit placed.
 * Rows and columns here are of the grid; widths are terminal cells.
 */
#ifndef QC_COMPVIEW_H
#define QC_COMPVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "compare.h"

/* What a cell holds, in the style of its verdict. */
enum compview_kind {
	CV_BLANK,		/* a quotation's row, another report */
	CV_NOT_USED,		/* '.' */
	CV_PARAPHRASED,		/* 'p' */
	CV_EXACT,		/* '=' */
	CV_ALTERED,		/* '~' */
	CV_NOT_FOUND		/* 'x': a quotation not in the statement */
};

#define CV_LABEL_MAX	72	/* cells of the passage column, at most */
#define CV_LABEL_MIN	24	/* ... when the columns do not all fit */

struct compview {
	const struct compare	*c;
	size_t			 nrows;		/* passages, then invented */
	size_t			 row, col;	/* the cursor cell */
	size_t			 top, left;	/* first row, column shown */
	/* Set by compview_fit. */
	int			 labelw;	/* cells of the passage column */
	int			 colw;		/* cells of a report column */
	size_t			 shown_rows, shown_cols;
};

/* What Enter on a cell opens. */
struct compview_target {
	size_t	col;		/* the report's column in the comparison */
	size_t	quote;		/* its quotation's id, or 0 */
	long	passage;	/* the statement passage, or -1 */
};

void	compview_init(struct compview *, const struct compare *);
/*
 * Fit the grid to cols cells and rows rows of cells (headers not
 * counted), then scroll so that the cursor cell is shown.
 */
void	compview_fit(struct compview *, int cols, int rows);
/* Move the cursor by rows and columns, stopping at the edges. */
void	compview_move(struct compview *, long drow, long dcol);
/* Put the cursor on row, column (clamped), scrolled into sight. */
void	compview_goto(struct compview *, size_t row, size_t col);
enum compview_kind compview_cell(const struct compview *, size_t row,
	    size_t col);
/* The cell's mark: '=' '~' 'p' '.' 'x' or ' '. */
char	compview_mark(enum compview_kind);
/* The passage of row, or -1 for a quotation no passage holds. */
long	compview_passage(const struct compview *, size_t row);
void	compview_target(const struct compview *, struct compview_target *);

#endif
