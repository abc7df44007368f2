/*
 * quote.h — find the quotations in a report: paired straight and curly
 * double quotes, guillemets, and single quotes that open at a word start
 * and close at a word end (apostrophes are not quotes).  Quotations that
 * run over a paragraph end newspaper-style continue; unbalanced marks
 * are bounded by their paragraph.  Ellipses inside mark cuts.
 */
#ifndef QC_QUOTE_H
#define QC_QUOTE_H

#include "model.h"

/*
 * Fill m->quotes (three words or more; id, outer, text, wfirst, nwords,
 * cuts, warnings set; verdict left for match.c) and
 * m->terms (the text, between the marks, of shorter quotations) from
 * m->rep.  Cuts are indices into m->rep.words.
 */
void	quote_extract(struct model *m);

/*
 * What the quote does not keep, worked out from its offsets (a binary
 * search and at most a block of characters: doc_position()).  The line
 * and column of q->text.off in the report; of q->src.off in the
 * statement, 0 and 0 for a quotation not found; the number of the
 * proposal q->src lies in, 0 when none or not found.
 */
void	quote_position(const struct model *m, const struct quote *q,
	    uint32_t *line, uint32_t *col);
void	quote_src_position(const struct model *m, const struct quote *q,
	    uint32_t *line, uint32_t *col);
int	quote_proposal(const struct model *m, const struct quote *q);

#endif
