/*
 * pipeline.h — the stages, in order.  A statement is loaded, parsed and
 * indexed once (pipeline_statement()); any number of reports are then
 * checked against it (pipeline_check()), each into a model of its own
 * that borrows the statement.  Checking a report only reads the
 * statement, so reports may be checked one after another or at once.
 */
#ifndef QC_PIPELINE_H
#define QC_PIPELINE_H

#include <stddef.h>

#include "model.h"

struct lexicon;
struct para_index;
struct suffix;

/* The statement side: built once, then only read. */
struct statement {
	struct doc		 doc;
	struct lexicon		*lex;	/* its words; frozen once built */
	struct para_index	*para;	/* its sentences by content word */
	struct suffix		*sx;	/* its words by the words after them,
					   or NULL: pipeline_statement_index() */
};

/*
 * Load (from buf, len bytes, or from the file path when buf is NULL),
 * parse and index a statement; warn about its oddities.  NULL after
 * reporting why it cannot be loaded (msg.h).
 */
struct statement *pipeline_statement(const char *path, const char *buf,
		    size_t len);
/*
 * Index the statement's words (suffix.h) before checking many reports
 * against it: each report's quotations are then found without a scan
 * of the statement.  Building costs about two scans and 6 bytes a
 * statement word, so one report is checked faster without.  Not while
 * reports are being checked.
 */
void		 pipeline_statement_index(struct statement *);
void		 pipeline_statement_free(struct statement *);
/*
 * Check a report (buf and path as above) against st into m: load,
 * parse, extract the quotations, match them, link the paraphrases,
 * work out the coverage.  m borrows st, which must outlive it.  0, or
 * -1 after reporting why the report cannot be loaded (m is then empty).
 */
int		 pipeline_check(struct model *m, const struct statement *st,
		    const char *path, const char *buf, size_t len);

#endif
