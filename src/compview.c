/*
 * compview.c — the comparison view's grid: its cursor, what is shown of
 * it, and what a cell opens.  Rows are the comparison's passages, then
 * its invented quotations (each a row with one cell, under its report);
 * columns are the comparison's reports.  Every operation is constant
 * time but compview_target, which looks through one cell's quotations.
 */
#include <string.h>

#include "compview.h"
#include "display.h"

void
compview_init(struct compview *cv, const struct compare *c)
{
	memset(cv, 0, sizeof(*cv));
	cv->c = c;
	cv->nrows = c->npassages + c->ninvented;
	cv->colw = 4;
	cv->shown_rows = cv->shown_cols = 1;
}

/* Cells of a report column: its abbreviation and a blank, 4 at least. */
static int
compview_colw(const struct compare *c)
{
	size_t	 r, w, colw = 4;

	/* Abbreviations are CMP_ABBREV_CELLS wide at most: 5 + 1. */
	for (r = 0; r < c->nreps; r++) {
		w = display_width(c->abbrevs[r], strlen(c->abbrevs[r]),
		    false) + 1;
		if (w > colw)
			colw = w;
	}
	return (int)colw;
}

/* Keep first..first+shown around cur. */
static size_t
compview_scroll(size_t first, size_t shown, size_t cur)
{
	if (cur < first)
		return cur;
	if (shown > 0 && cur >= first + shown)
		return cur - shown + 1;
	return first;
}

void
compview_fit(struct compview *cv, int cols, int rows)
{
	size_t	 n = cv->c->nreps, room;
	long	 all;

	if (cols < 0)
		cols = 0;
	cv->colw = compview_colw(cv->c);
	all = (long)n * cv->colw;
	if (cols - all >= (cols / 2 < CV_LABEL_MIN ? cols / 2 : CV_LABEL_MIN))
		/* Every column fits: the passages take what is left. */
		cv->labelw = cols - all > CV_LABEL_MAX ? CV_LABEL_MAX :
		    (int)(cols - all);
	else
		cv->labelw = cols / 2 < CV_LABEL_MIN ? cols / 2 : CV_LABEL_MIN;
	room = (size_t)(cols - cv->labelw);
	cv->shown_cols = room / (size_t)cv->colw;
	if (cv->shown_cols == 0) {
		/* Too narrow for a column beside it: the column alone. */
		cv->labelw = 0;
		cv->shown_cols = 1;
	}
	if (cv->shown_cols > n)
		cv->shown_cols = n;
	cv->shown_rows = rows > 0 ? (size_t)rows : 0;
	if (cv->shown_rows > cv->nrows)
		cv->shown_rows = cv->nrows;
	cv->top = compview_scroll(cv->top, cv->shown_rows, cv->row);
	cv->left = compview_scroll(cv->left, cv->shown_cols, cv->col);
	/* No blank rows or columns past the end while more would show. */
	if (cv->top + cv->shown_rows > cv->nrows)
		cv->top = cv->nrows - cv->shown_rows;
	if (cv->left + cv->shown_cols > n)
		cv->left = n - cv->shown_cols;
}

static size_t
compview_clamp(long v, size_t n)
{
	if (v < 0 || n == 0)
		return 0;
	return (size_t)v >= n ? n - 1 : (size_t)v;
}

void
compview_goto(struct compview *cv, size_t row, size_t col)
{
	cv->row = compview_clamp((long)row, cv->nrows);
	cv->col = compview_clamp((long)col, cv->c->nreps);
	cv->top = compview_scroll(cv->top, cv->shown_rows, cv->row);
	cv->left = compview_scroll(cv->left, cv->shown_cols, cv->col);
}

/* v + d, as far as -1 or n: a count or G saturates, never overflows. */
static long
compview_add(size_t v, long d, size_t n)
{
	if (d > (long)n)
		return (long)n;
	if (d < -(long)n)
		return -1;
	return (long)v + d;
}

void
compview_move(struct compview *cv, long drow, long dcol)
{
	compview_goto(cv, compview_clamp(compview_add(cv->row, drow,
	    cv->nrows), cv->nrows), compview_clamp(compview_add(cv->col, dcol,
	    cv->c->nreps), cv->c->nreps));
}

long
compview_passage(const struct compview *cv, size_t row)
{
	return row < cv->c->npassages ? (long)row : -1;
}

enum compview_kind
compview_cell(const struct compview *cv, size_t row, size_t col)
{
	const struct compare	*c = cv->c;
	const struct cmp_invented *inv;

	if (col >= c->nreps || row >= cv->nrows)
		return CV_BLANK;
	if (row >= c->npassages) {
		inv = &c->invented[row - c->npassages];
		return inv->report == col ? CV_NOT_FOUND : CV_BLANK;
	}
	switch (c->passages[row].cells[col].mark) {
	case CMP_EXACT:
		return CV_EXACT;
	case CMP_ALTERED:
		return CV_ALTERED;
	case CMP_PARAPHRASED:
		return CV_PARAPHRASED;
	case CMP_NOT_USED:
		break;
	}
	return CV_NOT_USED;
}

char
compview_mark(enum compview_kind k)
{
	static const char	 marks[] = { ' ', '.', 'p', '=', '~', 'x' };

	return k <= CV_NOT_FOUND ? marks[k] : '?';
}

/*
 * The cell's quotation: the first of its report's quotations of the
 * passage whose verdict is the cell's mark (an altered one when it says
 * altered), so that Enter lands on what the cell shows.
 */
void
compview_target(const struct compview *cv, struct compview_target *t)
{
	const struct compare	*c = cv->c;
	const struct cmp_cell	*cell;
	const struct model	*m;
	size_t			 i, id;

	memset(t, 0, sizeof(*t));
	t->col = cv->col;
	t->passage = -1;
	if (cv->nrows == 0 || c->nreps == 0)
		return;
	if (cv->row >= c->npassages) {
		if (c->invented[cv->row - c->npassages].report == cv->col)
			t->quote = c->invented[cv->row - c->npassages].quote;
		return;
	}
	t->passage = (long)cv->row;
	cell = &c->passages[cv->row].cells[cv->col];
	m = c->reps[cv->col];
	/* Bounded by the cell's quotations. */
	for (i = 0; i < cell->nquotes && t->quote == 0; i++) {
		id = cell->quotes[i];
		if (id < 1 || id > m->nquotes)
			continue;
		if ((m->quotes[id - 1].verdict == VERDICT_ALTERED) ==
		    (cell->mark == CMP_ALTERED))
			t->quote = id;
	}
	if (t->quote == 0 && cell->nquotes > 0)
		t->quote = cell->quotes[0];
}
