/* report.h — the --check report, for people (text) and scripts (JSON). */
#ifndef QC_REPORT_H
#define QC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "model.h"

/* Document text is sanitised (display.h); ascii: no bytes >= 0x80. */
void	report_text(FILE *, const struct model *, bool ascii);
void	report_json(FILE *, const struct model *);

#endif
