/*
 * paraphrase.h — link the report's unquoted sentences to the statement
 * sentences they restate: those sharing most of their content words.
 */
#ifndef QC_PARAPHRASE_H
#define QC_PARAPHRASE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/*
 * Append to m->paras one link per unquoted report sentence that shares
 * enough content words with a statement sentence (spans in bytes, the
 * proposal the statement sentence lies in).  Reads m->quotes, whose
 * words are not content; interns the function words in m->lex.
 */
void	paraphrase_link(struct model *m);
/* Is the comparison form s (n bytes) a function word, not content? */
bool	paraphrase_function_word(const char *s, size_t n);

#endif
