/*
 * describe.h — the words every output uses for a quotation: its
 * verdict, its similarity, its warnings, where its source is, and the
 * count of verdicts; and of a paraphrase, where its source is and how
 * many words it shares.  The --check report (report.c) and the sidebar
 * (side.c) both describe quotations through these, so that they say
 * the same thing.  JSON keeps the key-like names of model.h
 * (verdict_name: "not-found").
 */
#ifndef QC_DESCRIBE_H
#define QC_DESCRIBE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Bytes enough for any description below, with its NUL. */
#define DESCRIBE_MAX	256

/* The verdict for people: "exact", "altered", "not found". */
const char	*describe_verdict(enum verdict);
/* Similarity 0..1 in whole percent, rounded down: only 1 reads 100. */
unsigned	 describe_percent(double);
/*
 * The name of the lowest warning set in *w (QUOTE_WARN_*), which is
 * then cleared; NULL when none is left.  Unknown bits are skipped.
 */
const char	*describe_warning(unsigned *w);
/* The arrow between the two sides of a change: " → ", or " -> ". */
const char	*describe_arrow(bool ascii);
/*
 * Where q's source is: "statement 8:8, proposal 3", "statement 10:1,
 * no proposal" or "not in the statement" (line:column, characters).
 */
void		 describe_source(const struct model *, const struct quote *,
		    char *, size_t);
/*
 * The passage nearest q, which is not found: "closest: statement
 * 12:5, proposal 3, 41% similar", "closest: statement 9:1, no
 * proposal, 20% similar", or, when no passage shares enough (closest.h),
 * "closest: no passage shares three words, two of them content words".
 * Empty for a quotation found.
 */
void		 describe_closest(const struct quote *, char *, size_t);
/*
 * Where paraphrase p of m comes from, in the same words:
 * "statement 2:1, no proposal" or "statement 8:8, proposal 3".
 */
void		 describe_para_source(const struct model *,
		    const struct paraphrase *, char *, size_t);
/* What p shares with its source: "shares 5 of 7 content words". */
void		 describe_shared(const struct paraphrase *, char *, size_t);
/* "7 quotations: 4 exact, 3 altered, 0 not found" and short terms. */
void		 describe_counts(const struct model *, char *, size_t);

#endif
