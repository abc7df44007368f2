/*
 * match.h — align quotations with the statement: verdict, source span,
 * proposal, word-level changes, typographic notes.
 */
#ifndef QC_MATCH_H
#define QC_MATCH_H

#include "model.h"

struct suffix;

/*
 * Judge every quotation of m against m->stmt (only read); fill the sums.
 * sx is m->stmt's suffix index, or NULL to scan the statement instead.
 */
void	match_run(struct model *m, const struct suffix *sx);

#endif
