/*
 * paraphrase.h — link the report's unquoted sentences to the statement
 * sentences they restate: those sharing most of their content words.
 */
#ifndef QC_PARAPHRASE_H
#define QC_PARAPHRASE_H

#include "model.h"

struct lexicon;
struct para_index;

/*
 * Index the statement's sentences by content word, once per statement.
 * Interns the function words into lex, the statement's lexicon, which
 * must not be frozen yet; st and the index are only read afterwards.
 */
struct para_index *paraphrase_index(const struct doc *st,
		    struct lexicon *lex);
void		 paraphrase_index_free(struct para_index *);
/*
 * Append to m->paras one link per unquoted report sentence that shares
 * enough content words with a sentence of ix's statement (spans in
 * bytes, the proposal the statement sentence lies in).  Reads
 * m->quotes, whose words are not content, and writes nothing but m.
 */
void		 paraphrase_link(struct model *m, const struct para_index *ix);

#endif
