/*
 * match.h — align quotations with the statement (verdict, source span,
 * proposal, word-level changes, typographic notes), link paraphrases,
 * and work out each proposal's coverage.
 */
#ifndef QC_MATCH_H
#define QC_MATCH_H

#include "model.h"

/* Judge every quotation of m, find paraphrases, fill coverage and sums. */
void	match_run(struct model *m);

#endif
