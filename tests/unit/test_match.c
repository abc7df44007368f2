/* test_match.c — judging quotations against the statement. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "doc.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "quote.h"
#include "xmalloc.h"

#ifndef QC_SRCDATADIR
#define QC_SRCDATADIR	"data"
#endif

/* A title line, so that every test statement parses alike. */
#define TITLE	"Statement by the Minister on the programme of work\n\n"

/* A model and the statement it borrows, freed together by release(). */
struct pair {
	struct model		 m;	/* first: release() is given &m */
	struct statement	*st;
};

static struct model *
build(const char *stmt, size_t slen, const char *rep, size_t rlen)
{
	struct pair	*p;

	p = xcalloc(1, sizeof(*p));
	msg_quiet_warnings(1);
	assert_non_null(p->st = pipeline_statement("statement.txt", stmt,
	    slen));
	assert_int_equal(pipeline_check(&p->m, p->st, "report.txt", rep,
	    rlen), 0);
	return &p->m;
}

static struct model *
build_str(const char *stmt, const char *rep)
{
	return build(stmt, strlen(stmt), rep, strlen(rep));
}

static void
release(struct model *m)
{
	struct pair	*p = (struct pair *)m;

	model_free(&p->m);
	pipeline_statement_free(p->st);
	free(p);
}

/* Does span sp of document d read s? */
static int
reads(const struct doc *d, struct span sp, const char *s)
{
	if (sp.len != strlen(s) || memcmp(d->text + sp.off, s, sp.len)) {
		print_message("span reads \"%.*s\", not \"%s\"\n", (int)sp.len,
		    d->text + sp.off, s);
		return 0;
	}
	return 1;
}

static void
test_exact(void **state)
{
	struct model	*m;
	struct quote	*q;
	uint32_t	 line, col;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay. Other matters will follow in due course.\n",
	    "The minister said: \"We call on all parties to resume the "
	    "dialogue without any delay.\"\n");
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_true(quote_similarity(q) == 1.0);
	assert_int_equal(quote_nchanges(q), 0);
	assert_int_equal(quote_ntypos(q), 0);
	assert_true(reads(m->stmt, q->src, "We call on all parties to "
	    "resume the dialogue without any delay"));
	quote_src_position(m, q, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 1);
	assert_int_equal(m->nexact, 1);
	release(m);
}

static void
test_date_move(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "The agreement on the prevention of incidents "
	    "at sea has been in force since 25 May 1972. It still works.\n",
	    "\"The agreement on the prevention of incidents at sea has been "
	    "in force since May 25, 1972,\" he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_MOVE);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "May 25, 1972"));
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "25 May 1972"));
	assert_int_equal(quote_ntypos(q), 0);
	release(m);
}

static void
test_delete(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call for a dialogue without making it a "
	    "hostage to our political disagreements.\n",
	    "He warned against making the sphere 'a hostage to political "
	    "disagreements.'\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_DELETE);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "our"));
	assert_int_equal(quote_changes(q)[0].rep.len, 0);
	assert_true(reads(m->stmt, q->src,
	    "a hostage to our political disagreements"));
	/* 2 x 5 matched words / (5 quoted + 6 source words). */
	assert_true(quote_similarity(q) > 0.9 && quote_similarity(q) < 0.91);
	release(m);
}

static void
test_replace(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay and in good faith.\n",
	    "\"We call on all parties to resume the talks without any delay "
	    "and in good faith,\" he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "talks"));
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "dialogue"));
	release(m);
}

/*
 * A short quotation whose first two words agree and the next two do
 * not: the free start must not swallow the two that agree into the
 * replacement.
 */
static void
test_replace_after_head(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "Firstly, to pay damages to all farms.\n\n"
	    "Secondly, to postpone one year the repayment of seasonal loans "
	    "taken this spring.\n",
	    "The ministry promised \"to postpone two years the repayment of "
	    "seasonal loans taken this spring\" to growers.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "two years"));
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "one year"));
	assert_true(q->src.len > 11 &&
	    memcmp(m->stmt->text + q->src.off, "to postpone", 11) == 0);
	release(m);
}

static void
test_insert(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay and in good faith.\n",
	    "\"We call on all parties to resume the direct dialogue without "
	    "any delay,\" he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_INSERT);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "direct"));
	assert_int_equal(quote_changes(q)[0].src.len, 0);
	assert_true(reads(m->stmt, q->src, "We call on all parties to "
	    "resume the dialogue without any delay"));
	release(m);
}

static void
test_ellipsis(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue, "
	    "which was broken off last year, without any delay. Other "
	    "matters will follow.\n",
	    "\"We call on all parties to resume the dialogue ... without "
	    "any delay,\" he said. \"We call on all [...] parties to resume "
	    "the talks,\" he added.\n");
	assert_int_equal(m->nquotes, 2);
	q = &m->quotes[0];
	assert_int_equal(quote_ncuts(q), 1);
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_int_equal(quote_nchanges(q), 0);
	assert_int_equal(quote_ntypos(q), 0);
	assert_true(reads(m->stmt, q->src, "We call on all parties to "
	    "resume the dialogue, which was broken off last year, without "
	    "any delay"));
	/* The worst piece decides: "parties to resume the talks". */
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
	release(m);
}

/* A clause left out without an ellipsis: altered, the clause deleted. */
static void
test_clause_left_out(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on the US, which has long refused to "
	    "engage in any meaningful discussion of these matters, to "
	    "greenlight the dialogue. Other things follow.\n",
	    "\"We call on the US to greenlight the dialogue,\" he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_DELETE);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "which has long "
	    "refused to engage in any meaningful discussion of these "
	    "matters"));
	assert_true(reads(m->stmt, q->src, "We call on the US, which has "
	    "long refused to engage in any meaningful discussion of these "
	    "matters, to greenlight the dialogue"));
	release(m);
}

/* Words reordered inside a sentence: one move. */
static void
test_words_reordered(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We will build roads and bridges across the "
	    "country this year.\n",
	    "He said: \"We will build across the country roads and bridges "
	    "this year.\"\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_MOVE);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep,
	    "across the country roads and bridges"));
	assert_true(reads(m->stmt, quote_changes(q)[0].src,
	    "roads and bridges across the country"));
	release(m);
}

/* An invented sentence added to a real one: altered, an insert. */
static void
test_invented_sentence(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay. Other matters will follow in due course.\n",
	    "\"We call on all parties to resume the dialogue without any "
	    "delay. Nobody can stop us now,\" he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_INSERT);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep,
	    "Nobody can stop us now"));
	release(m);
}

/* A one-word piece after an ellipsis is looked for by its neighbour. */
static void
test_short_piece(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "Delay is costly. We call on all parties to "
	    "resume the dialogue, which was broken off last year, without "
	    "delay. Delay helps nobody.\n",
	    "\"We call on all parties to resume the dialogue ... without "
	    "delay,\" he said, and \"resume the dialogue ... now.\"\n");
	q = &m->quotes[0];
	assert_int_equal(quote_ncuts(q), 1);
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_true(reads(m->stmt, q->src, "We call on all parties to "
	    "resume the dialogue, which was broken off last year, without "
	    "delay"));
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_INSERT);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "now"));
	release(m);
}

static void
test_not_found(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay and in good faith.\n",
	    "\"Our patience with the partners has run out completely,\" he "
	    "said, and \"the parties must pay for everything\" too.\n");
	assert_int_equal(m->nquotes, 2);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_int_equal(q->src.len, 0);
	assert_int_equal(quote_proposal(m, q), 0);
	assert_int_equal(quote_nchanges(q), 0);
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_true(quote_similarity(q) < 0.6);
	assert_int_equal(m->nnotfound, 2);
	release(m);
}

/* A word made of letters, different for each n. */
static char *
gen_word(char *p, unsigned long n)
{
	static const char *const syl[] = { "ka", "lo", "mi", "tu", "ser",
	    "van", "dor", "pe", "ri", "gon", "sa", "te", "bu", "zel", "ni",
	    "fa" };

	do {
		p = stpcpy(p, syl[n % 16]);
		n /= 16;
	} while (n > 0);
	return p;
}

static void
test_long_statement(void **state)
{
	struct model	*m;
	struct quote	*q;
	char		*stmt, *p, *rep, *r, *qstart = NULL;
	size_t		 i, n = 25000, qsize;
	unsigned long	 x = 12345;

	(void)state;
	stmt = xmalloc(n * 24 + 128);
	p = stpcpy(stmt, TITLE);
	for (i = 0; i < n; i++) {
		if (i == n / 2)
			qstart = p;
		x = x * 1103515245 + 12345;
		p = gen_word(p, (x >> 8) % 5000);
		p = stpcpy(p, i % 15 == 14 ? ". " : " ");
	}
	p = stpcpy(p, "end of text.\n");
	qsize = 0;
	for (r = qstart, i = 0; i < 20; r++)
		if (*r == ' ')
			i++;
	qsize = (size_t)(r - 1 - qstart);
	rep = xmalloc(qsize + 64);
	sprintf(rep, "He said \"%.*s\" today.\n", (int)qsize, qstart);
	m = build(stmt, (size_t)(p - stmt), rep, strlen(rep));
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_int_equal(q->src.off, (size_t)(qstart - stmt));
	release(m);
	free(stmt);
	free(rep);
}

/*
 * A quotation of 12,000 words with a word left out in each third: its
 * alignment is longer than the trace held at once, so the walk back
 * fills the earlier rows again from their checkpoints, and must find
 * the same three deletions as the whole trace would.
 */
static void
test_long_quote_altered(void **state)
{
	struct model	*m;
	struct quote	*q;
	char		*stmt, *p, *rep, *r, *w[12001];
	size_t		 i, n = 20000, k = 12000, c;
	const size_t	 drop[3] = { 1000, 6000, 11000 };
	unsigned long	 x = 4242;

	(void)state;
	stmt = xmalloc(n * 24 + 128);
	p = stpcpy(stmt, TITLE);
	for (i = 0; i < n; i++) {
		if (i >= 4000 && i <= 4000 + k)
			w[i - 4000] = p;
		x = x * 1103515245 + 12345;
		p = gen_word(p, (x >> 8) % 5000);
		p = stpcpy(p, " ");
	}
	p = stpcpy(p, "end of text.\n");
	rep = xmalloc(k * 24 + 64);
	r = stpcpy(rep, "He said \"");
	for (i = 0, c = 0; i < k; i++) {
		if (c < 3 && i == drop[c]) {
			c++;
			continue;
		}
		memcpy(r, w[i], (size_t)(w[i + 1] - w[i]));
		r += w[i + 1] - w[i];
	}
	r[-1] = '"';
	r = stpcpy(r, " today.\n");
	m = build(stmt, (size_t)(p - stmt), rep, (size_t)(r - rep));
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(q->src.off, (size_t)(w[0] - stmt));
	assert_int_equal(quote_nchanges(q), 3);
	for (c = 0; c < 3; c++) {
		assert_int_equal(quote_changes(q)[c].op, CHANGE_DELETE);
		assert_int_equal(quote_changes(q)[c].src.off,
		    (size_t)(w[drop[c]] - stmt));
	}
	release(m);
	free(stmt);
	free(rep);
}

/*
 * Prose of frequent words only: twelve common words in a fixed
 * pseudo-random order, a full stop after every twentieth.  In n words
 * each 2-gram occurs about n / 144 times and each 3-gram n / 1728; a
 * given run of eight words, once in some 430 million words.  The byte
 * offset of every word goes to off[].  Returns the end.
 */
static char *
frequent_prose(char *p, const char *base, size_t n, size_t *off)
{
	static const char *const vocab[] = { "the", "of", "and", "to", "in",
	    "that", "we", "our", "will", "is", "for", "this" };
	unsigned long	 x = 20200925;
	size_t		 i;

	for (i = 0; i < n; i++) {
		x = x * 1103515245 + 12345;
		off[i] = (size_t)(p - base);
		p = stpcpy(p, vocab[(x >> 16) % 12]);
		p = stpcpy(p, i % 20 == 19 ? ". " : " ");
	}
	return stpcpy(p, "end.\n");
}

/* Byte offset of the first occurrence of the words w in s, or -1. */
static long
first_words(const char *s, const char *w)
{
	const char	*p;
	size_t		 n = strlen(w);

	for (p = s; (p = strstr(p, w)) != NULL; p++)
		if ((p == s || p[-1] == ' ') && (p[n] == ' ' || p[n] == '.'))
			return (long)(p - s);
	return -1;
}

/*
 * Verbatim quotations of eight to fourteen words, taken late in a long
 * statement of frequent words, are found where they are, though each
 * 2-gram and 3-gram of theirs occurs a hundred times or more, the
 * first of them near the start.
 */
static void
test_frequent_words_exact(void **state)
{
	static const size_t at[] = { 180000, 200020, 219960, 239900 };
	static const size_t len[] = { 8, 10, 12, 14 };
	struct model	*m;
	char		*stmt, *p, *rep, *r, *w[4];
	size_t		 n = 240000, *off, i;

	(void)state;
	stmt = xmalloc(n * 8 + 128);
	off = xcalloc(n, sizeof(*off));
	p = stpcpy(stmt, TITLE);
	p = frequent_prose(p, stmt, n, off);
	rep = r = xmalloc(4096);
	r = stpcpy(r, "He said");
	for (i = 0; i < 4; i++) {
		w[i] = xmalloc(len[i] * 8);
		memcpy(w[i], stmt + off[at[i]], off[at[i] + len[i]] - 1 -
		    off[at[i]]);
		w[i][off[at[i] + len[i]] - 1 - off[at[i]]] = '\0';
		assert_int_equal(first_words(stmt, w[i]), (long)off[at[i]]);
		r += sprintf(r, " \"%s\" and", w[i]);
	}
	r = stpcpy(r, " more.\n");
	m = build(stmt, (size_t)(p - stmt), rep, (size_t)(r - rep));
	assert_int_equal(m->nquotes, 4);
	for (i = 0; i < 4; i++) {
		assert_int_equal(m->quotes[i].verdict, VERDICT_EXACT);
		assert_true(reads(m->stmt, m->quotes[i].src, w[i]));
		assert_int_equal(m->quotes[i].src.off, off[at[i]]);
		free(w[i]);
	}
	release(m);
	free(stmt);
	free(off);
	free(rep);
}

/*
 * The same with one word of the quotation changed into another
 * frequent word: altered, and placed where the passage is, with the
 * one word replaced.
 */
static void
test_frequent_words_altered(void **state)
{
	static const size_t at[] = { 190000, 235000 };
	static const size_t len[] = { 9, 12 };
	struct model	*m;
	struct quote	*q;
	const char	*w;
	char		*stmt, *p, *rep, *r, old[8];
	size_t		 n = 240000, *off, i, k, e;

	(void)state;
	stmt = xmalloc(n * 8 + 128);
	off = xcalloc(n, sizeof(*off));
	p = stpcpy(stmt, TITLE);
	p = frequent_prose(p, stmt, n, off);
	rep = r = xmalloc(4096);
	r = stpcpy(r, "He said");
	for (i = 0; i < 2; i++) {
		/* Word k of the passage becomes "for", or "our" if it was. */
		k = at[i] + len[i] / 2;
		e = off[at[i] + len[i]] - 1;
		w = strncmp(stmt + off[k], "for ", 4) == 0 ? "our" : "for";
		r += sprintf(r, " \"%.*s%s%.*s\" and",
		    (int)(off[k] - off[at[i]]), stmt + off[at[i]], w,
		    (int)(e - off[k + 1] + 1), stmt + off[k + 1] - 1);
	}
	r = stpcpy(r, " more.\n");
	m = build(stmt, (size_t)(p - stmt), rep, (size_t)(r - rep));
	assert_int_equal(m->nquotes, 2);
	for (i = 0; i < 2; i++) {
		q = &m->quotes[i];
		k = at[i] + len[i] / 2;
		assert_int_equal(q->verdict, VERDICT_ALTERED);
		assert_int_equal(q->src.off, off[at[i]]);
		assert_int_equal(q->src.len, off[at[i] + len[i]] - 1 -
		    off[at[i]]);
		assert_int_equal(quote_nchanges(q), 1);
		assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
		assert_int_equal(quote_changes(q)[0].src.off, off[k]);
		snprintf(old, sizeof(old), "%.*s",
		    (int)(off[k + 1] - 1 - off[k]), stmt + off[k]);
		assert_true(reads(m->stmt, quote_changes(q)[0].src, old));
	}
	release(m);
	free(stmt);
	free(off);
	free(rep);
}

static void
test_reordered_sentences(void **state)
{
	struct model	*m;
	struct quote	*q;
	size_t		 i;

	(void)state;
	m = build_str(TITLE "The first sentence sets out our aims clearly. "
	    "The second sentence explains the method in detail. The third "
	    "one closes the matter for good.\n",
	    "\"The second sentence explains the method in detail. The first "
	    "sentence sets out our aims clearly,\" he wrote.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_true(quote_nchanges(q) >= 1);
	for (i = 0; i < quote_nchanges(q); i++)
		assert_int_equal(quote_changes(q)[i].op, CHANGE_MOVE);
	assert_true(reads(m->stmt, q->src, "The first sentence sets out "
	    "our aims clearly. The second sentence explains the method in "
	    "detail"));
	release(m);
}

static void
test_quoted_twice(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "Security in the use of information technologies "
	    "is our shared concern. We propose a regular dialogue on it.\n",
	    "\"We propose a regular dialogue on it,\" he said. Earlier he "
	    "said that \"security in the use of information technologies is "
	    "our shared concern\" and repeated: \"We propose a regular "
	    "dialogue on it.\"\n");
	assert_int_equal(m->nquotes, 3);
	assert_int_equal(m->quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(m->quotes[1].verdict, VERDICT_EXACT);
	assert_int_equal(m->quotes[2].verdict, VERDICT_EXACT);
	assert_int_equal(m->quotes[0].src.off, m->quotes[2].src.off);
	assert_true(m->quotes[1].src.off < m->quotes[0].src.off);
	release(m);
}

static void
test_typography(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "Russia\xE2\x80\x99s position \xE2\x80\x93 as "
	    "stated before \xE2\x80\x93 is firm and clear.\n",
	    "He said \xE2\x80\x9Crussia's position - as stated before - is "
	    "FIRM and clear.\xE2\x80\x9D\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_int_equal(quote_nchanges(q), 0);
	assert_int_equal(quote_ntypos(q), 4);
	assert_true(reads(&m->rep, quote_typos(q)[0].rep, "russia's"));
	assert_true(reads(m->stmt, quote_typos(q)[0].src,
	    "Russia\xE2\x80\x99s"));
	assert_true(reads(&m->rep, quote_typos(q)[1].rep, "position - as"));
	assert_true(reads(m->stmt, quote_typos(q)[1].src,
	    "position \xE2\x80\x93 as"));
	assert_true(reads(&m->rep, quote_typos(q)[2].rep, "before - is"));
	assert_true(reads(&m->rep, quote_typos(q)[3].rep, "FIRM"));
	release(m);
}

/* A no-break space or a line break where the other has a space is
 * layout, not typography. */
static void
test_white_space(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "We call on the US to greenlight the expert "
	    "dialogue on security.\n",
	    "\"We call on\xC2\xA0the US to greenlight the\xC2\xA0" "expert "
	    "dialogue on security.\"\n");
	assert_int_equal(m->quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(quote_ntypos(&m->quotes[0]), 0);
	release(m);
}

/* A soft hyphen or a bidi control inside a word, a zero-width space
 * between words: the quotation is still exact, with its warning. */
static void
test_hidden(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay.\n",
	    "\"We call on all par\xC2\xADties to resume the dia\xE2\x80\xAE"
	    "logue\xE2\x80\x8B without any delay.\"\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_true(q->warnings & QUOTE_WARN_HIDDEN);
	assert_int_equal(quote_nchanges(q), 0);
	assert_int_equal(quote_ntypos(q), 2);
	assert_true(reads(&m->rep, quote_typos(q)[0].rep, "par\xC2\xADties"));
	assert_true(reads(m->stmt, quote_typos(q)[0].src, "parties"));
	assert_true(reads(&m->rep, quote_typos(q)[1].rep,
	    "dia\xE2\x80\xAElogue"));
	release(m);
}

/* A zero-width space inside a word leaves the word whole: the
 * quotation is exact, with its warning and a typographic note. */
static void
test_hidden_in_word(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "We call on all parties to resume the dialogue "
	    "without any delay.\n",
	    "\"We call on all par\xE2\x80\x8Bties to resume the "
	    "dialogue.\"\n");
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->nwords, 9);
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_true(q->warnings & QUOTE_WARN_HIDDEN);
	assert_int_equal(quote_nchanges(q), 0);
	assert_true(reads(m->stmt, q->src,
	    "We call on all parties to resume the dialogue"));
	assert_int_equal(quote_ntypos(q), 1);
	assert_true(reads(&m->rep, quote_typos(q)[0].rep,
	    "par\xE2\x80\x8Bties"));
	assert_true(reads(m->stmt, quote_typos(q)[0].src, "parties"));
	release(m);
}

static void
test_repetitive(void **state)
{
	struct model	*m;
	const char	*s = "The parties agree to keep the channels open. ";
	char		*stmt, *rep, *p;
	size_t		 i, n = 50000, nq = 1000;
	clock_t		 t0;

	(void)state;
	stmt = xmalloc(strlen(TITLE) + n * strlen(s) + 2);
	p = stpcpy(stmt, TITLE);
	for (i = 0; i < n; i++)
		p = stpcpy(p, s);
	p = stpcpy(p, "\n");
	rep = xmalloc(nq * 80);
	for (p = rep, i = 0; i < nq; i++)
		p += sprintf(p, "%s\"%s\"%s", i % 2 ? "He said " : "And ",
		    i % 3 ? "agree to keep the channels open" :
		    "open. The parties agree", i % 10 == 9 ? ".\n\n" : " ");
	t0 = clock();
	m = build(stmt, strlen(stmt), rep, (size_t)(p - rep));
	assert_true(clock() - t0 < 5 * CLOCKS_PER_SEC);
	assert_int_equal(m->nquotes, nq);
	assert_int_equal(m->nexact, nq);
	release(m);
	free(stmt);
	free(rep);
}

static void
test_paraphrase(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "The government will build three new hospitals "
	    "in the northern region next year. Schools will follow later.\n",
	    "Next year the northern region will get three new hospitals "
	    "built by the government, officials said. The weather was "
	    "fine.\n");
	assert_int_equal(m->nparas, 1);
	assert_true(reads(&m->rep, m->paras[0].rep, "Next year the northern "
	    "region will get three new hospitals built by the government, "
	    "officials said"));
	assert_true(reads(m->stmt, m->paras[0].src, "The government will "
	    "build three new hospitals in the northern region next year"));
	assert_true(m->paras[0].score >= 0.5);
	release(m);
}

/*
 * The sentence sharing most content words is linked even when the
 * only rare word they share is one of several, and of two sharing as
 * many the earlier wins.
 */
static void
test_paraphrase_best(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "Alpha bravo charlie delta. Echo bravo charlie "
	    "kilo. Foxtrot bravo charlie lima.\n",
	    "Alpha bravo charlie zulu. The weather was fine. Bravo charlie "
	    "kilo lima.\n");
	assert_int_equal(m->nparas, 2);
	assert_true(reads(&m->rep, m->paras[0].rep,
	    "Alpha bravo charlie zulu"));
	assert_true(reads(m->stmt, m->paras[0].src,
	    "Alpha bravo charlie delta"));
	assert_true(m->paras[0].score == 0.75);
	assert_true(reads(&m->rep, m->paras[1].rep,
	    "Bravo charlie kilo lima"));
	assert_true(reads(m->stmt, m->paras[1].src,
	    "Echo bravo charlie kilo"));
	release(m);
}

static void
test_coverage(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "We propose the following measures.\n"
	    "First. To restore a regular dialogue between the agencies on "
	    "all key issues.\n"
	    "Second. To keep the communication channels between the centres "
	    "open at all times.\n"
	    "Third. To build three new hospitals in the northern region "
	    "next year.\n"
	    "Fourth. To exchange guarantees of non-interference in internal "
	    "affairs.\n",
	    "The minister wants \"to restore a regular dialogue between the "
	    "agencies\" and \"to keep the channels between the centres open "
	    "at all times.\" The northern region will get three new "
	    "hospitals next year.\n");
	assert_int_equal(m->stmt->nprops, 4);
	assert_int_equal(m->quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(quote_proposal(m, &m->quotes[0]), 1);
	assert_int_equal(m->quotes[1].verdict, VERDICT_ALTERED);
	assert_int_equal(quote_proposal(m, &m->quotes[1]), 2);
	assert_int_equal(m->nparas, 1);
	assert_int_equal(m->paras[0].proposal, 3);
	assert_int_equal(m->coverage[0], COVER_QUOTED);
	assert_int_equal(m->coverage[1], COVER_QUOTED_ALTERED);
	assert_int_equal(m->coverage[2], COVER_PARAPHRASED);
	assert_int_equal(m->coverage[3], COVER_NOT_COVERED);
	assert_int_equal(m->nexact, 1);
	assert_int_equal(m->naltered, 1);
	assert_int_equal(m->nnotfound, 0);
	release(m);
}

/* Read a file of the bundled example. */
static char *
slurp(const char *name, size_t *len)
{
	char	 path[4096], *buf;
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s", QC_SRCDATADIR, name);
	assert_non_null(f = fopen(path, "rb"));
	buf = xmalloc(1 << 20);
	*len = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

static void
test_bundled(void **state)
{
	static const enum verdict want[] = { VERDICT_ALTERED, VERDICT_ALTERED,
	    VERDICT_ALTERED, VERDICT_EXACT, VERDICT_EXACT, VERDICT_EXACT,
	    VERDICT_EXACT };
	struct model	*m;
	char		*s, *r;
	size_t		 slen, rlen, i;

	(void)state;
	s = slurp("statement.txt", &slen);
	r = slurp("report.txt", &rlen);
	m = build(s, slen, r, rlen);
	assert_int_equal(m->nquotes, 7);
	for (i = 0; i < 7; i++)
		assert_int_equal(m->quotes[i].verdict, want[i]);
	for (i = 0; i < 3; i += 2) {
		assert_int_equal(quote_nchanges(&m->quotes[i]), 1);
		assert_int_equal(quote_changes(&m->quotes[i])[0].op, CHANGE_DELETE);
		assert_true(reads(m->stmt, quote_changes(&m->quotes[i])[0].src,
		    "our"));
	}
	assert_int_equal(quote_nchanges(&m->quotes[1]), 1);
	assert_int_equal(quote_changes(&m->quotes[1])[0].op, CHANGE_MOVE);
	assert_true(reads(m->stmt, quote_changes(&m->quotes[1])[0].src,
	    "25 May 1972"));
	assert_true(reads(&m->rep, quote_changes(&m->quotes[1])[0].rep,
	    "May 25, 1972"));
	assert_int_equal(quote_proposal(m, &m->quotes[1]), 3);
	assert_int_equal(quote_proposal(m, &m->quotes[6]), 4);
	assert_int_equal(m->stmt->nprops, 4);
	assert_int_equal(m->coverage[1], COVER_NOT_COVERED);
	assert_int_equal(m->coverage[2], COVER_QUOTED_ALTERED);
	assert_int_equal(m->coverage[3], COVER_QUOTED);
	release(m);
	free(s);
	free(r);
}

/* A deletion at the end of a quotation is a deletion, not a replace. */
static void
test_natural_delete(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "The mission will stay in the region as long as "
	    "it is needed. It will report every month.\n",
	    "She said the mission would stay \"in the region as long as "
	    "needed\". It reports monthly.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_DELETE);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "it is"));
	assert_int_equal(quote_changes(q)[0].rep.len, 0);
	/* The highlight covers what the quotation says, "needed" too. */
	assert_true(reads(m->stmt, q->src, "in the region as long as it is "
	    "needed"));
	release(m);
}

/* Two deleted words in the middle are one deletion of both. */
static void
test_natural_delete_inside(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "The talks that were held in Geneva last week "
	    "made real progress.\n",
	    "\"The talks held in Geneva last week made real progress,\" "
	    "she said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_DELETE);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "that were"));
	release(m);
}

/* Words run together or split in two are a typographic note. */
static void
test_run_together(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "Emergency wells will be drilled in the region "
	    "by an interagency team before April.\n",
	    "Wells \"will be drilled inthe region by an inter agency team\", "
	    "he said.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_int_equal(quote_nchanges(q), 0);
	assert_true(quote_similarity(q) == 1.0);
	assert_int_equal(quote_ntypos(q), 2);
	assert_true(reads(&m->rep, quote_typos(q)[0].rep, "inthe"));
	assert_true(reads(m->stmt, quote_typos(q)[0].src, "in the"));
	assert_true(reads(&m->rep, quote_typos(q)[1].rep, "inter agency"));
	assert_true(reads(m->stmt, quote_typos(q)[1].src, "interagency"));
	release(m);
}

/* Words of different letters are not joined: "in the" is not "into". */
static void
test_not_joined(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "The wells will be drilled in the region before "
	    "April.\n",
	    "The wells \"will be drilled into region before April\".\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
	release(m);
}

/*
 * A short quotation keeping three words of a statement sentence in
 * order, two replaced, is altered; one whose words only occur here and
 * there in the statement is not found.
 */
static void
test_near_synonym(void **state)
{
	struct model	*m;

	(void)state;
	m = build_str(TITLE "The parties agreed to a complete and verifiable "
	    "halt of all attacks on energy facilities. Monitors will "
	    "report on the grid each week. Repair crews get safe passage.\n",
	    "They agreed \"a full halt to attacks\". The ministry said "
	    "\"crews will halt every attack\" and \"monitors punish "
	    "grid attacks\".\n");
	assert_int_equal(m->nquotes, 3);
	assert_int_equal(m->quotes[0].verdict, VERDICT_ALTERED);
	assert_true(reads(m->stmt, m->quotes[0].src, "a complete and "
	    "verifiable halt of all attacks"));
	assert_int_equal(m->quotes[1].verdict, VERDICT_NOT_FOUND);
	assert_int_equal(m->quotes[2].verdict, VERDICT_NOT_FOUND);
	assert_true(quote_similarity(&m->quotes[1]) == 0);
	release(m);
}

/* Dates and numbers written another way are changes of kind format. */
static void
test_format_kind(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "The accord has been in force since 25 May 1972. "
	    "Limits will be reviewed within eighteen months by twelve "
	    "scientists.\n",
	    "\"The accord has been in force since May 25, 1972,\" it said. "
	    "Limits \"will be reviewed within 18 months by ten "
	    "scientists\".\n");
	q = &m->quotes[0];
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_MOVE);
	assert_int_equal(quote_changes(q)[0].kind, CHANGE_FORMAT);
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 2);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "eighteen"));
	assert_int_equal(quote_changes(q)[0].kind, CHANGE_FORMAT);
	assert_true(reads(m->stmt, quote_changes(q)[1].src, "twelve"));
	assert_int_equal(quote_changes(q)[1].kind, CHANGE_WORDS);
	release(m);
}

/*
 * Chinese: words are single ideographs.  A 20-character quotation with
 * one character changed is altered; an invented one is not found.
 */
static void
test_chinese(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "双方同意在尊重的基础上继续进行建设性对话。"
	    "双方将加强经济合作并扩大贸易往来。\n",
	    "外交部表示，“双方同意在尊重的基础上继续进行建设性谈话”。"
	    "外交部还说，“双方决定立即撤出全部军队并关闭所有口岸”。\n");
	assert_int_equal(m->nquotes, 2);
	q = &m->quotes[0];
	assert_int_equal(q->nwords, 20);
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 1);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_REPLACE);
	assert_true(reads(m->stmt, quote_changes(q)[0].src, "对"));
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "谈"));
	assert_int_equal(m->quotes[1].verdict, VERDICT_NOT_FOUND);
	release(m);
}

/* ---- the closest passage of a quotation not found ----------------- */

#define CLOSE_STMT	TITLE "The harbour will stay open all winter. " \
	"The ministry will repair the north quay before the spring " \
	"floods arrive. Fishing quotas are a matter for the council.\n"

/* An invented quotation sharing words with one sentence gets it. */
static void
test_closest_sentence(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(CLOSE_STMT, "\"The ministry has refused to touch the "
	    "north quay until the floods are over,\" he said.\n");
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_int_equal(q->src.len, 0);
	/* the ministry, the north quay, the floods: in order. */
	assert_true(reads(m->stmt, quote_closest(q)->src, "The ministry will "
	    "repair the north quay before the spring floods"));
	assert_int_equal(quote_closest(q)->line, 3);
	assert_int_equal(quote_closest(q)->col, 40);
	assert_int_equal(quote_closest(q)->proposal, 0);
	/* 2 x 7 words matched / (15 quotation words + 10 passage words) */
	assert_true(quote_closest(q)->similarity > 0.559 &&
	    quote_closest(q)->similarity < 0.561);
	release(m);
}

/*
 * Nothing in common, only function words, or a single content word:
 * no passage is offered, and a quotation found has none either.
 */
static void
test_closest_none(void **state)
{
	struct model	*m;
	size_t		 i;

	(void)state;
	m = build_str(CLOSE_STMT, "\"Nobody expects tourists in "
	    "December,\" one said; \"it will be for the and of the,\" "
	    "another said; \"the floods scare everybody here,\" a third "
	    "said, and \"The harbour will stay open all winter.\"\n");
	assert_int_equal(m->nquotes, 4);
	for (i = 0; i < 3; i++) {
		assert_int_equal(m->quotes[i].verdict, VERDICT_NOT_FOUND);
		assert_int_equal(quote_closest(&m->quotes[i])->src.len, 0);
		assert_true(quote_closest(&m->quotes[i])->similarity == 0.0);
	}
	assert_int_equal(m->quotes[3].verdict, VERDICT_EXACT);
	assert_int_equal(quote_closest(&m->quotes[3])->src.len, 0);
	release(m);
}

/*
 * Two passages equally near: the earliest.  A nearer one later: the
 * nearer, with the proposal it lies in.
 */
static void
test_closest_ties_and_proposals(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "First. The ministry will repair the north "
	    "quay.\n\nSecond. The ministry will repair the north quay.\n\n"
	    "Third. The council will repair the south dock with new stone "
	    "from the quarry.\n",
	    "\"The mayor wants the ministry to repair the north pier,\" "
	    "and \"nobody in town believes the council will ever finish the "
	    "south dock,\" they said.\n");
	assert_int_equal(m->nquotes, 2);
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_true(reads(m->stmt, quote_closest(q)->src,
	    "The ministry will repair the north"));
	assert_int_equal(quote_closest(q)->line, 3);
	assert_int_equal(quote_closest(q)->proposal, 1);
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_int_equal(quote_closest(q)->line, 7);
	assert_int_equal(quote_closest(q)->proposal, 3);
	assert_true(reads(m->stmt, quote_closest(q)->src, "The council will repair "
	    "the south dock"));
	release(m);
}

/*
 * A passage never runs over a sentence end: the words of the sentence
 * before do not join it.
 */
static void
test_closest_one_sentence(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = build_str(TITLE "Repairs start in March. The north quay "
	    "reopens in May. Tourists will come back.\n",
	    "\"Repairs of the north quay will take until Christmas,\" "
	    "he said, and \"repairs start on the south quay,\" too.\n");
	q = &m->quotes[0];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_true(reads(m->stmt, quote_closest(q)->src, "The north quay"));
	/* repairs, start: two content words, but one of the three words. */
	q = &m->quotes[1];
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_int_equal(quote_closest(q)->src.len, 0);
	release(m);
}

/* A distinct word of letters for each i ("baa", "bab" ...): 4 bytes. */
static void
piece_word(size_t i, char *w)
{
	size_t	k;

	i += 26 * 26;
	for (k = 3; k-- > 0; i /= 26)
		w[k] = (char)('a' + i % 26);
	w[3] = '\0';
}

/* A statement of n distinct words, in ws (n x 4 bytes) too. */
static char *
pieces_statement(size_t n, char *ws)
{
	char	*st = xcalloc(n * 4 + 128, 1);
	size_t	 i;

	strcpy(st, TITLE "First.");
	for (i = 0; i < n; i++) {
		piece_word(i, ws + 4 * i);
		strcat(st, " ");
		strcat(st, ws + 4 * i);
	}
	strcat(st, ".\n");
	return st;
}

/*
 * A quotation cut into a great many one-word pieces, each kept as a run
 * of matches (no op kept): exact, its source from the first word to
 * the last; the same words with an "x" before each are in no piece's
 * source: not found, nothing matched.
 */
static void
test_many_pieces(void **state)
{
	enum { N = 3000 };
	struct model	*m;
	struct quote	*q;
	char		*ws = xcalloc(N, 4), *st, *rep;
	size_t		 i, k;

	(void)state;
	st = pieces_statement(N, ws);
	rep = xcalloc(N * 10 + 64, 1);
	for (k = 0; k < 2; k++) {
		strcpy(rep, "He said: \"");
		for (i = 0; i < N; i++) {
			if (i >= 3 || (i > 0 && k == 1))
				strcat(rep, " ... ");
			else if (i > 0)
				strcat(rep, " ");
			strcat(rep, k == 0 ? "" : "x");
			strcat(rep, ws + 4 * i);
		}
		strcat(rep, ",\" and left.\n");
		m = build_str(st, rep);
		assert_int_equal(m->nquotes, 1);
		q = &m->quotes[0];
		assert_int_equal(quote_ncuts(q), k == 0 ? N - 3 : N - 1);
		if (k == 0) {
			assert_int_equal(q->verdict, VERDICT_EXACT);
			assert_true(quote_similarity(q) == 1.0);
			assert_int_equal(quote_nchanges(q), 0);
			assert_int_equal(quote_ntypos(q), 0);
			assert_int_equal(q->src.off,
			    strstr(st, "First. ") + 7 - st);
			assert_int_equal(q->src.len, 4 * N - 1);
		} else {
			assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
			assert_true(quote_similarity(q) == 0.0);
			assert_int_equal(q->src.len, 0);
		}
		release(m);
	}
	free(rep);
	free(st);
	free(ws);
}

/*
 * Pieces kept as runs of matches beside pieces whose ops are kept (a
 * word inserted after an ellipsis; two words replaced in a long
 * piece): each piece's changes are its own, in report order.
 */
static void
test_pieces_runs_and_ops(void **state)
{
	enum { N = 60 };
	struct model	*m;
	struct quote	*q;
	char		*ws = xcalloc(N, 4), *st, rep[1024];
	size_t		 i;

	(void)state;
	st = pieces_statement(N, ws);
	strcpy(rep, "He said: \"baa bab bac");
	for (i = 3; i < 20; i++) {
		strcat(rep, " ... ");
		strcat(rep, i == 10 ? "zzqx" : ws + 4 * i);
	}
	strcat(rep, " ...");
	for (i = 30; i < 44; i++) {
		strcat(rep, " ");
		strcat(rep, i == 36 ? "qqa" : i == 37 ? "qqb" : ws + 4 * i);
	}
	strcat(rep, ",\" and left.\n");
	m = build_str(st, rep);
	q = &m->quotes[0];
	assert_int_equal(quote_ncuts(q), 18);
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_nchanges(q), 2);
	assert_int_equal(quote_changes(q)[0].op, CHANGE_INSERT);
	assert_true(reads(&m->rep, quote_changes(q)[0].rep, "zzqx"));
	assert_int_equal(quote_changes(q)[1].op, CHANGE_REPLACE);
	assert_true(reads(&m->rep, quote_changes(q)[1].rep, "qqa qqb"));
	assert_true(reads(m->stmt, quote_changes(q)[1].src, "bbk bbl"));
	assert_true(quote_similarity(q) > 0.92 && quote_similarity(q) < 0.93);
	assert_int_equal(q->src.off, strstr(st, "baa") - st);
	assert_int_equal(q->src.len, strstr(st, "bbr") + 3 - strstr(st, "baa"));
	release(m);
	free(st);
	free(ws);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_date_move),
		cmocka_unit_test(test_delete),
		cmocka_unit_test(test_replace),
		cmocka_unit_test(test_insert),
		cmocka_unit_test(test_ellipsis),
		cmocka_unit_test(test_clause_left_out),
		cmocka_unit_test(test_words_reordered),
		cmocka_unit_test(test_invented_sentence),
		cmocka_unit_test(test_short_piece),
		cmocka_unit_test(test_not_found),
		cmocka_unit_test(test_long_statement),
		cmocka_unit_test(test_long_quote_altered),
		cmocka_unit_test(test_frequent_words_exact),
		cmocka_unit_test(test_frequent_words_altered),
		cmocka_unit_test(test_reordered_sentences),
		cmocka_unit_test(test_quoted_twice),
		cmocka_unit_test(test_typography),
		cmocka_unit_test(test_white_space),
		cmocka_unit_test(test_hidden),
		cmocka_unit_test(test_hidden_in_word),
		cmocka_unit_test(test_repetitive),
		cmocka_unit_test(test_paraphrase),
		cmocka_unit_test(test_paraphrase_best),
		cmocka_unit_test(test_coverage),
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_natural_delete),
		cmocka_unit_test(test_natural_delete_inside),
		cmocka_unit_test(test_run_together),
		cmocka_unit_test(test_not_joined),
		cmocka_unit_test(test_near_synonym),
		cmocka_unit_test(test_replace_after_head),
		cmocka_unit_test(test_format_kind),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_closest_sentence),
		cmocka_unit_test(test_closest_none),
		cmocka_unit_test(test_closest_ties_and_proposals),
		cmocka_unit_test(test_closest_one_sentence),
		cmocka_unit_test(test_many_pieces),
		cmocka_unit_test(test_pieces_runs_and_ops),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
