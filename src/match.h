/*
 * match.h — align quotations with the statement: verdict, source span,
 * proposal, word-level changes, typographic notes.
 */
#ifndef QC_MATCH_H
#define QC_MATCH_H

#include "model.h"

/* Judge every quotation of m against m->stmt (only read); fill the sums. */
void	match_run(struct model *m);

#endif
