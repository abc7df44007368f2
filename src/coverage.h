/*
 * coverage.h — what each proposal of the statement got from a report:
 * quoted, quoted with changes, paraphrased, or not covered.
 */
#ifndef QC_COVERAGE_H
#define QC_COVERAGE_H

#include "model.h"

/*
 * Fill m->coverage, one per m->stmt->props: each proposal takes the
 * best of what overlaps it, the source of an exact quotation (quoted),
 * of an altered one (quoted-altered), or a paraphrased sentence.
 * Needs the verdicts (match_run()) and the paraphrases.
 */
void	coverage_fill(struct model *m);

#endif
