/*
 * test_quotelist.c — the rows of the quotation list on the bundled
 * pair, built through the pipeline: one row per quotation in report
 * order, each saying what --check says (describe.h's verdict and
 * similarity, the proposal, the report line and column), the whole row
 * in its verdict's role, the header over the columns, the filter
 * keeping the altered and not-found ones; and the opening words on one
 * line, cut to a bound however long the quotation; a quotation's
 * warnings (hidden characters) in the escape role before its words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "describe.h"
#include "display.h"
#include "layout.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "quote.h"
#include "quotelist.h"

static const char *
top_dir(void)
{
	const char	*top = getenv("QC_SRCDIR");

	return top != NULL ? top : QC_SRCDATADIR "/..";
}

struct fixture {
	struct statement	*st;
	struct model		 m;
	struct listview		 lv;
};

static int
setup(void **state)
{
	struct fixture	*f = calloc(1, sizeof(*f));
	char		 s[4096], r[4096];

	msg_quiet_warnings(1);
	snprintf(s, sizeof(s), "%s/data/statement.txt", top_dir());
	snprintf(r, sizeof(r), "%s/data/report.txt", top_dir());
	if (f == NULL || (f->st = pipeline_statement(s, NULL, 0)) == NULL ||
	    pipeline_check(&f->m, f->st, r, NULL, 0) != 0)
		return -1;
	quotelist_build(&f->lv, &f->m);
	listview_resize(&f->lv, 20);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	listview_free(&f->lv);
	model_free(&f->m);
	pipeline_statement_free(f->st);
	free(f);
	return 0;
}

/* A row's runs joined, in a static buffer. */
static const char *
text(const struct listview_row *r)
{
	static char	b[4096];
	size_t		k, n = 0;

	b[0] = '\0';
	for (k = 0; k < r->nruns; k++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s",
		    r->runs[k].text);
	return b;
}

static void
test_rows(void **state)
{
	struct fixture		*f = *state;
	const struct listview_row *r;
	const struct quote	*q;
	char			 want[256], title[128];
	uint32_t		 line, col;
	size_t			 i, k;

	assert_int_equal(f->lv.nrows, f->m.nquotes);
	assert_int_equal(f->lv.nrows, 7);
	assert_string_equal(text(listview_row(&f->lv, 0)),
	    "1  altered      88%  -     5:96    "
	    "hostage to political disagreements");
	assert_memory_equal(text(listview_row(&f->lv, 6)),
	    "7  exact       100%  4     18:129  To", 37);
	/* Lines joined: the quotation's words, not its line ends. */
	assert_string_equal(text(listview_row(&f->lv, 3)) + 35,
	    "We call on\xc2\xa0the\xc2\xa0US to\xc2\xa0greenlight "
	    "the\xc2\xa0Russian-American professional expert dialogue on\xc2\xa0"
	    "IIS without making it a\xc2\xa0hostage to\xc2\xa0our political "
	    "disagreements.");
	for (i = 0; i < f->lv.nrows; i++) {
		r = listview_row(&f->lv, i);
		q = &f->m.quotes[i];
		assert_int_equal(r->kind, LIST_QUOTE);
		assert_int_equal(r->item, i);
		assert_int_equal(r->indent, 0);
		/* The words and rounding of the sidebar and --check. */
		snprintf(want, sizeof(want), "%zu  %-10s %4u%%",
		    (size_t)quote_id(&f->m, q),
		    describe_verdict(q->verdict),
		    describe_percent(quote_similarity(q)));
		assert_memory_equal(text(r), want, strlen(want));
		quote_position(&f->m, q, &line, &col);
		snprintf(want, sizeof(want), "  %zu:%zu  ", (size_t)line,
		    (size_t)col);
		assert_non_null(strstr(text(r), want));
		for (k = 0; k < r->nruns; k++)
			assert_int_equal(r->runs[k].role,
			    layout_verdict_role(q->verdict));
		assert_int_equal((r->flags & QUOTELIST_PROBLEM) != 0,
		    q->verdict != VERDICT_EXACT);
	}
	listview_title(&f->lv, title, sizeof(title));
	assert_string_equal(title, "Quotations (7)");
	assert_int_equal(layout_verdict_role(VERDICT_EXACT), ROLE_EXACT);
	assert_int_equal(layout_verdict_role(VERDICT_ALTERED), ROLE_ALTERED);
	assert_int_equal(layout_verdict_role(VERDICT_NOT_FOUND), ROLE_NOT_FOUND);
}

/* The header's "opening words" starts where every row's words do. */
static void
test_header(void **state)
{
	struct fixture		*f = *state;
	const struct listview_row *r;
	const char		*h = f->lv.header;
	size_t			 i, col;

	assert_non_null(h);
	assert_non_null(strstr(h, "opening words"));
	col = (size_t)(strstr(h, "opening words") - h);
	assert_memory_equal(h + col - strlen("report  "), "report  ", 8);
	for (i = 0; i < f->lv.nrows; i++) {
		r = listview_row(&f->lv, i);
		assert_int_equal(strlen(r->runs[0].text), col);
	}
}

static void
test_filter(void **state)
{
	struct fixture	*f = *state;
	char		 title[128];

	listview_move(&f->lv, LISTVIEW_BOTTOM, 1);
	assert_true(listview_set_filter(&f->lv, true));
	assert_int_equal(f->lv.nshown, 3);
	assert_int_equal(listview_row(&f->lv, 0)->item, 0);
	assert_int_equal(listview_row(&f->lv, 1)->item, 1);
	assert_int_equal(listview_row(&f->lv, 2)->item, 2);
	/* From quotation 7, exact and hidden: the altered one before it. */
	assert_int_equal(listview_cursor(&f->lv)->item, 2);
	listview_title(&f->lv, title, sizeof(title));
	assert_string_equal(title,
	    "Quotations: altered and not found, 3 of 7");
}

/* Opening words: one line, bounded, bytes kept for display.h. */
static void
test_words(void **state)
{
	struct listview		 lv;
	struct listview_row	*r;
	char			*big;
	size_t			 n = 100000;

	(void)state;
	listview_init(&lv, "t", NULL);
	r = listview_add(&lv, 0, LIST_QUOTE, 0, 0);
	quotelist_words(r, "  a\n  b\tc \x1b[31m\n", 16, ROLE_EXACT);
	assert_string_equal(r->runs[0].text, "a b c \x1b[31m");
	assert_int_equal(r->runs[0].role, ROLE_EXACT);
	big = malloc(n);
	assert_non_null(big);
	memset(big, 'x', n);
	quotelist_words(r, big, n, ROLE_PLAIN);
	assert_int_equal(r->runs[1].len, QUOTELIST_WORDS);
	assert_true(display_width(r->runs[1].text, r->runs[1].len, false) <=
	    QUOTELIST_WORDS);
	free(big);
	listview_free(&lv);
}

/* A quotation with a hidden character says so, as the sidebar does. */
static void
test_warnings(void **state)
{
	static const char	 st[] = "Statement on the harbour\n"
	    "First. To reopen the north quay to cargo ships before the end "
	    "of the month.\n";
	static const char	 rep[] = "Harbour news\n\n"
	    "It said it would \"reopen the \xe2\x80\xaenorth quay to cargo "
	    "ships\" soon.\n";
	struct statement	*s;
	struct model		 m;
	struct listview		 lv;
	const struct listview_row *r;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(s = pipeline_statement("s.txt", st, strlen(st)));
	assert_int_equal(pipeline_check(&m, s, "r.txt", rep, strlen(rep)),
	    0);
	assert_int_equal(m.nquotes, 1);
	quotelist_build(&lv, &m);
	r = listview_row(&lv, 0);
	assert_int_equal(r->nruns, 3);
	assert_string_equal(r->runs[1].text, "[hidden characters] ");
	assert_int_equal(r->runs[1].role, ROLE_ESCAPE);
	/* The words keep the character, for display.h to show as escape. */
	assert_non_null(strstr(r->runs[2].text, "the \xe2\x80\xaenorth"));
	listview_free(&lv);
	model_free(&m);
	pipeline_statement_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_filter, setup, teardown),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_warnings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
