/*
 * compare.h — one statement against many reports.  Every quotation and
 * paraphrase of every report is grouped by the statement passage it
 * comes from (source spans that overlap make one passage), so that each
 * passage knows which reports quoted it exactly, which altered it, which
 * paraphrased it and which left it out; each proposal knows its
 * coverage per report.  Knows nothing of output.
 */
#ifndef QC_COMPARE_H
#define QC_COMPARE_H

#include "model.h"

/* How one report used one passage, the most telling use first. */
enum cmp_mark {
	CMP_NOT_USED,
	CMP_PARAPHRASED,
	CMP_EXACT,
	CMP_ALTERED
};

struct cmp_cell {
	enum cmp_mark	 mark;
	size_t		*quotes;	/* ids of the report's quotations */
	size_t		 nquotes;
	size_t		 nparas;	/* paraphrases linked to it */
};

struct cmp_passage {
	struct span	 src;		/* statement bytes */
	size_t		 line, col;
	int		 proposal;	/* number at src.off, 0 when none */
	struct cmp_cell	*cells;		/* one per report */
};

/* A quotation no passage of the statement holds. */
struct cmp_invented {
	size_t		 report;	/* index */
	size_t		 quote;		/* id */
};

struct compare {
	const struct doc	 *stmt;
	const struct model	**reps;		/* borrowed, in the order given */
	size_t			  nreps;
	char			**names;	/* outlet, headline or file name */
	char			**abbrevs;	/* at most CMP_ABBREV_CELLS */
	struct cmp_passage	 *passages;	/* statement order */
	size_t			  npassages;
	enum coverage		 *coverage;	/* [prop * nreps + rep] */
	struct cmp_invented	 *invented;	/* report order */
	size_t			  ninvented;
};

#define CMP_ABBREV_CELLS	5

/* Group n reports, all checked against one statement; reps borrowed. */
void	compare_build(struct compare *, const struct model *const *reps,
	    size_t n);
void	compare_free(struct compare *);
/* The passage holding statement byte off, or -1. */
long	compare_passage_at(const struct compare *, size_t off);
/* The name report m goes by: its outlet, else headline, else file. */
const char *compare_name_of(const struct model *m);
/* A mark as the --check table prints it: '=' '~' 'p' '.'. */
char	compare_mark_char(enum cmp_mark);
/* Name of a mark for JSON: "exact", "altered", "paraphrased"... */
const char *compare_mark_name(enum cmp_mark);

#endif
