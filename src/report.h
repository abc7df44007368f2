/* report.h — the --check report, for people (text) and scripts (JSON). */
#ifndef QC_REPORT_H
#define QC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "model.h"

struct compare;

/* Document text is sanitised (display.h); ascii: no bytes >= 0x80. */
void	report_text(FILE *, const struct model *, bool ascii);
void	report_json(FILE *, const struct model *);
/* The same object as report_json() on one line (--format=jsonl). */
void	report_json_line(FILE *, const struct model *);
/*
 * The statement's part of report_json_line()'s object, rendered once
 * (free it), and that object written with it: a batch of reports
 * escapes the statement once, not once a report.
 */
char	*report_json_head(const struct doc *stmt, size_t *len);
void	 report_json_line_head(FILE *, const struct model *,
	    const char *head, size_t len);
/* The statement once, each report's section, then the comparison. */
void	report_text_many(FILE *, const struct compare *, bool ascii);
void	report_json_many(FILE *, const struct compare *);

#endif
