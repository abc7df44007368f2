/*
 * lexicon.h — interns normalised words as small integer ids, so that
 * matching compares integers.  One lexicon serves both documents.
 */
#ifndef QC_LEXICON_H
#define QC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;

struct lexicon	*lexicon_new(void);
void		 lexicon_free(struct lexicon *);
/* The id of the normalised form s (n bytes), adding it if new. */
uint32_t	 lexicon_intern(struct lexicon *, const char *s, size_t n);
/* The normalised form of id (NUL-terminated) and its length. */
const char	*lexicon_word(const struct lexicon *, uint32_t id, size_t *n);
size_t		 lexicon_size(const struct lexicon *);

#endif
