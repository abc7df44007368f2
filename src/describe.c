/*
 * describe.c — one wording of a quotation for every output (see
 * describe.h).  Nothing here knows where the words are shown.
 */
#include <stdbool.h>
#include <stdio.h>

#include "closest.h"
#include "describe.h"
#include "doc.h"
#include "quote.h"

_Static_assert(CLOSEST_MATCHED == 3 && CLOSEST_SHARED == 2,
    "describe_closest says three and two");

static const struct {
	unsigned	 bit;
	const char	*name;
} describe_warnings[] = {
	{ QUOTE_WARN_HIDDEN,	"hidden characters" },
	{ QUOTE_WARN_INVALID,	"invalid UTF-8" },
	{ QUOTE_WARN_UNCLOSED,	"no closing quotation mark" },
	{ QUOTE_WARN_UNBALANCED, "unbalanced quotation marks" },
};

#define DESCRIBE_NWARN	(sizeof(describe_warnings) / \
			    sizeof(describe_warnings[0]))

const char *
describe_verdict(enum verdict v)
{
	return v == VERDICT_NOT_FOUND ? "not found" : verdict_name(v);
}

unsigned
describe_percent(double x)
{
	if (!(x >= 0.0))
		return 0;
	if (x >= 1.0)
		return 100;
	/* Round down: only a perfect match may read 100%. */
	return (unsigned)(x * 100.0 + 1e-9);
}

const char *
describe_warning(unsigned *w)
{
	size_t	i;

	for (i = 0; i < DESCRIBE_NWARN; i++)
		if (*w & describe_warnings[i].bit) {
			*w &= ~describe_warnings[i].bit;
			return describe_warnings[i].name;
		}
	*w = 0;
	return NULL;
}

const char *
describe_arrow(bool ascii)
{
	return ascii ? " -> " : " \xe2\x86\x92 ";
}

void
describe_source(const struct model *m, const struct quote *q, char *b,
    size_t size)
{
	uint32_t	line, col;
	int		prop;

	if (q->verdict == VERDICT_NOT_FOUND || q->src.len == 0) {
		snprintf(b, size, "not in the statement");
		return;
	}
	quote_src_position(m, q, &line, &col);
	if ((prop = quote_proposal(m, q)) > 0)
		snprintf(b, size, "statement %zu:%zu, proposal %d",
		    (size_t)line, (size_t)col, prop);
	else
		snprintf(b, size, "statement %zu:%zu, no proposal",
		    (size_t)line, (size_t)col);
}

void
describe_closest(const struct quote *q, char *b, size_t size)
{
	const struct closest	*c = quote_closest(q);
	char			 prop[32];

	if (size > 0)
		*b = '\0';
	if (q->verdict != VERDICT_NOT_FOUND)
		return;
	if (c->src.len == 0) {
		snprintf(b, size, "closest: no passage shares three words, "
		    "two of them content words");
		return;
	}
	if (c->proposal > 0)
		snprintf(prop, sizeof(prop), "proposal %d", c->proposal);
	else
		snprintf(prop, sizeof(prop), "no proposal");
	snprintf(b, size, "closest: statement %zu:%zu, %s, %u%% similar",
	    (size_t)c->line, (size_t)c->col, prop, describe_percent(c->similarity));
}

void
describe_para_source(const struct model *m, const struct paraphrase *p,
    char *b, size_t size)
{
	size_t	line, col;

	doc_position(m->stmt, p->src.off, &line, &col);
	if (p->proposal > 0)
		snprintf(b, size, "statement %zu:%zu, proposal %d", line, col,
		    p->proposal);
	else
		snprintf(b, size, "statement %zu:%zu, no proposal", line, col);
}

void
describe_shared(const struct paraphrase *p, char *b, size_t size)
{
	snprintf(b, size, "shares %zu of %zu content %s", p->nshared,
	    p->ncontent, p->ncontent == 1 ? "word" : "words");
}

void
describe_counts(const struct model *m, char *b, size_t size)
{
	int	n;

	n = snprintf(b, size, "%zu %s: %zu %s, %zu %s, %zu %s", m->nquotes,
	    m->nquotes == 1 ? "quotation" : "quotations",
	    m->nexact, describe_verdict(VERDICT_EXACT),
	    m->naltered, describe_verdict(VERDICT_ALTERED),
	    m->nnotfound, describe_verdict(VERDICT_NOT_FOUND));
	if (m->nterms > 0 && n >= 0 && (size_t)n < size)
		snprintf(b + n, size - (size_t)n, " (%zu short %s not judged)",
		    m->nterms, m->nterms == 1 ? "term" : "terms");
}
