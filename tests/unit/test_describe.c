/*
 * test_describe.c — the shared words for a quotation: similarity
 * rounded down (only a perfect match reads 100%), verdicts for people,
 * warnings in a fixed order, the source, the closest passage and the
 * verdict counts.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "describe.h"

static void
test_percent(void **state)
{
	(void)state;
	assert_int_equal(describe_percent(0.889), 88);
	assert_int_equal(describe_percent(0.88), 88);
	assert_int_equal(describe_percent(0.29), 29);
	assert_int_equal(describe_percent(0.99999), 99);
	assert_int_equal(describe_percent(1.0), 100);
	assert_int_equal(describe_percent(1.5), 100);
	assert_int_equal(describe_percent(0.0), 0);
	assert_int_equal(describe_percent(-0.5), 0);
	assert_int_equal(describe_percent(NAN), 0);
}

static void
test_verdicts(void **state)
{
	(void)state;
	assert_string_equal(describe_verdict(VERDICT_EXACT), "exact");
	assert_string_equal(describe_verdict(VERDICT_ALTERED), "altered");
	assert_string_equal(describe_verdict(VERDICT_NOT_FOUND), "not found");
	assert_string_equal(describe_arrow(true), " -> ");
	assert_string_equal(describe_arrow(false), " \xe2\x86\x92 ");
}

static void
test_warnings(void **state)
{
	unsigned	 w = QUOTE_WARN_UNCLOSED | QUOTE_WARN_HIDDEN | 0x100;

	(void)state;
	assert_string_equal(describe_warning(&w), "hidden characters");
	assert_string_equal(describe_warning(&w), "no closing quotation mark");
	assert_null(describe_warning(&w));
	assert_int_equal(w, 0);
	w = QUOTE_WARN_INVALID;
	assert_string_equal(describe_warning(&w), "invalid UTF-8");
	assert_null(describe_warning(&w));
}

static void
test_source_counts(void **state)
{
	static const char	 text[] = "a\nb\nc\nd\ne\nf\ng\n xyz\n";
	uint32_t		 lines[] = { 0, 2, 4, 6, 8, 10, 12, 14, 19 };
	struct proposal		 prop = { 3, { 14, 1 }, { 14, 5 }, 8 };
	struct quote		 q;
	struct model		 m;
	struct doc		 st;
	char			 b[DESCRIBE_MAX];

	(void)state;
	/* Line and proposal come from the statement, where src lies. */
	memset(&st, 0, sizeof(st));
	st.text = (char *)text;
	st.len = sizeof(text) - 1;
	st.lines = lines;
	st.nlines = 9;
	st.props = &prop;
	st.nprops = 1;
	memset(&m, 0, sizeof(m));
	m.stmt = &st;
	memset(&q, 0, sizeof(q));
	q.verdict = VERDICT_ALTERED;
	q.src.off = 15;
	q.src.len = 3;
	describe_source(&m, &q, b, sizeof(b));
	assert_string_equal(b, "statement 8:2, proposal 3");
	st.nprops = 0;
	describe_source(&m, &q, b, sizeof(b));
	assert_string_equal(b, "statement 8:2, no proposal");
	q.verdict = VERDICT_NOT_FOUND;
	describe_source(&m, &q, b, sizeof(b));
	assert_string_equal(b, "not in the statement");
	memset(&m, 0, sizeof(m));
	m.nquotes = 1;
	m.nnotfound = 1;
	describe_counts(&m, b, sizeof(b));
	assert_string_equal(b, "1 quotation: 0 exact, 0 altered, 1 not found");
	m.nterms = 2;
	describe_counts(&m, b, sizeof(b));
	assert_string_equal(b, "1 quotation: 0 exact, 0 altered, 1 not found "
	    "(2 short terms not judged)");
	describe_counts(&m, b, 10);
	assert_string_equal(b, "1 quotati");
}

/* The closest passage: where, which proposal, how similar, or none. */
static void
test_closest(void **state)
{
	struct quote	 q;
	struct closest	 c;
	char		 b[DESCRIBE_MAX];

	(void)state;
	memset(&q, 0, sizeof(q));
	memset(&c, 0, sizeof(c));
	q.verdict = VERDICT_NOT_FOUND;
	/* None sought (NULL) reads as none found. */
	describe_closest(&q, b, sizeof(b));
	assert_string_equal(b, "closest: no passage shares three words, "
	    "two of them content words");
	quote_more(&q)->closest = &c;
	q.verdict = VERDICT_EXACT;
	c.src.len = 5;
	describe_closest(&q, b, sizeof(b));
	assert_string_equal(b, "");
	q.verdict = VERDICT_NOT_FOUND;
	c.line = 12;
	c.col = 5;
	c.proposal = 3;
	c.similarity = 0.419;
	describe_closest(&q, b, sizeof(b));
	assert_string_equal(b, "closest: statement 12:5, proposal 3, "
	    "41% similar");
	c.proposal = 0;
	describe_closest(&q, b, sizeof(b));
	assert_string_equal(b, "closest: statement 12:5, no proposal, "
	    "41% similar");
	c.src.len = 0;
	describe_closest(&q, b, sizeof(b));
	assert_string_equal(b, "closest: no passage shares three words, "
	    "two of them content words");
	quote_free(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_verdicts),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_source_counts),
		cmocka_unit_test(test_closest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
