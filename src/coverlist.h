/*
 * coverlist.h — the coverage list (key v): each numbered proposal of
 * the statement with its number and coverage status (the names
 * --check uses) in the status's role, and under it, indented, the
 * quotations (as the quotation list shows them) and the paraphrases
 * that cover it, in report order.  Rows point at a LIST_PROPOSAL, a
 * LIST_QUOTE or a LIST_PARAPHRASE (quotelist.h).  No curses.
 */
#ifndef QC_COVERLIST_H
#define QC_COVERLIST_H

#include "listview.h"
#include "model.h"

/* Cells the rows under a proposal are indented by. */
#define COVERLIST_INDENT	4

/* The role of coverage c: quoted as exact, and so on. */
enum role	coverlist_role(enum coverage c);
/*
 * Make lv the coverage list of m (listview_free frees it).  O((P + Q + R) log (Q + R)) for P
 * proposals, Q quotations and R paraphrases.
 */
void		coverlist_build(struct listview *lv, const struct model *m);

#endif
