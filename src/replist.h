/*
 * replist.h — the list of reports (key r, with several reports): one
 * row per report given, in order: its number, its name (outlet,
 * headline or file name, as the comparison names it), its quotations by
 * verdict, each count in its verdict's role, and the proposals it
 * covers; or why it cannot be read.  Rows point at LIST_REPORT items
 * (quotelist.h).  No curses.
 */
#ifndef QC_REPLIST_H
#define QC_REPLIST_H

#include <stddef.h>

#include "listview.h"
#include "reports.h"

/* Cells of the name column, at most. */
#define REPLIST_NAME	24

/*
 * Make lv the list of rs's reports (all checked and compared first),
 * report cur marked as the one shown.  listview_free frees it.
 */
void	replist_build(struct listview *lv, struct reports *rs, size_t cur);

#endif
