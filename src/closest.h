/*
 * closest.h — for a quotation the statement does not hold, the
 * statement passage that comes nearest, so that the reader can see
 * what was said instead.  match.c calls it with its gram index.
 *
 * A passage lies in one sentence of a body paragraph and holds, in the
 * quotation's order, at least CLOSEST_MATCHED of the quotation's words,
 * CLOSEST_SHARED distinct content words among them (words that are
 * not function words, paraphrase.h): the least match.c asks of a short
 * altered quotation within one sentence.  A passage sharing only "the"
 * and "of", or one topic word, is no evidence of what was meant, and
 * none is offered.  Its similarity is
 * a quotation's: 2 x words matched in order / (quotation words +
 * passage words).  Of the candidates the most similar wins, then the
 * earliest.
 */
#ifndef QC_CLOSEST_H
#define QC_CLOSEST_H

#include <stddef.h>
#include <stdint.h>

#include "gram.h"
#include "model.h"

#define CLOSEST_MATCHED	3	/* least words in common, in order */
#define CLOSEST_SHARED	2	/* of them distinct content words */

/* Scratch kept from one quotation to the next. */
struct closest_ctx {
	struct closest_seed *seeds;
	size_t		 seedcap;
	struct closest_occ *occ;
	size_t		 occcap;
	uint32_t	*pos;
	size_t		 poscap;
	uint8_t		*dir;		/* the trace of one alignment */
	size_t		 dircap;
	struct closest_cell *rows;
	size_t		 rowcap;
	uint32_t	*keys;
	size_t		 keycap;
};

/*
 * The passage of m's statement nearest quotation q into *out (src.len
 * 0 when none), from gi, which indexes q's words.  Work is bounded by
 * a constant times q's length, whatever the statement's size.
 */
void	closest_find(struct closest_ctx *, const struct gram_index *gi,
	    const struct model *m, const struct quote *q,
	    struct closest *out);
void	closest_ctx_free(struct closest_ctx *);

#endif
