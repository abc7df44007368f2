/*
 * batch.h — one statement checked against many reports, printed as the
 * --check report: the text or JSON comparison, or JSON lines streamed
 * one report at a time.  Reports may be checked on several threads; the
 * output is the same, in the order given, whatever their number.
 */
#ifndef QC_BATCH_H
#define QC_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum batch_format { BATCH_TEXT, BATCH_JSON, BATCH_JSONL };

struct batch {
	const char	 *stmt_path;
	char		**reports;	/* paths, in the order given */
	size_t		  nreports;
	enum batch_format format;
	size_t		  jobs;		/* threads, >= 1 */
	bool		  ascii;	/* text for a non-UTF-8 terminal */
	FILE		 *out;
};

/*
 * Check and print.  A report that cannot be read is reported (msg.h)
 * and left out; the others are still checked.  Returns 0 if every
 * quotation of every report read is exact, 1 if not, or -1 if the
 * statement cannot be read (reported; nothing printed).
 */
int	batch_run(const struct batch *);

#endif
