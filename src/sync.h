/*
 * sync.h — synchronised scrolling anchored on matched passages, as
 * vimdiff's scrollbind is on diff hunks: where the top of one pane
 * puts the top of the other.  No curses; lines are layout lines.
 */
#ifndef QC_SYNC_H
#define QC_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"
#include "model.h"

/* A matched pair: its start in each document (bytes, by doc_kind). */
struct sync_anchor {
	size_t	off[2];
};

/*
 * The anchors of a model: every quotation found in the statement and
 * every paraphrase, in report order, less those whose source would
 * take the statement backwards (the longest run in the same order in
 * both documents is kept), so that both offsets never decrease.
 */
struct sync {
	struct sync_anchor	*a;
	size_t			 n;
};

/* The anchors of m, in time O(n log n) of its quotations and paraphrases. */
struct sync	*sync_new(const struct model *m);
void		 sync_free(struct sync *);
/*
 * The top line of layout to (of the other document) for top line top
 * of layout from (of document side): proportionally between the
 * counterparts of the anchors around top, by lines; before the first
 * anchor and after the last, as many lines from it.  Extends the
 * layouts as far as the two anchors it reads and no further; the time
 * is two binary searches besides.  False when there are no anchors
 * or from has no lines; the result may lie past the end of to.
 */
bool		 sync_top(const struct sync *, enum doc_kind side,
		    struct layout *from, size_t top, struct layout *to,
		    size_t *out);

#endif
