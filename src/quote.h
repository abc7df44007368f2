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
 * Fill m->quotes (three words or more; id, outer, text, line, col,
 * wfirst, nwords, cuts, warnings set; verdict left for match.c) and
 * m->terms (the text, between the marks, of shorter quotations) from
 * m->rep.  Cuts are indices into m->rep.words.
 */
void	quote_extract(struct model *m);

#endif
