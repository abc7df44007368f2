/*
 * lexicon.h — interns normalised words as small integer ids, so that
 * matching compares integers.  A statement's lexicon is frozen once the
 * statement is parsed; each report interns into an overlay of it, so
 * checking a report never writes to the statement's.
 */
#ifndef QC_LEXICON_H
#define QC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;

struct lexicon	*lexicon_new(void);
/*
 * A lexicon that finds base's words under base's ids, never writing to
 * base, and numbers its own from lexicon_size(base) on; base must be
 * frozen (and no overlay itself) and outlive it.
 */
struct lexicon	*lexicon_overlay(const struct lexicon *base);
/* From now on interning a word lex lacks is a broken invariant. */
void		 lexicon_freeze(struct lexicon *);
void		 lexicon_free(struct lexicon *);
/* The id of the normalised form s (n bytes), adding it if new. */
uint32_t	 lexicon_intern(struct lexicon *, const char *s, size_t n);
/* The normalised form of id (NUL-terminated) and its length. */
const char	*lexicon_word(const struct lexicon *, uint32_t id, size_t *n);
size_t		 lexicon_size(const struct lexicon *);
/*
 * Bytes lex holds of its own: the table, an entry a word and the arena
 * blocks (whole); not the base's.  What a word costs, for the tests.
 */
size_t		 lexicon_bytes(const struct lexicon *);

#endif
