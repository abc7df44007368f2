/*
 * model.c — the model's life cycle and the names of its enumerations.
 * pipeline.c builds models; this file knows no stage.  Each type's
 * owner frees it here, next to the types model.h defines.
 */
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "lexicon.h"
#include "model.h"
#include "xmalloc.h"

void
doc_free(struct doc *d)
{
	size_t	 i, k;

	for (i = 0; i < d->nmeta; i++) {
		for (k = 0; k < d->meta[i].nvalues; k++)
			free(d->meta[i].values[k]);
		free(d->meta[i].values);
		free(d->meta[i].key);
	}
	free(d->meta);
	free(d->path);
	free(d->text);
	free(d->lines);
	free(d->nchars);
	free(d->words);
	free(d->wcode);
	free(d->wbase);
	free(d->woff);
	free(d->wlong);
	free(d->paras);
	free(d->props);
	free(d->title);
	free(d->date);
	free(d->time);
	free(d->headline);
	free(d->standfirst);
	free(d->outlet);
	free(d->city);
	free(d->dateline);
	memset(d, 0, sizeof(*d));
}

void
quote_free(struct quote *q)
{
	if (q->more != NULL) {
		free(q->more->cuts);
		free(q->more->changes);
		free(q->more->typos);
		free(q->more);
		q->more = NULL;
	}
}

void
quote_outer_set(struct quote *q, struct span outer)
{
	size_t	end = (size_t)outer.off + outer.len;
	size_t	tend = (size_t)q->text.off + q->text.len;

	if (outer.off > q->text.off || end < tend ||
	    q->text.off - outer.off > UINT8_MAX || end - tend > UINT8_MAX)
		fatal("quote_outer_set: %zu+%zu does not hold the text with "
		    "marks of at most 255 bytes", (size_t)outer.off,
		    (size_t)outer.len);
	q->open_len = (uint8_t)(q->text.off - outer.off);
	q->close_len = (uint8_t)(end - tend);
}

struct quote_more *
quote_more(struct quote *q)
{
	if (q->more == NULL) {
		q->more = xcalloc(1, sizeof(*q->more));
		q->more->similarity = 1.0;
	}
	return q->more;
}

void
quote_set_similarity(struct quote *q, double similarity)
{
	if (similarity != 1.0 || q->more != NULL)
		quote_more(q)->similarity = similarity;
}

const struct closest closest_none;

void
model_free(struct model *m)
{
	size_t	 i;

	for (i = 0; i < m->nquotes; i++)
		quote_free(&m->quotes[i]);
	free(m->quotes);
	free(m->closests);
	free(m->terms);
	for (i = 0; i < m->nparas; i++)
		free(m->paras[i].shared);
	free(m->paras);
	free(m->coverage);
	for (i = 0; i < m->nnotes; i++)
		free(m->notes[i]);
	free(m->notes);
	/* The statement is borrowed: its owner frees it. */
	doc_free(&m->rep);
	if (m->lex != NULL)
		lexicon_free(m->lex);
	memset(m, 0, sizeof(*m));
}

const char *
verdict_name(enum verdict v)
{
	switch (v) {
	case VERDICT_EXACT:
		return "exact";
	case VERDICT_ALTERED:
		return "altered";
	case VERDICT_NOT_FOUND:
		return "not-found";
	}
	return "unknown";
}

const char *
change_op_name(enum change_op op)
{
	switch (op) {
	case CHANGE_INSERT:
		return "insert";
	case CHANGE_DELETE:
		return "delete";
	case CHANGE_REPLACE:
		return "replace";
	case CHANGE_MOVE:
		return "move";
	}
	return "unknown";
}

const char *
coverage_name(enum coverage c)
{
	switch (c) {
	case COVER_NOT_COVERED:
		return "not-covered";
	case COVER_PARAPHRASED:
		return "paraphrased";
	case COVER_QUOTED_ALTERED:
		return "quoted-altered";
	case COVER_QUOTED:
		return "quoted";
	}
	return "unknown";
}
