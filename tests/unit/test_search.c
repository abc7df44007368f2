/*
 * test_search.c — the search index without a view: a pattern finds the
 * text it means whatever the case, quotation marks, dashes, white space,
 * composed or decomposed accents and hidden characters on either side;
 * each match maps back to exactly the document bytes it covers; matches
 * come in order without overlapping; and the lookups and the wrapping
 * round that n and N use.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search.h"

static const char doc[] =
    "Statement on the harbour\n"
    "Third. To paint the lighthouse blue and white by the summer "
    "festival.\n"
    "Closing remarks about the harbour\xe2\x80\x99s future and its many "
    "workers.\n";

/* The matches of pat in text, checked to be in order and apart. */
static struct span *
find(const char *text, const char *pat, size_t *n)
{
	struct search_index	*ix = search_index_new(text, strlen(text));
	struct span		*m = search_find(ix, pat, n);
	size_t			 i;

	for (i = 0; i < *n; i++) {
		assert_true(m[i].off + m[i].len <= strlen(text));
		if (i > 0)
			assert_true(m[i - 1].off + m[i - 1].len <= m[i].off);
	}
	search_index_free(ix);
	return m;
}

/* pat matches text once, covering exactly the bytes want. */
static void
once(const char *text, const char *pat, const char *want)
{
	struct span	*m;
	size_t		 n;

	m = find(text, pat, &n);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].len, strlen(want));
	assert_memory_equal(text + m[0].off, want, strlen(want));
	free(m);
}

static void
test_case_and_quotes(void **state)
{
	(void)state;
	once(doc, "LIGHTHOUSE", "lighthouse");
	/* A straight apostrophe finds the curly one, all of it. */
	once(doc, "harbour's", "harbour\xe2\x80\x99s");
	once(doc, "HARBOUR\xe2\x80\x99S FUTURE", "harbour\xe2\x80\x99s future");
	once("He said \xe2\x80\x9cno\xe2\x80\x9d twice.", "\"no\"",
	    "\xe2\x80\x9cno\xe2\x80\x9d");
}

static void
test_space_and_dashes(void **state)
{
	(void)state;
	/* Any run of white space, a line break too, is one space. */
	once(doc, "on   the\tharbour third", "on the harbour\nThird");
	once("a north \n\t quay", "north quay", "north \n\t quay");
	/* An em dash is a hyphen. */
	once("Russia\xe2\x80\x94US talks", "russia-us",
	    "Russia\xe2\x80\x94US");
	/* Leading and trailing blanks of the pattern do not count. */
	once(doc, "  summer  ", "summer");
}

static void
test_accents_and_hidden(void **state)
{
	(void)state;
	/* Decomposed in the text, composed in the pattern, and back. */
	once("the caf" "e\xcc\x81 opens", "caf\xc3\xa9", "cafe\xcc\x81");
	once("the caf\xc3\xa9 opens", "cafe\xcc\x81", "caf\xc3\xa9");
	/* A compatibility ligature folds to its letters. */
	once("an \xef\xac\x81ne day", "fine", "\xef\xac\x81ne");
	/* A zero-width space inside a word does not hide it. */
	once("Put\xe2\x80\x8bin spoke", "putin", "Put\xe2\x80\x8bin");
}

static void
test_many_and_none(void **state)
{
	struct span	*m;
	size_t		 n;

	(void)state;
	m = find(doc, "the", &n);
	assert_int_equal(n, 4);
	free(m);
	/* Matches do not overlap: aa in aaaaa twice. */
	m = find("aaaaa", "aa", &n);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].off, 0);
	assert_int_equal(m[1].off, 2);
	free(m);
	m = find(doc, "zebra", &n);
	assert_int_equal(n, 0);
	assert_null(m);
	/* A pattern that folds to nothing finds nothing. */
	m = find(doc, "  \t", &n);
	assert_int_equal(n, 0);
	assert_null(m);
	m = find(doc, "", &n);
	assert_int_equal(n, 0);
	m = find("", "a", &n);
	assert_int_equal(n, 0);
	m = find("short", "much longer than the text", &n);
	assert_int_equal(n, 0);
}

static void
test_lookups(void **state)
{
	static const struct span	m[] = { { 10, 5 }, { 20, 3 },
					    { 30, 4 } };

	(void)state;
	/* The first match ending after off. */
	assert_int_equal(search_from(m, 3, 0), 0);
	assert_int_equal(search_from(m, 3, 14), 0);
	assert_int_equal(search_from(m, 3, 15), 1);
	assert_int_equal(search_from(m, 3, 33), 2);
	assert_int_equal(search_from(m, 3, 34), 3);
	assert_int_equal(search_from(m, 0, 5), 0);
	/* The first match starting at off or later. */
	assert_int_equal(search_at(m, 3, 0), 0);
	assert_int_equal(search_at(m, 3, 10), 0);
	assert_int_equal(search_at(m, 3, 11), 1);
	assert_int_equal(search_at(m, 3, 30), 2);
	assert_int_equal(search_at(m, 3, 31), 3);
}

static void
test_wrap(void **state)
{
	int	w;

	(void)state;
	assert_int_equal(search_wrap(2, 5, &w), 2);
	assert_int_equal(w, 0);
	assert_int_equal(search_wrap(5, 5, &w), 0);
	assert_int_equal(w, 1);
	assert_int_equal(search_wrap(12, 5, &w), 2);
	assert_int_equal(w, 1);
	assert_int_equal(search_wrap(-1, 5, &w), 4);
	assert_int_equal(w, -1);
	assert_int_equal(search_wrap(-5, 5, &w), 0);
	assert_int_equal(w, -1);
	assert_int_equal(search_wrap(-6, 5, &w), 4);
	assert_int_equal(search_wrap(0, 1, &w), 0);
	assert_int_equal(search_wrap(-3, 1, &w), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_quotes),
		cmocka_unit_test(test_space_and_dashes),
		cmocka_unit_test(test_accents_and_hidden),
		cmocka_unit_test(test_many_and_none),
		cmocka_unit_test(test_lookups),
		cmocka_unit_test(test_wrap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
