/*
 * quotelist.h — the list of quotations (key o), as mutt's index is: one
 * row per judged quotation of a model, with its number, verdict,
 * similarity (describe.h's words and rounding, as the sidebar and
 * --check say them), proposal, report line:column and opening words,
 * the whole row in its verdict's role.  Its filter shows the altered
 * and not-found ones.  Also the item kinds the reader's lists point
 * at, which view.c turns into a place to go.  No curses.
 */
#ifndef QC_QUOTELIST_H
#define QC_QUOTELIST_H

#include <stddef.h>

#include "listview.h"
#include "model.h"

/* What a row of the reader's lists stands for; item indexes it. */
enum list_item {
	LIST_QUOTE = 1,		/* m->quotes[item] */
	LIST_PROPOSAL,		/* m->stmt->props[item] */
	LIST_PARAPHRASE,	/* m->paras[item] */
	LIST_REPORT		/* report item of the reader's (replist.h) */
};

/* The flag of a row whose quotation is not exact: the filter's. */
#define QUOTELIST_PROBLEM	0x1

/* Cells of the verdict column: "not found", "paraphrase". */
#define QUOTELIST_VERDICT	10

/* Cells of opening words a row keeps at most (render.c cuts them). */
#define QUOTELIST_WORDS		300

/* Widths of the padded columns: quotelist_measure sets them. */
struct quotelist_cols {
	int	num;		/* the quotation's number */
	int	pos;		/* its report line:column */
};

/* Make lv the list of m's quotations (listview_free frees it). */
void		quotelist_build(struct listview *lv, const struct model *m);
/* The widths of m's columns, once for all its rows (linear in m). */
void		quotelist_measure(const struct model *m,
		    struct quotelist_cols *c);
/*
 * Append to row r the columns of quotation q of m: number, verdict,
 * similarity, proposal, report position, padded to c (so that rows
 * align), its warnings in the escape role ("[hidden characters] "),
 * then its opening words.
 */
void		quotelist_columns(struct listview_row *r,
		    const struct quotelist_cols *c, const struct model *m,
		    const struct quote *q);
/*
 * Append s[0..n) to r in role, collapsed to one line and cut after
 * about QUOTELIST_WORDS cells (at a glyph boundary: display.h).
 */
void		quotelist_words(struct listview_row *r, const char *s,
		    size_t n, enum role role);
/* The header row over quotelist_columns' columns. */
void		quotelist_header(const struct quotelist_cols *c, char *buf,
		    size_t size);

#endif
