/*
 * fuzz_model.c — libFuzzer target Z3: the whole path below the screen.
 *
 * Input: a statement and a report, split at the first 0x1E byte (ASCII
 * RS; without one, the input is both).  They go through the pipeline
 * (load, repair, parse, extract, match, paraphrases, coverage), then
 * report_text (UTF-8 and ASCII) and report_json into memory, then
 * model_free.  Properties: no
 * crash, leak or undefined behaviour (the sanitizers); the model's spans
 * lie inside their documents and its counts add up; the text reports
 * are safe on a terminal (as fuzz_display); the JSON is valid, with no
 * raw control character; text_fold (NFKC, case folding, quotes and
 * dashes, white space) is idempotent on both texts (checklist Z3);
 * checking the report leaves the statement's lexicon as it was.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz_util.h"
#include "lexicon.h"
#include "model.h"
#include "pipeline.h"
#include "report.h"
#include "text.h"

static void
check_span(const char *what, size_t i, struct span sp, const struct doc *d)
{
	if (sp.off > d->len || sp.len > d->len - sp.off)
		fuzz_fail("%s %zu: span %zu+%zu outside %s (%zu bytes)", what,
		    i, (size_t)sp.off, (size_t)sp.len, d->path, d->len);
}

static void
check_doc(const struct doc *d)
{
	size_t	i;

	if (d->text == NULL || d->text[d->len] != '\0')
		fuzz_fail("%s: text not NUL-terminated", d->path);
	if (u8_check((const uint8_t *)d->text, d->len) != NULL)
		fuzz_fail("%s: model text is not valid UTF-8", d->path);
	for (i = 0; i < d->nlines; i++)
		if (d->lines[i] > d->len || (i > 0 &&
		    d->lines[i] <= d->lines[i - 1]))
			fuzz_fail("%s: line %zu starts at %zu", d->path, i,
			    (size_t)d->lines[i]);
	for (i = 0; i < d->nwords; i++)
		check_span("word", i, (struct span){
		    (uint32_t)doc_word_off(d, i),
		    (uint32_t)doc_word_len(d, i) }, d);
	for (i = 0; i < d->nparas; i++) {
		check_span("paragraph", i, d->paras[i].span, d);
		if (doc_para_proposal(d, i) >= (long)d->nprops)
			fuzz_fail("paragraph %zu: proposal index %ld of %zu",
			    i, doc_para_proposal(d, i), d->nprops);
	}
	for (i = 0; i < d->nprops; i++) {
		check_span("proposal", i, d->props[i].span, d);
		check_span("proposal label", i, d->props[i].label, d);
	}
	check_span("dateline", 0, d->dateline_span, d);
}

static void
check_model(const struct model *m)
{
	const struct quote	*q;
	size_t			 i, k;

	check_doc(m->stmt);
	check_doc(&m->rep);
	if (m->nexact + m->naltered + m->nnotfound != m->nquotes)
		fuzz_fail("verdict counts %zu+%zu+%zu != %zu quotes",
		    m->nexact, m->naltered, m->nnotfound, m->nquotes);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		/* Its id is i + 1: an enclosing quote comes before it. */
		if (q->parent > i)
			fuzz_fail("quote %zu has parent %zu", i,
			    (size_t)q->parent);
		check_span("quote", i, quote_outer(q), &m->rep);
		check_span("quote text", i, q->text, &m->rep);
		check_span("quote source", i, q->src, m->stmt);
		if (q->wfirst > m->rep.nwords ||
		    q->nwords > m->rep.nwords - q->wfirst)
			fuzz_fail("quote %zu: words %zu+%zu of %zu", i,
			    (size_t)q->wfirst, (size_t)q->nwords, m->rep.nwords);
		if (!(quote_similarity(q) >= 0.0 && quote_similarity(q) <= 1.0))
			fuzz_fail("quote %zu: similarity %g", i,
			    quote_similarity(q));
		if ((unsigned)q->verdict > VERDICT_NOT_FOUND)
			fuzz_fail("quote %zu: verdict %d", i, q->verdict);
		check_span("quote closest", i, quote_closest(q)->src, m->stmt);
		if (quote_closest(q)->src.len > 0 &&
		    (q->verdict != VERDICT_NOT_FOUND ||
		    !(quote_closest(q)->similarity > 0.0 &&
		    quote_closest(q)->similarity <= 1.0) || quote_closest(q)->line == 0))
			fuzz_fail("quote %zu: closest passage %g on a %s", i,
			    quote_closest(q)->similarity, verdict_name(q->verdict));
		for (k = 0; k < quote_nchanges(q); k++) {
			check_span("change report", k, quote_changes(q)[k].rep,
			    &m->rep);
			check_span("change statement", k, quote_changes(q)[k].src,
			    m->stmt);
		}
		for (k = 0; k < quote_ntypos(q); k++) {
			check_span("typo report", k, quote_typos(q)[k].rep, &m->rep);
			check_span("typo statement", k, quote_typos(q)[k].src,
			    m->stmt);
		}
	}
	for (i = 0; i < m->nterms; i++)
		check_span("term", i, m->terms[i], &m->rep);
	for (i = 0; i < m->nparas; i++) {
		check_span("paraphrase report", i, m->paras[i].rep, &m->rep);
		check_span("paraphrase statement", i, m->paras[i].src,
		    m->stmt);
	}
	for (i = 0; i < m->stmt->nprops; i++)
		if ((unsigned)m->coverage[i] > COVER_QUOTED)
			fuzz_fail("coverage %zu: %d", i, m->coverage[i]);
}

/*
 * The comparison form is a fixed point: folding it again changes
 * nothing (else a quotation and its source, folded once each, could
 * differ for text that is the same).  On the first 16 KiB of a text.
 */
static void
check_fold(const struct doc *d)
{
	size_t	 n = d->len < 16384 ? d->len : 16384, l1, l2;
	char	*a, *b;

	while (n > 0 && n < d->len && ((unsigned char)d->text[n] & 0xc0) ==
	    0x80)
		n--;
	a = text_fold(d->text, n, &l1);
	if (a[l1] != '\0' || u8_check((const uint8_t *)a, l1) != NULL)
		fuzz_fail("%s: text_fold gave bad UTF-8 or no NUL", d->path);
	b = text_fold(a, l1, &l2);
	if (l1 != l2 || memcmp(a, b, l1) != 0)
		fuzz_fail("%s: text_fold is not idempotent (%zu then %zu "
		    "bytes)", d->path, l1, l2);
	free(a);
	free(b);
}

/* Run one report writer into memory and check what it wrote. */
static void
check_report(const struct model *m, int kind)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		abort();
	if (kind == 2)
		report_json(fp, m);
	else
		report_text(fp, m, kind == 1);
	if (fclose(fp) != 0)
		abort();
	fuzz_check_safe(kind == 2 ? "JSON report" : "text report", buf, len,
	    true, kind == 1);
	if (kind == 2)
		fuzz_check_json(buf, len);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct statement	*st;
	struct model		 m;
	const char		*s, *r;
	size_t			 sl, rl, nwords;

	fuzz_split(data, size, &s, &sl, &r, &rl);
	if ((st = pipeline_statement("statement", s, sl)) == NULL) {
		msg_reset();
		return 0;
	}
	nwords = lexicon_size(st->lex);
	if (pipeline_check(&m, st, "report", r, rl) == 0) {
		check_model(&m);
		check_fold(m.stmt);
		check_fold(&m.rep);
		check_report(&m, 0);
		check_report(&m, 1);
		check_report(&m, 2);
		model_free(&m);
	}
	if (lexicon_size(st->lex) != nwords)
		fuzz_fail("the statement's lexicon grew from %zu to %zu words",
		    nwords, lexicon_size(st->lex));
	pipeline_statement_free(st);
	msg_reset();
	return 0;
}
