/*
 * doc.h — parse a loaded document into its structure: statement title,
 * date, time, paragraphs, numbered proposals, metadata trailer; report
 * headline, standfirst, dateline (city, date, outlet); front matter;
 * site-navigation lines; the language of its text.  A document the
 * heuristics do not understand still parses: paragraphs, no proposals,
 * empty metadata.
 */
#ifndef QC_DOC_H
#define QC_DOC_H

#include "model.h"
#include "words.h"

struct lexicon;
struct loaded;

/* Take ownership of ld->text, parse it as kind, and fill d. */
void	 doc_parse(struct doc *d, const char *path, enum doc_kind kind,
	    struct loaded *ld, struct lexicon *lex);

/* 1-based line of byte offset off. */
size_t	 doc_line_at(const struct doc *, size_t off);
/* 1-based line and character column of byte offset off. */
void	 doc_position(const struct doc *, size_t off, size_t *line,
	    size_t *col);
/* The same into the 32-bit fields of a record (struct quote). */
void	 doc_position32(const struct doc *, size_t off, uint32_t *line,
	    uint32_t *col);
/*
 * True if a sentence ends between words k and k + 1 (k + 1 < nwords):
 * a ".", "!" or "?" lies between them, word k is longer than one byte
 * (not an initial) and holds no "." ("U.S"), and word k + 1 does not
 * start with a lower-case letter (a to z, à to ÿ, Cyrillic).
 */
bool	 doc_sentence_end(const struct doc *, size_t k);
/* The same, words k and k + 1 at bytes off and next (a walk knows them). */
bool	 doc_sentence_end_at(const struct doc *, size_t k, size_t off,
	    size_t next);
/* 1-based first line of paragraph i. */
size_t	 doc_para_line(const struct doc *, size_t i);
/* Index into d->props of the proposal paragraph i opens, or -1. */
long	 doc_para_proposal(const struct doc *, size_t i);
/* Index of the paragraph holding off, or -1. */
long	 doc_para_at(const struct doc *, size_t off);
/* Number of the proposal whose span holds off, or 0. */
int	 doc_proposal_at(const struct doc *, size_t off);
/* Index into d->props of proposal number n, or -1. */
long	 doc_proposal_index(const struct doc *, int n);
/* Values of metadata key (case-insensitive), or NULL; *n gets count. */
char   **doc_meta(const struct doc *, const char *key, size_t *n);
/* Parse "3", "third", "Third.", "Во-вторых" etc. (any ordinal row of
 * lang.c); the number, or 0 if not one. */
int	 doc_ordinal(const char *s);

#endif
