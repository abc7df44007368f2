/*
 * reports.h — the reports the reader holds: one statement, checked
 * once (pipeline.h), and any number of reports, each checked against it
 * into a model of its own when first needed, so that the first screen
 * waits for one report only.  Once every report is checked, their
 * comparison (compare.h) and, per statement passage, how many reports
 * quoted it and the most telling use.  A report that cannot be read
 * keeps the message that says why.  No curses.
 */
#ifndef QC_REPORTS_H
#define QC_REPORTS_H

#include <stdbool.h>
#include <stddef.h>

#include "compare.h"
#include "model.h"
#include "pipeline.h"

/* What the statement pane's gutter says of one passage. */
struct reports_use {
	size_t		 nquoted;	/* reports that quoted it */
	size_t		 nused;		/* reports that quoted or paraphrased */
	enum cmp_mark	 worst;		/* altered before exact before p */
};

struct reports {
	const struct statement	 *st;
	char *const		 *paths;	/* borrowed, n of them */
	const char *const	 *bufs;		/* texts instead of files, or NULL */
	const size_t		 *lens;
	size_t			  n;
	struct model		**models;	/* NULL until checked, or unread */
	char			**errors;	/* why report i cannot be read */
	bool			 *tried;
	size_t			  ntried;
	size_t			  next;		/* reports_work goes on from here */
	bool			  compared;	/* cmp, col_of and uses are set */
	struct compare		  cmp;		/* over the reports read */
	size_t			 *col_of;	/* report -> cmp column, or n */
	size_t			 *rep_of;	/* cmp column -> report */
	struct reports_use	 *uses;		/* one per cmp passage */
	unsigned		  gen;		/* changes when compared */
};

/*
 * Hold n reports named by paths (or given as bufs[i], lens[i] bytes,
 * when bufs is not NULL), all borrowed, to be checked against st.
 */
void		 reports_init(struct reports *, const struct statement *st,
		    char *const *paths, const char *const *bufs,
		    const size_t *lens, size_t n);
void		 reports_free(struct reports *);
/* Report i checked (now, if it was not yet), or NULL if unreadable. */
const struct model *reports_get(struct reports *, size_t i);
/* Whether report i has been checked (read or not). */
bool		 reports_tried(const struct reports *, size_t i);
/* Why report i cannot be read ("FILE: error: ..."), or NULL. */
const char	*reports_error(const struct reports *, size_t i);
/* Whether some report is not checked yet, or the comparison not built. */
bool		 reports_pending(const struct reports *);
/* Check one report more, or build the comparison once all are. */
void		 reports_work(struct reports *);
/* Check every report and compare them: the comparison. */
const struct compare *reports_compare(struct reports *);
/*
 * The name report i goes by (its outlet, headline or file name, see
 * compare.h); the file name while it is not checked or unreadable.
 */
const char	*reports_name(const struct reports *, size_t i);

#endif
