/* test_quote.c — finding quotations in a report. */
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

/* A model and the statement it borrows, freed together by release(). */
struct pair {
	struct model		 m;	/* first: release() is given &m */
	struct statement	*st;
};

/* The model of the report rep, checked against a one-line statement. */
static struct model *
extract(const char *rep, size_t len)
{
	static const char	 stmt[] = "A statement of one line.\n";
	struct pair		*p;

	p = xcalloc(1, sizeof(*p));
	msg_quiet_warnings(1);
	assert_non_null(p->st = pipeline_statement("statement.txt", stmt,
	    strlen(stmt)));
	assert_int_equal(pipeline_check(&p->m, p->st, "report.txt", rep,
	    len), 0);
	return &p->m;
}

static struct model *
extract_str(const char *rep)
{
	return extract(rep, strlen(rep));
}

static void
release(struct model *m)
{
	struct pair	*p = (struct pair *)m;

	model_free(&p->m);
	pipeline_statement_free(p->st);
	free(p);
}

/* Does span sp of the report read s? */
static int
span_is(const struct model *m, struct span sp, const char *s)
{
	if (sp.len != strlen(s) || memcmp(m->rep.text + sp.off, s, sp.len)) {
		print_message("span reads \"%.*s\", not \"%s\"\n", (int)sp.len,
		    m->rep.text + sp.off, s);
		return 0;
	}
	return 1;
}

static void
test_apostrophes(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("Putin's statement and Putin\xE2\x80\x99s words "
	    "respect each other's rights, the countries' rights and "
	    "today\xE2\x80\x99s rules, as the leaders' aides said in the "
	    "1990s' last years.\n");
	assert_int_equal(m->nquotes, 0);
	assert_int_equal(m->nterms, 0);
	release(m);
}

static void
test_single_quotes(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("The sphere should not fall 'hostage to political "
	    "disagreements', he said; it was \xE2\x80\x98Putin\xE2\x80\x99s "
	    "plan for all of us\xE2\x80\x99 and the countries' rights "
	    "'stay as they were.'\n");
	assert_int_equal(m->nquotes, 3);
	assert_true(span_is(m, m->quotes[0].text,
	    "hostage to political disagreements"));
	assert_true(span_is(m, quote_outer(&m->quotes[0]),
	    "'hostage to political disagreements'"));
	assert_true(span_is(m, m->quotes[1].text,
	    "Putin\xE2\x80\x99s plan for all of us"));
	assert_true(span_is(m, m->quotes[2].text, "stay as they were."));
	assert_int_equal(m->quotes[0].warnings, 0);
	release(m);
}

static void
test_nested(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("He said: \xE2\x80\x9CWe reject the \xE2\x80\x98so "
	    "called\xE2\x80\x99 threat and the \"red lines\" of others,"
	    "\xE2\x80\x9D and left.\n");
	assert_int_equal(m->nquotes, 1);
	assert_int_equal(m->nterms, 0);
	assert_true(span_is(m, m->quotes[0].text, "We reject the "
	    "\xE2\x80\x98so called\xE2\x80\x99 threat and the \"red lines\" "
	    "of others,"));
	assert_int_equal(m->quotes[0].nwords, 12);
	release(m);
}

static void
test_unclosed(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("The minister said \xE2\x80\x9Cwe will not stop the "
	    "talks now, and he left the room.\n\n"
	    "Later he added \xE2\x80\x9Cthe talks go on\xE2\x80\x9D to the "
	    "press in the evening.\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text,
	    "we will not stop the talks now, and he left the room."));
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNCLOSED);
	assert_true(span_is(m, m->quotes[1].text, "the talks go on"));
	assert_int_equal(m->quotes[1].warnings, 0);
	assert_int_equal(quote_id(m, &m->quotes[1]), 2);
	release(m);
}

static void
test_continued(void **state)
{
	struct model	*m;
	const char	*rep = "The statement reads: \xE2\x80\x9CWe propose "
	    "a dialogue on the key issues.\n\n"
	    "\xE2\x80\x9CWe also call for an agreement on incidents,"
	    "\xE2\x80\x9D the text says.\n";

	(void)state;
	m = extract_str(rep);
	assert_int_equal(m->nquotes, 1);
	assert_int_equal(m->quotes[0].warnings, 0);
	assert_true(span_is(m, m->quotes[0].text, "We propose a dialogue on "
	    "the key issues.\n\n\xE2\x80\x9CWe also call for an agreement on "
	    "incidents,"));
	assert_int_equal(m->quotes[0].nwords, 16);
	release(m);

	/* Straight quotes continue the same way. */
	m = extract_str("He said: \"One two three four.\n\n"
	    "\"Five six seven,\" he went on.\n");
	assert_int_equal(m->nquotes, 1);
	assert_int_equal(m->quotes[0].nwords, 7);
	assert_int_equal(m->quotes[0].warnings, 0);
	release(m);
}

static void
test_guillemets(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("Le ministre a dit \xC2\xAB\xC2\xA0nous ne c\xC3\xA9"
	    "derons jamais\xC2\xA0\xC2\xBB et \xE2\x80\xB9un deux trois"
	    "\xE2\x80\xBA hier soir.\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text,
	    "\xC2\xA0nous ne c\xC3\xA9" "derons jamais\xC2\xA0"));
	assert_true(span_is(m, m->quotes[1].text, "un deux trois"));
	release(m);
}

static void
test_curly_and_straight(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("He said \"one two three\" and \"four five six\" "
	    "and \xE2\x80\x9Cseven eight nine\xE2\x80\x9D and "
	    "\xE2\x80\x9Ezehn elf zw\xC3\xB6lf\xE2\x80\x9C today.\n");
	assert_int_equal(m->nquotes, 4);
	assert_true(span_is(m, m->quotes[0].text, "one two three"));
	assert_true(span_is(m, m->quotes[1].text, "four five six"));
	assert_true(span_is(m, m->quotes[2].text, "seven eight nine"));
	assert_true(span_is(m, m->quotes[3].text, "zehn elf zw\xC3\xB6lf"));
	assert_int_equal(quote_id(m, &m->quotes[3]), 4);
	release(m);
}

/* Sloppy web text: “…“, ”…” and ’…’ still pair up. */
static void
test_sloppy_marks(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("He said \xE2\x80\x9Cone two three\xE2\x80\x9C and "
	    "\xE2\x80\x9D" "four five six\xE2\x80\x9D and \xE2\x80\x99seven "
	    "eight nine\xE2\x80\x99 and \xE2\x80\x9Cnested "
	    "\xE2\x80\x9Cten\xE2\x80\x9D quote here\xE2\x80\x9D.\n");
	assert_int_equal(m->nquotes, 4);
	assert_true(span_is(m, m->quotes[0].text, "one two three"));
	assert_true(span_is(m, m->quotes[1].text, "four five six"));
	assert_true(span_is(m, m->quotes[2].text, "seven eight nine"));
	assert_true(span_is(m, m->quotes[3].text, "nested "
	    "\xE2\x80\x9Cten\xE2\x80\x9D quote here"));
	release(m);
}

static void
test_terms(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("The so-called \xE2\x80\x9Cred lines\xE2\x80\x9D and "
	    "\"security\" and the \"...\" sign are terms, while \"the "
	    "three words\" is judged.\n");
	assert_int_equal(m->nterms, 2);
	assert_true(span_is(m, m->terms[0], "red lines"));
	assert_true(span_is(m, m->terms[1], "security"));
	assert_int_equal(m->nquotes, 1);
	assert_int_equal(quote_id(m, &m->quotes[0]), 1);
	assert_int_equal(m->quotes[0].nwords, 3);
	release(m);
}

static void
test_ellipsis(void **state)
{
	struct model	*m;
	struct quote	*q;

	(void)state;
	m = extract_str("\xE2\x80\x9C...we call on the US ... to greenlight "
	    "the dialogue\xE2\x80\xA6 without making it [...] a hostage "
	    ". . . to disagreements [\xE2\x80\xA6] today...\xE2\x80\x9D\n");
	assert_int_equal(m->nquotes, 1);
	q = &m->quotes[0];
	assert_int_equal(q->nwords, 17);
	/* Report word indices: after US, dialogue, it, hostage and
	 * disagreements; the leading and trailing ellipses cut nothing. */
	assert_int_equal(quote_ncuts(q), 5);
	assert_int_equal(quote_cuts(q)[0], q->wfirst + 4);
	assert_int_equal(quote_cuts(q)[1], q->wfirst + 8);
	assert_int_equal(quote_cuts(q)[2], q->wfirst + 11);
	assert_int_equal(quote_cuts(q)[3], q->wfirst + 13);
	assert_int_equal(quote_cuts(q)[4], q->wfirst + 15);
	release(m);
}

static void
test_position_and_warnings(void **state)
{
	struct model	*m;
	uint32_t	 line, col;
	const char	 rep[] = "First line of the report here.\n\n"
	    "\xC3\xA9t\xC3\xA9 \"zero\xE2\x80\x8Bwidth in the words\" and "
	    "\"bad \xFF byte in it\".\n";

	(void)state;
	m = extract(rep, sizeof(rep) - 1);
	assert_int_equal(m->nquotes, 2);
	quote_position(m, &m->quotes[0], &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 6);
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_HIDDEN);
	assert_int_equal(m->quotes[1].warnings, QUOTE_WARN_INVALID);
	release(m);
}

/* An unclosed single quote is an apostrophe: later quotations count. */
static void
test_tentative_single(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("In the '90s he said \xE2\x80\x9Cthis was a test"
	    "\xE2\x80\x9D and 'twas \"another one here\" again.\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text, "this was a test"));
	assert_true(span_is(m, m->quotes[1].text, "another one here"));
	release(m);
}

static void
test_many_quotes(void **state)
{
	struct model	*m;
	char		*rep, *p;
	size_t		 i, n = 10000;
	clock_t		 t0;

	(void)state;
	rep = xmalloc(n * 64 + 1);
	for (p = rep, i = 0; i < n; i++)
		p += sprintf(p, "He said \xE2\x80\x9Cnumber %zu is here"
		    "\xE2\x80\x9D.%s", i, i % 10 == 9 ? "\n\n" : " ");
	t0 = clock();
	m = extract(rep, (size_t)(p - rep));
	assert_true(clock() - t0 < 2 * CLOCKS_PER_SEC);
	assert_int_equal(m->nquotes, n);
	for (i = 0; i < n; i++)
		assert_int_equal(quote_id(m, &m->quotes[i]), i + 1);
	assert_int_equal(m->quotes[n - 1].nwords, 4);
	release(m);
	free(rep);
}

/* Deep nesting and unbalanced marks stay linear and bounded. */
static void
test_unbalanced(void **state)
{
	struct model	*m;
	char		*rep, *p;
	size_t		 i, n = 50000;
	clock_t		 t0;

	(void)state;
	rep = xmalloc(n * 16 + 64);
	p = rep;
	for (i = 0; i < n; i++)
		p += sprintf(p, "\xE2\x80\x9Cw%zu ", i % 7);
	for (i = 0; i < n; i++)
		p += sprintf(p, "\xE2\x80\x9D ");
	for (i = 0; i < n; i++)
		p += sprintf(p, "\xC2\xBB ' ");
	p += sprintf(p, "end.\n");
	t0 = clock();
	m = extract(rep, (size_t)(p - rep));
	assert_true(clock() - t0 < 2 * CLOCKS_PER_SEC);
	/* Nested quotations are kept down to three levels, no deeper. */
	assert_int_equal(m->nquotes, 3);
	for (i = 0; i < 3; i++) {
		assert_int_equal(m->quotes[i].nwords, n - i);
		assert_int_equal(m->quotes[i].parent, i);
		assert_int_equal(m->quotes[i].warnings, 0);
	}
	release(m);
	free(rep);
}

/* Inner quotations of three words or more are kept, with their parent. */
static void
test_nested_parents(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("\xE2\x80\x9CThe treaty says \xE2\x80\x98" "both sides "
	    "shall withdraw\xE2\x80\x99 and \xE2\x80\x98report every "
	    "week\xE2\x80\x99, nothing else,\xE2\x80\x9D she wrote. "
	    "\"They said 'we will go' today\" and "
	    "\xC2\xAB" "Er sagte \xE2\x80\x9E" "wir sind bereit\xE2\x80\x9C "
	    "gestern\xC2\xBB and \xC2\xAB" "a \xE2\x80\x9C" "b c d\xE2\x80\x9D "
	    "\xE2\x80\x98" "e f g\xE2\x80\x99 h\xC2\xBB.\n");
	assert_int_equal(m->nquotes, 10);
	assert_true(span_is(m, m->quotes[1].text,
	    "both sides shall withdraw"));
	assert_int_equal(m->quotes[0].parent, 0);
	assert_int_equal(m->quotes[1].parent, 1);
	assert_true(span_is(m, m->quotes[2].text, "report every week"));
	assert_int_equal(m->quotes[2].parent, 1);
	assert_true(span_is(m, m->quotes[4].text, "we will go"));
	assert_int_equal(m->quotes[4].parent, 4);
	assert_true(span_is(m, m->quotes[6].text, "wir sind bereit"));
	assert_int_equal(m->quotes[6].parent, 6);
	assert_int_equal(m->quotes[7].parent, 0);
	assert_true(span_is(m, m->quotes[8].text, "b c d"));
	assert_int_equal(m->quotes[8].parent, 8);
	assert_true(span_is(m, m->quotes[9].text, "e f g"));
	assert_int_equal(m->quotes[9].parent, 8);
	release(m);
}

/* Three levels are kept; a fourth is part of its parent. */
static void
test_nested_depth(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("\xC2\xAB" "a b \xE2\x80\x9C" "c d \xE2\x80\x98"
	    "e f \xE2\x80\x9E" "g h i\xE2\x80\x9C j\xE2\x80\x99 k\xE2\x80\x9D "
	    "l\xC2\xBB said he.\n");
	assert_int_equal(m->nquotes, 3);
	assert_int_equal(m->quotes[2].parent, 2);
	assert_true(span_is(m, m->quotes[2].text, "e f \xE2\x80\x9E" "g h i"
	    "\xE2\x80\x9C j"));
	assert_int_equal(m->nterms, 0);
	release(m);
}

/* Wire style: one opening mark, the closing one paragraphs later. */
static void
test_wire_paragraphs(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("He said: \"One two three.\n\nFour five six.\n\n"
	    "Seven eight,\" he went on.\n");
	assert_int_equal(m->nquotes, 1);
	assert_true(span_is(m, m->quotes[0].text, "One two three.\n\n"
	    "Four five six.\n\nSeven eight,"));
	assert_int_equal(m->quotes[0].warnings, 0);
	release(m);

	/* A speech verb in between: not inside the quotation. */
	m = extract_str("He said: \"One two three.\n\nThe minister said four "
	    "five six.\n\nSeven eight nine,\" he went on.\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text, "One two three."));
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNCLOSED);
	assert_true(span_is(m, m->quotes[1].text, "Seven eight nine,"));
	assert_int_equal(m->quotes[1].warnings, QUOTE_WARN_UNBALANCED);
	release(m);

	/* A mark of the same kind that opens first: not continued. */
	m = extract_str("He said: \xE2\x80\x9COne two three.\n\nThen "
	    "\xE2\x80\x9C" "four five six\xE2\x80\x9D came.\n");
	assert_int_equal(m->nquotes, 2);
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNCLOSED);
	assert_true(span_is(m, m->quotes[1].text, "four five six"));
	release(m);
}

/* The wire look-ahead stops after QUOTE_WIRE_PARAS paragraphs. */
static void
test_wire_bound(void **state)
{
	struct model	*m;
	char		 rep[1024], *p = rep;
	int		 i;

	(void)state;
	p += sprintf(p, "Start \"one two three.\n\n");
	for (i = 0; i < 8; i++)
		p += sprintf(p, "Plain paragraph %d here.\n\n", i);
	p += sprintf(p, "End of it,\" at last.\n");
	m = extract_str(rep);
	assert_int_equal(m->nquotes, 2);
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNCLOSED);
	assert_true(span_is(m, m->quotes[0].text, "one two three."));
	release(m);

	p = rep;
	p += sprintf(p, "Start \"one two three.\n\n");
	for (i = 0; i < 7; i++)
		p += sprintf(p, "Plain paragraph %d here.\n\n", i);
	p += sprintf(p, "End of it,\" at last.\n");
	m = extract_str(rep);
	assert_int_equal(m->nquotes, 1);
	assert_int_equal(m->quotes[0].warnings, 0);
	release(m);
}

/* The stretch between two quotations is never a quotation. */
static void
test_side_rule(void **state)
{
	struct model	*m;

	(void)state;
	/* The first opening mark was lost. */
	m = extract_str("Talks went on. We will meet again in May,\" the "
	    "deputy minister added. \"Nothing is agreed until all is.\"\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text,
	    "We will meet again in May,"));
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNBALANCED);
	assert_true(span_is(m, m->quotes[1].text,
	    "Nothing is agreed until all is."));
	assert_int_equal(m->quotes[1].warnings, 0);
	release(m);

	/* A lost opening mark right after an attribution: dropped. */
	m = extract_str("\"We agree on this,\" he said, the talks go on,\" "
	    "he added.\n");
	assert_int_equal(m->nquotes, 1);
	assert_true(span_is(m, m->quotes[0].text, "We agree on this,"));
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNBALANCED);
	release(m);

	/* A lost closing mark: the next opening one ends the quotation. */
	m = extract_str("\"We agree on this. He said. \"The talks go on,\" "
	    "he added.\n");
	assert_int_equal(m->nquotes, 2);
	assert_true(span_is(m, m->quotes[0].text, "We agree on this. He "
	    "said."));
	assert_int_equal(m->quotes[0].warnings, QUOTE_WARN_UNBALANCED);
	assert_true(span_is(m, m->quotes[1].text, "The talks go on,"));
	release(m);

	/* A closing curly mark typed for an opening one. */
	m = extract_str("She said \xE2\x80\x9Done two three\xE2\x80\x9D "
	    "and left.\n");
	assert_int_equal(m->nquotes, 1);
	assert_true(span_is(m, m->quotes[0].text, "one two three"));
	release(m);
}

/* ASCII stand-ins: '' '' and ,, '' and << >>. */
static void
test_ascii_doubles(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("''We will take measures,'' he said, promising "
	    ",,new funds for towns'' and <<a plan by May>>; 1 << 2 and "
	    "Putin's rights.\n");
	assert_int_equal(m->nquotes, 3);
	assert_true(span_is(m, m->quotes[0].text, "We will take measures,"));
	assert_true(span_is(m, m->quotes[1].text, "new funds for towns"));
	assert_true(span_is(m, m->quotes[2].text, "a plan by May"));
	assert_int_equal(m->quotes[2].warnings, 0);
	release(m);
}

/* French, German, Spanish and CJK marks. */
static void
test_languages(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("Il a dit \xC2\xAB\xE2\x80\xAFnous restons ici"
	    "\xE2\x80\xAF\xC2\xBB et \xC2\xAB\xC2\xA0vous aussi partez"
	    "\xC2\xA0\xC2\xBB. Er sagte \xC2\xBBwir sind bereit\xC2\xAB, dann "
	    "\xE2\x80\x9Ewir gehen jetzt\xE2\x80\x9C. Dijo \xC2\xAB" "es un "
	    "acuerdo\xC2\xBB y \xE2\x80\x9Cno hay otro\xE2\x80\x9D.\n\n"
	    "\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE2\x80\x9C\xE6\x88\x91"
	    "\xE4\xBB\xAC\xE5\x90\x8C\xE6\x84\x8F\xE3\x80\x82\xE2\x80\x9D"
	    "\xE5\xA5\xB9\xE8\xAF\xB4\xE3\x80\x8C\xE5\xA5\xBD\xE7\x9A\x84"
	    "\xE5\x90\xA7\xE3\x80\x8D\xE3\x80\x8E\xE4\xB8\x8D\xE8\xA1\x8C"
	    "\xE5\x95\x8A\xE3\x80\x8F\xE3\x80\x82\n");
	assert_int_equal(m->nquotes, 9);
	assert_true(span_is(m, m->quotes[0].text,
	    "\xE2\x80\xAFnous restons ici\xE2\x80\xAF"));
	assert_true(span_is(m, m->quotes[1].text,
	    "\xC2\xA0vous aussi partez\xC2\xA0"));
	assert_true(span_is(m, m->quotes[2].text, "wir sind bereit"));
	assert_true(span_is(m, m->quotes[3].text, "wir gehen jetzt"));
	assert_true(span_is(m, m->quotes[4].text, "es un acuerdo"));
	assert_true(span_is(m, m->quotes[5].text, "no hay otro"));
	assert_true(span_is(m, m->quotes[6].text, "\xE6\x88\x91\xE4\xBB\xAC"
	    "\xE5\x90\x8C\xE6\x84\x8F\xE3\x80\x82"));
	assert_true(span_is(m, m->quotes[7].text, "\xE5\xA5\xBD\xE7\x9A\x84"
	    "\xE5\x90\xA7"));
	assert_true(span_is(m, m->quotes[8].text, "\xE4\xB8\x8D\xE8\xA1\x8C"
	    "\xE5\x95\x8A"));
	release(m);
}

/*
 * Quotations are emitted as soon as no mark is open: ids, parents and
 * terms come out as if all were emitted at the end, and a stray closer
 * after an attribution still flags the quotation already emitted (not
 * a term, nor a quotation before it).
 */
static void
test_emitted_early(void **state)
{
	struct model	*m;

	(void)state;
	m = extract_str("\"One two three\" x \"four 'five six seven' "
	    "eight\" \"ab cd\" y, he said,\" z. \"Nine ten eleven,\" "
	    "she said, went on,\" and \"twelve thirteen fourteen\".\n");
	assert_int_equal(m->nquotes, 5);
	assert_true(span_is(m, m->quotes[0].text, "One two three"));
	assert_int_equal(m->quotes[0].parent, 0);
	assert_true(span_is(m, m->quotes[1].text,
	    "four 'five six seven' eight"));
	assert_int_equal(m->quotes[1].parent, 0);
	assert_true(span_is(m, m->quotes[2].text, "five six seven"));
	assert_int_equal(quote_id(m, &m->quotes[2]), 3);
	assert_int_equal(m->quotes[2].parent, 2);
	assert_int_equal(m->nterms, 1);
	assert_true(span_is(m, m->terms[0], "ab cd"));
	assert_int_equal(m->quotes[0].warnings, 0);
	assert_int_equal(m->quotes[1].warnings, 0);
	assert_int_equal(m->quotes[2].warnings, 0);
	assert_true(span_is(m, m->quotes[3].text, "Nine ten eleven,"));
	assert_int_equal(m->quotes[3].warnings, QUOTE_WARN_UNBALANCED);
	assert_true(span_is(m, m->quotes[4].text,
	    "twelve thirteen fourteen"));
	assert_int_equal(m->quotes[4].warnings, 0);
	release(m);
}

/* Stray closing marks on one line stay linear and bounded. */
static void
test_many_strays(void **state)
{
	struct model	*m;
	char		*rep, *p;
	size_t		 i, n = 40000;
	clock_t		 t0;

	(void)state;
	rep = xmalloc(n * 48 + 16);
	p = rep;
	for (i = 0; i < n; i++)
		p += sprintf(p, "a b c.\" he said. d e f\xE2\x80\x9D\n");
	t0 = clock();
	m = extract(rep, (size_t)(p - rep));
	assert_true(clock() - t0 < 2 * CLOCKS_PER_SEC);
	assert_int_equal(m->nquotes, 2 * n);
	assert_true(span_is(m, m->quotes[1].text, "d e f"));
	assert_int_equal(m->quotes[1].warnings, QUOTE_WARN_UNBALANCED);
	release(m);
	free(rep);

	/* Paragraphs that each leave a quotation open, with look-aheads. */
	rep = xmalloc(n * 24 + 16);
	p = rep;
	for (i = 0; i < n; i++)
		p += sprintf(p, "x \"one two three\n\n");
	t0 = clock();
	m = extract(rep, (size_t)(p - rep));
	assert_true(clock() - t0 < 2 * CLOCKS_PER_SEC);
	assert_int_equal(m->nquotes, n);
	release(m);
	free(rep);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_apostrophes),
		cmocka_unit_test(test_single_quotes),
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_unclosed),
		cmocka_unit_test(test_continued),
		cmocka_unit_test(test_guillemets),
		cmocka_unit_test(test_curly_and_straight),
		cmocka_unit_test(test_sloppy_marks),
		cmocka_unit_test(test_terms),
		cmocka_unit_test(test_ellipsis),
		cmocka_unit_test(test_position_and_warnings),
		cmocka_unit_test(test_tentative_single),
		cmocka_unit_test(test_many_quotes),
		cmocka_unit_test(test_unbalanced),
		cmocka_unit_test(test_nested_parents),
		cmocka_unit_test(test_nested_depth),
		cmocka_unit_test(test_wire_paragraphs),
		cmocka_unit_test(test_wire_bound),
		cmocka_unit_test(test_side_rule),
		cmocka_unit_test(test_ascii_doubles),
		cmocka_unit_test(test_languages),
		cmocka_unit_test(test_many_strays),
		cmocka_unit_test(test_emitted_early),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
