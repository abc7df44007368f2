/*
 * test_listview.c — the generic list: the cursor stays on screen and
 * in the list, page moves scroll with it and leave no blank rows under
 * the last, the filter keeps the cursor on its row or the nearest, the
 * title says the filter is on and how many rows show, and Enter's
 * target is the row under the cursor.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "listview.h"

#define ODD	0x1

/* Rows 0..n-1, item i of kind 7; odd items carry ODD. */
static void
fill(struct listview *lv, size_t n, int height)
{
	struct listview_row	*r;
	char			 b[32];
	size_t			 i;

	listview_init(lv, "Things", "q back");
	listview_filter(lv, "odd ones", ODD);
	for (i = 0; i < n; i++) {
		r = listview_add(lv, 0, 7, i, i % 2 ? ODD : 0);
		snprintf(b, sizeof(b), "thing %zu", i);
		listview_run(r, b, strlen(b), ROLE_PLAIN);
	}
	listview_resize(lv, height);
}

/* The invariants of listview.h. */
static void
check(const struct listview *lv)
{
	assert_true(lv->nshown <= lv->nrows);
	if (lv->nshown == 0) {
		assert_int_equal(lv->cursor, 0);
		assert_int_equal(lv->top, 0);
		assert_null(listview_cursor(lv));
		return;
	}
	assert_true(lv->cursor < lv->nshown);
	assert_true(lv->top <= lv->cursor);
	if (lv->height > 0)
		assert_true(lv->cursor < lv->top + (size_t)lv->height);
	if (lv->nshown >= (size_t)lv->height)
		assert_true(lv->top + (size_t)lv->height <= lv->nshown);
}

static void
test_lines(void **state)
{
	struct listview	lv;

	(void)state;
	fill(&lv, 20, 5);
	assert_int_equal(lv.cursor, 0);
	listview_move(&lv, LISTVIEW_DOWN, 4);
	assert_int_equal(lv.cursor, 4);
	assert_int_equal(lv.top, 0);
	/* The fifth row down scrolls by one, as tig's j does. */
	listview_move(&lv, LISTVIEW_DOWN, 1);
	assert_int_equal(lv.cursor, 5);
	assert_int_equal(lv.top, 1);
	check(&lv);
	listview_move(&lv, LISTVIEW_UP, 3);
	assert_int_equal(lv.cursor, 2);
	assert_int_equal(lv.top, 1);
	listview_move(&lv, LISTVIEW_UP, 1);
	listview_move(&lv, LISTVIEW_UP, 1);
	assert_int_equal(lv.cursor, 0);
	assert_int_equal(lv.top, 0);
	/* Past either end: it stops there. */
	listview_move(&lv, LISTVIEW_UP, 9);
	assert_int_equal(lv.cursor, 0);
	listview_move(&lv, LISTVIEW_DOWN, 999);
	assert_int_equal(lv.cursor, 19);
	assert_int_equal(lv.top, 15);
	check(&lv);
	listview_move(&lv, LISTVIEW_TOP, 1);
	assert_int_equal(lv.cursor, 0);
	assert_int_equal(lv.top, 0);
	listview_move(&lv, LISTVIEW_BOTTOM, 1);
	assert_int_equal(lv.cursor, 19);
	assert_int_equal(lv.top, 15);
	listview_free(&lv);
}

static void
test_pages(void **state)
{
	struct listview	lv;

	(void)state;
	fill(&lv, 12, 5);
	listview_move(&lv, LISTVIEW_DOWN, 1);
	listview_move(&lv, LISTVIEW_PAGE_DOWN, 1);
	assert_int_equal(lv.top, 5);
	assert_int_equal(lv.cursor, 6);
	/* The last page: no blank rows under row 11, the cursor goes on. */
	listview_move(&lv, LISTVIEW_PAGE_DOWN, 1);
	assert_int_equal(lv.top, 7);
	assert_int_equal(lv.cursor, 11);
	check(&lv);
	listview_move(&lv, LISTVIEW_HALF_UP, 1);
	assert_int_equal(lv.top, 5);
	assert_int_equal(lv.cursor, 9);
	listview_move(&lv, LISTVIEW_PAGE_UP, 3);
	assert_int_equal(lv.top, 0);
	assert_int_equal(lv.cursor, 0);
	listview_move(&lv, LISTVIEW_HALF_DOWN, 1);
	assert_int_equal(lv.top, 2);
	assert_int_equal(lv.cursor, 2);
	check(&lv);
	/* A list shorter than the screen never scrolls. */
	listview_resize(&lv, 40);
	assert_int_equal(lv.top, 0);
	listview_move(&lv, LISTVIEW_PAGE_DOWN, 1);
	assert_int_equal(lv.top, 0);
	assert_int_equal(lv.cursor, 11);
	listview_free(&lv);
}

/* A shrinking screen keeps the cursor on it; no screen at all works. */
static void
test_resize(void **state)
{
	struct listview	lv;

	(void)state;
	fill(&lv, 30, 20);
	listview_move(&lv, LISTVIEW_DOWN, 15);
	listview_resize(&lv, 3);
	assert_int_equal(lv.cursor, 15);
	assert_int_equal(lv.top, 13);
	check(&lv);
	listview_resize(&lv, 0);
	listview_move(&lv, LISTVIEW_DOWN, 1);
	listview_move(&lv, LISTVIEW_PAGE_DOWN, 1);
	assert_int_equal(lv.cursor, 17);
	check(&lv);
	listview_resize(&lv, -4);
	assert_int_equal(lv.height, 0);
	listview_resize(&lv, 1);
	assert_int_equal(lv.top, lv.cursor);
	check(&lv);
	listview_free(&lv);
}

static void
test_filter(void **state)
{
	struct listview	 lv;
	char		 b[128];

	(void)state;
	fill(&lv, 10, 3);
	listview_title(&lv, b, sizeof(b));
	assert_string_equal(b, "Things (10)");
	/* On row 3, which is odd: it stays there, at shown position 1. */
	listview_move(&lv, LISTVIEW_DOWN, 3);
	assert_true(listview_set_filter(&lv, true));
	assert_int_equal(lv.nshown, 5);
	assert_int_equal(listview_cursor(&lv)->item, 3);
	assert_int_equal(lv.cursor, 1);
	check(&lv);
	listview_title(&lv, b, sizeof(b));
	assert_string_equal(b, "Things: odd ones, 5 of 10");
	listview_status(&lv, b, sizeof(b));
	assert_string_equal(b, "row 2 of 5");
	/* Moves see only the rows shown. */
	listview_move(&lv, LISTVIEW_DOWN, 1);
	assert_int_equal(listview_cursor(&lv)->item, 5);
	assert_int_equal(listview_row(&lv, 4)->item, 9);
	assert_null(listview_row(&lv, 5));
	/* Off again: still on item 5; then on item 6, hidden by it. */
	assert_true(listview_set_filter(&lv, false));
	assert_int_equal(listview_cursor(&lv)->item, 5);
	assert_int_equal(lv.nshown, 10);
	listview_move(&lv, LISTVIEW_DOWN, 1);
	assert_true(listview_set_filter(&lv, true));
	assert_int_equal(listview_cursor(&lv)->item, 7);
	check(&lv);
	/* From the last row, hidden: the nearest one before it. */
	listview_set_filter(&lv, false);
	listview_move(&lv, LISTVIEW_BOTTOM, 1);
	listview_add(&lv, 0, 7, 10, 0);
	listview_move(&lv, LISTVIEW_BOTTOM, 1);
	assert_int_equal(listview_cursor(&lv)->item, 10);
	listview_set_filter(&lv, true);
	assert_int_equal(listview_cursor(&lv)->item, 9);
	check(&lv);
	listview_free(&lv);
}

/* A filter that hides every row; a list without a filter. */
static void
test_filter_empty(void **state)
{
	struct listview	lv;
	char		b[64];

	(void)state;
	listview_init(&lv, "None", NULL);
	listview_filter(&lv, "odd ones", ODD);
	listview_add(&lv, 0, 1, 0, 0);
	listview_add(&lv, 0, 1, 2, 0);
	listview_resize(&lv, 5);
	assert_true(listview_set_filter(&lv, true));
	assert_int_equal(lv.nshown, 0);
	check(&lv);
	listview_move(&lv, LISTVIEW_DOWN, 1);
	listview_move(&lv, LISTVIEW_BOTTOM, 1);
	check(&lv);
	listview_status(&lv, b, sizeof(b));
	assert_string_equal(b, "no rows");
	listview_title(&lv, b, sizeof(b));
	assert_string_equal(b, "None: odd ones, 0 of 2");
	assert_true(listview_set_filter(&lv, false));
	assert_int_equal(listview_cursor(&lv)->item, 0);
	listview_free(&lv);

	listview_init(&lv, "Plain", NULL);
	lv.count = false;
	listview_add(&lv, 0, 1, 0, ODD);
	assert_false(listview_set_filter(&lv, true));
	assert_int_equal(lv.nshown, 1);
	listview_title(&lv, b, sizeof(b));
	assert_string_equal(b, "Plain");
	listview_free(&lv);

	/* An empty list: every call is safe. */
	listview_init(&lv, "Empty", NULL);
	listview_resize(&lv, 3);
	listview_move(&lv, LISTVIEW_PAGE_DOWN, 2);
	check(&lv);
	assert_false(listview_seek(&lv, 1, 0));
	listview_free(&lv);
}

/* Enter's target: the kind and item of the row under the cursor. */
static void
test_target(void **state)
{
	struct listview			 lv;
	struct listview_row		*w;
	const struct listview_row	*r;

	(void)state;
	listview_init(&lv, "Mixed", NULL);
	listview_add(&lv, 0, 1, 0, 0);
	w = listview_add(&lv, 4, 2, 6, 0);
	listview_run(w, "ab", 2, ROLE_EXACT);
	listview_add(&lv, 4, 3, 6, 0);
	listview_resize(&lv, 2);
	assert_true(listview_seek(&lv, 3, 6));
	r = listview_cursor(&lv);
	assert_int_equal(r->kind, 3);
	assert_int_equal(r->item, 6);
	assert_int_equal(r->indent, 4);
	assert_int_equal(lv.top, 1);
	listview_move(&lv, LISTVIEW_UP, 1);
	r = listview_cursor(&lv);
	assert_int_equal(r->kind, 2);
	assert_int_equal(r->nruns, 1);
	assert_string_equal(r->runs[0].text, "ab");
	assert_int_equal(r->runs[0].role, ROLE_EXACT);
	assert_false(listview_seek(&lv, 2, 5));
	assert_int_equal(listview_cursor(&lv)->kind, 2);
	listview_free(&lv);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_pages),
		cmocka_unit_test(test_resize),
		cmocka_unit_test(test_filter),
		cmocka_unit_test(test_filter_empty),
		cmocka_unit_test(test_target),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
